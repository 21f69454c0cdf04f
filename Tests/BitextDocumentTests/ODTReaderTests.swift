import BitextText
import Foundation
import Testing

@testable import BitextDocument

@Suite struct ODTReaderTests {
  typealias F = OfficeFixtures

  func read(_ bytes: [UInt8], options: DocumentReadOptions = DocumentReadOptions()) throws
    -> [DocumentBlock]
  {
    try ODTReader.blocks(bytes, path: "t.odt", options: options)
  }

  func texts(_ blocks: [DocumentBlock]) -> [String] { blocks.map(\.text) }
  func kinds(_ blocks: [DocumentBlock]) -> [BlockKind] { blocks.map(\.kind) }

  @Test func paragraphsAndHeadingsWithTheirLocations() throws {
    let body = """
      <text:h text:outline-level="2">Title two</text:h>
      <text:p>One.</text:p><text:p/><text:h>Default level</text:h><text:p>Two.</text:p>
      """
    let blocks = try read(F.odt(body: body))
    #expect(
      blocks == [
        DocumentBlock(
          kind: .heading(level: 2), text: "Title two", location: "office:text/text:h[1]"),
        DocumentBlock(kind: .paragraph, text: "One.", location: "office:text/text:p[1]"),
        DocumentBlock(
          kind: .heading(level: 1), text: "Default level", location: "office:text/text:h[2]"),
        DocumentBlock(kind: .paragraph, text: "Two.", location: "office:text/text:p[3]"),
      ])
  }

  @Test func headingsAndCaptionsByParagraphStyle() throws {
    let styles = """
      <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_3"/>
      <style:style style:name="P2" style:family="paragraph" style:parent-style-name="Illustration"/>
      <style:style style:name="P3" style:family="paragraph" style:default-outline-level="4"/>
      """
    let body = """
      <text:p text:style-name="P1">a</text:p><text:p text:style-name="Title">b</text:p>
      <text:p text:style-name="P2">c</text:p><text:p text:style-name="P3">d</text:p>
      <text:p text:style-name="Text_20_body">e</text:p>
      """
    #expect(
      kinds(try read(F.odt(body: body, automaticStyles: styles))) == [
        .heading(level: 3), .heading(level: 1), .caption, .heading(level: 4), .paragraph,
      ])
  }

  @Test func listItemsAndTableCells() throws {
    let body = """
      <text:list><text:list-item><text:p>a</text:p><text:list><text:list-item><text:p>b</text:p></text:list-item></text:list></text:list-item></text:list>
      <table:table><table:table-row><table:table-cell><text:p>c</text:p><text:p>d</text:p></table:table-cell><table:covered-table-cell/><table:table-cell><text:list><text:list-item><text:p>e</text:p></text:list-item></text:list></table:table-cell></table:table-row></table:table>
      <text:p>f</text:p>
      """
    let blocks = try read(F.odt(body: body))
    #expect(texts(blocks) == ["a", "b", "c", "d", "e", "f"])
    #expect(
      kinds(blocks) == [.listItem, .listItem, .tableCell, .tableCell, .tableCell, .paragraph])
    #expect(
      blocks[3].location
        == "office:text/table:table[1]/table:table-row[1]/table:table-cell[1]/text:p[2]")
  }

  @Test func notesAreSeparateBlocksAfterTheBody() throws {
    let body = """
      <text:p>Text<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>The note.</text:p><text:p>More.</text:p></text:note-body></text:note> goes on.</text:p>
      <text:p>End<text:note text:id="edn1" text:note-class="endnote"><text:note-citation>i</text:note-citation><text:note-body><text:p>Endnote.</text:p></text:note-body></text:note>.</text:p>
      <text:p>Last<text:note text:id="ftn2" text:note-class="footnote"><text:note-citation>2</text:note-citation><text:note-body><text:p>Second.</text:p></text:note-body></text:note></text:p>
      """
    let blocks = try read(F.odt(body: body))
    #expect(
      blocks == [
        DocumentBlock(kind: .paragraph, text: "Text goes on.", location: "office:text/text:p[1]"),
        DocumentBlock(kind: .paragraph, text: "End.", location: "office:text/text:p[2]"),
        DocumentBlock(kind: .paragraph, text: "Last", location: "office:text/text:p[3]"),
        DocumentBlock(
          kind: .note, text: "The note.\nMore.", location: "content.xml text:note[id=ftn1]"),
        DocumentBlock(kind: .note, text: "Second.", location: "content.xml text:note[id=ftn2]"),
        DocumentBlock(kind: .note, text: "Endnote.", location: "content.xml text:note[id=edn1]"),
      ])
  }

  @Test func trackedChangesLeaveOutDeletedText() throws {
    let body = """
      <text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">x</dc:creator></office:change-info><text:p>deleted words</text:p></text:deletion></text:changed-region></text:tracked-changes>
      <text:p>Kept <text:change text:change-id="ct1"/>text<text:change-start text:change-id="ct2"/> inserted<text:change-end text:change-id="ct2"/>.</text:p>
      """
    #expect(texts(try read(F.odt(body: body))) == ["Kept text inserted."])
  }

  @Test func spacesTabsBreaksAndCollapsedWhiteSpace() throws {
    let body = """
      <text:p>
        a<text:s text:c="3"/>b<text:tab/>c<text:line-break/>d<text:soft-page-break/>e   f
        g<text:s/>h\u{AD}i
      </text:p>
      """
    #expect(texts(try read(F.odt(body: body))) == ["a   b\tc\nde f g hi"])
  }

  @Test func textBoxesAfterTheirParagraphAndFrameTextLeftOut() throws {
    let body = """
      <text:p>Anchor <draw:frame><svg:title>Alt title</svg:title><svg:desc>Alt text</svg:desc><draw:text-box><text:p text:style-name="Illustration">Figure 1: a cat</text:p></draw:text-box></draw:frame>text.</text:p>
      """
    let blocks = try read(F.odt(body: body))
    #expect(texts(blocks) == ["Anchor text.", "Figure 1: a cat"])
    #expect(kinds(blocks) == [.paragraph, .caption])
  }

  @Test func encryptedIsRefused() throws {
    let bytes = try F.odt(body: "<text:p>a</text:p>", encrypted: true)
    do {
      _ = try read(bytes)
      Issue.record("no error")
    } catch {
      #expect("\(error)".contains("encrypted; save it without a password"))
    }
  }

  @Test func withoutContentIsAnErrorNamingThePart() throws {
    let bytes = try F.odt(body: "", leavesOutContent: true)
    do {
      _ = try read(bytes)
      Issue.record("no error")
    } catch {
      #expect("\(error)".contains("content.xml is missing"))
    }
  }

  @Test func declaredEntitiesAreNeverExpanded() throws {
    let content = """
      <?xml version="1.0"?>
      <!DOCTYPE office:document-content [<!ENTITY secret "SECRET">]>
      <office:document-content \(F.odfNamespaces)><office:body><office:text><text:p>a &secret; b</text:p></office:text></office:body></office:document-content>
      """
    let bytes = try F.zip(
      [
        ("mimetype", Array("application/vnd.oasis.opendocument.text".utf8)),
        ("content.xml", Array(content.utf8)),
      ], stored: ["mimetype"])
    do {
      let blocks = try read(bytes)
      #expect(!texts(blocks).joined().contains("SECRET"))
    } catch {
      #expect(!"\(error)".contains("SECRET"))
      #expect("\(error)".contains("content.xml:3:"), "\(error)")
    }
  }

  @Test func detectedAndReadThroughDocumentReader() throws {
    let bytes = try F.odt(
      body: "<text:h text:outline-level=\"1\">Title</text:h><text:p>Text.</text:p>")
    let document = try DocumentReader().read(bytes: bytes, path: "upload.bin")
    #expect(document.format == .odt)
    #expect(document.blocks.map(\.text) == ["Title", "Text."])
  }

  /// The real files LibreOffice wrote from Corpora/lukashenko-2022 (see Fixtures/README.md).
  @Test(arguments: ["en", "fr"])
  func realFileHasTheParagraphsOfTheText(language: String) throws {
    let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures")
    let bytes = try [UInt8](
      Data(contentsOf: fixtures.appendingPathComponent("lukashenko-\(language).odt")))
    let text = try String(
      contentsOf: fixtures.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(
          "Corpora/lukashenko-2022/\(language).txt"),
      encoding: .utf8)
    // The web page the file was converted from has each paragraph on one line.
    let paragraphs = text.components(separatedBy: "\n\n").map {
      $0.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }.filter { !$0.isEmpty }
    let document = try DocumentReader().read(bytes: bytes, path: "lukashenko-\(language).odt")
    #expect(document.blocks.count == paragraphs.count)
    for (block, paragraph) in zip(document.blocks, paragraphs) {
      #expect(block.text == paragraph)
    }
    #expect(document.blocks.first?.kind == .heading(level: 2))
    #expect(document.blocks.dropFirst().first?.kind == .heading(level: 1))
    #expect(document.blocks.dropFirst(2).allSatisfy { $0.kind == .paragraph })
  }

  @Test func realFileWithNotesListsAndTables() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/rich.odt")
    let blocks = try read([UInt8](Data(contentsOf: url)))
    #expect(
      texts(blocks) == [
        "Main title", "First paragraph with a note and more text.", "Section two", "First item",
        "Second item", "Cell one", "Cell two", "Last paragraph.", "The note text.",
      ])
    #expect(
      kinds(blocks) == [
        .heading(level: 1), .paragraph, .heading(level: 2), .listItem, .listItem, .tableCell,
        .tableCell, .paragraph, .note,
      ])
  }
}
