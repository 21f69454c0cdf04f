import BitextText
import Foundation
import Testing

@testable import BitextDocument

@Suite struct DOCXReaderTests {
  typealias F = OfficeFixtures

  func read(_ bytes: [UInt8], options: DocumentReadOptions = DocumentReadOptions()) throws
    -> [DocumentBlock]
  {
    try DOCXReader.blocks(bytes, path: "t.docx", options: options)
  }

  func texts(_ blocks: [DocumentBlock]) -> [String] { blocks.map(\.text) }
  func kinds(_ blocks: [DocumentBlock]) -> [BlockKind] { blocks.map(\.kind) }

  @Test func paragraphsWithTheirLocations() throws {
    let blocks = try read(F.docx(body: F.p("One.") + F.p("") + F.p("Two.")))
    #expect(
      blocks == [
        DocumentBlock(kind: .paragraph, text: "One.", location: "w:body/w:p[1]"),
        DocumentBlock(kind: .paragraph, text: "Two.", location: "w:body/w:p[3]"),
      ])
  }

  @Test func headingsByStyleIdWithoutStyles() throws {
    let blocks = try read(
      F.docx(
        body: F.p("T", style: "Title") + F.p("S", style: "Subtitle") + F.p("A", style: "Heading1")
          + F.p("B", style: "Heading3") + F.p("C", style: "Normal")))
    #expect(
      kinds(blocks) == [
        .heading(level: 1), .heading(level: 2), .heading(level: 1), .heading(level: 3),
        .paragraph,
      ])
  }

  @Test func headingsByStyleNameAndOutlineLevel() throws {
    let styles = """
      <w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style>
      <w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/></w:style>
      <w:style w:type="paragraph" w:styleId="Mine"><w:name w:val="Mine"/><w:basedOn w:val="berschrift2"/></w:style>
      <w:style w:type="paragraph" w:styleId="Outlined"><w:name w:val="Outlined"/><w:pPr><w:outlineLvl w:val="3"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="Body"/></w:style>
      """
    let blocks = try read(
      F.docx(
        body: F.p("a", style: "berschrift1") + F.p("b", style: "Mine")
          + F.p("c", style: "Outlined") + F.p("d", pPr: "<w:outlineLvl w:val=\"1\"/>")
          + F.p("e", pPr: "<w:outlineLvl w:val=\"9\"/>") + F.p("f", style: "Heading1"),
        styles: styles))
    #expect(
      kinds(blocks) == [
        .heading(level: 1), .heading(level: 2), .heading(level: 4), .heading(level: 2),
        .paragraph, .paragraph,
      ])
  }

  @Test func listItemsByNumberingOrListStyle() throws {
    let styles = """
      <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
      """
    let numbered = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"
    let blocks = try read(
      F.docx(
        body: F.p("a", pPr: numbered) + F.p("b", style: "ListBullet")
          + F.p(
            "c", pPr: "<w:pStyle w:val=\"ListBullet\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>")
          + F.p("d"),
        styles: styles))
    #expect(kinds(blocks) == [.listItem, .listItem, .paragraph, .paragraph])
  }

  @Test func tableCells() throws {
    let cell = { (text: String) in "<w:tc><w:tcPr/>\(F.p(text))</w:tc>" }
    let table = "<w:tbl><w:tr>\(cell("a"))\(cell("b"))</w:tr><w:tr>\(cell("c"))</w:tr></w:tbl>"
    let blocks = try read(F.docx(body: F.p("x") + table + table + F.p("y", style: "Heading1")))
    #expect(texts(blocks) == ["x", "a", "b", "c", "a", "b", "c", "y"])
    #expect(kinds(blocks)[1...6].allSatisfy { $0 == .tableCell })
    #expect(blocks[6].location == "w:body/w:tbl[2]/w:tr[2]/w:tc[1]/w:p[1]")
    #expect(blocks[7].kind == .heading(level: 1))
  }

  @Test func footnotesAndEndnotesAfterTheBodyWithoutSeparators() throws {
    let body =
      "<w:p><w:r><w:t>Text</w:t></w:r><w:r><w:footnoteReference w:id=\"2\"/></w:r><w:r><w:t>.</w:t></w:r></w:p>"
    let footnotes = """
      <w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/><w:t>SEP</w:t></w:r></w:p></w:footnote>
      <w:footnote w:type="continuationSeparator" w:id="1"><w:p><w:r><w:t>CONT</w:t></w:r></w:p></w:footnote>
      <w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> The note.</w:t></w:r></w:p><w:p><w:r><w:t>Second line.</w:t></w:r></w:p></w:footnote>
      """
    let endnotes = """
      <w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:t>SEP</w:t></w:r></w:p></w:endnote>
      <w:endnote w:id="3"><w:p><w:r><w:t>End.</w:t></w:r></w:p></w:endnote>
      """
    let blocks = try read(F.docx(body: body, footnotes: footnotes, endnotes: endnotes))
    #expect(
      blocks == [
        DocumentBlock(kind: .paragraph, text: "Text.", location: "w:body/w:p[1]"),
        DocumentBlock(
          kind: .note, text: "The note.\nSecond line.",
          location: "word/footnotes.xml w:footnote[id=2]"),
        DocumentBlock(kind: .note, text: "End.", location: "word/endnotes.xml w:endnote[id=3]"),
      ])
  }

  @Test func trackedDeletionsAndFieldCodesLeftOutInsertionsKept() throws {
    let body = """
      <w:p><w:r><w:t xml:space="preserve">Keep </w:t></w:r><w:del w:id="1" w:author="x"><w:r><w:delText>gone </w:delText></w:r></w:del><w:ins w:id="2" w:author="x"><w:r><w:t xml:space="preserve">new </w:t></w:r></w:ins><w:moveFrom w:id="3"><w:r><w:t>moved-away </w:t></w:r></w:moveFrom><w:moveTo w:id="4"><w:r><w:t xml:space="preserve">moved-here </w:t></w:r></w:moveTo><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE \\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
      """
    #expect(texts(try read(F.docx(body: body))) == ["Keep new moved-here 7"])
  }

  @Test func tabsBreaksAndHyphens() throws {
    let body = """
      <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="709"/></w:tabs></w:pPr><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:cr/><w:t>d</w:t><w:noBreakHyphen/><w:t>e</w:t><w:softHyphen/><w:t>f\u{AD}g</w:t><w:sym w:font="Symbol" w:char="F0B7"/></w:r></w:p>
      """
    #expect(texts(try read(F.docx(body: body))) == ["a\tb\nc\nd-efg"])
  }

  @Test func textBoxesOnceAfterTheirParagraph() throws {
    let box = """
      <w:p><w:r><w:t xml:space="preserve">Anchor </w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>Boxed.</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Boxed.</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>text.</w:t></w:r></w:p>
      """
    let blocks = try read(F.docx(body: box + F.p("Next.")))
    #expect(texts(blocks) == ["Anchor text.", "Boxed.", "Next."])
    #expect(kinds(blocks) == [.paragraph, .paragraph, .paragraph])
  }

  @Test func captionStyle() throws {
    #expect(kinds(try read(F.docx(body: F.p("Figure 1", style: "Caption")))) == [.caption])
  }

  @Test func withoutDocumentPartIsAnErrorNamingThePart() throws {
    let bytes = try F.docx(body: "", leavesOutDocument: true)
    #expect(throws: FileError.self) { try read(bytes) }
    do {
      _ = try read(bytes)
    } catch {
      #expect("\(error)".contains("word/document.xml is missing"))
    }
  }

  @Test func malformedXMLIsLocated() throws {
    let bytes = try F.docx(body: "<w:p><w:r><w:t>a</w:r></w:p>")
    do {
      _ = try read(bytes)
      Issue.record("no error")
    } catch let error as FileError {
      guard case .malformed(let location, let reason) = error.problem else {
        Issue.record("\(error)")
        return
      }
      #expect(location.hasPrefix("word/document.xml:2:"))
      #expect(reason.contains("XML error"))
    } catch {
      Issue.record("\(error)")
    }
  }

  @Test func declaredEntitiesAreNeverExpanded() throws {
    let prolog = "<!DOCTYPE w:document [<!ENTITY secret \"SECRET\">]>\n"
    let bytes = try F.docx(body: F.p("a &secret; b"), prolog: prolog)
    do {
      let blocks = try read(bytes)
      #expect(!texts(blocks).joined().contains("SECRET"))
    } catch {
      #expect(!"\(error)".contains("SECRET"))
    }
  }

  @Test func detectedAndReadThroughDocumentReader() throws {
    let bytes = try F.docx(body: F.p("Title", style: "Heading1") + F.p("Text."))
    let document = try DocumentReader().read(bytes: bytes, path: "upload.bin")
    #expect(document.format == .docx)
    #expect(document.blocks.map(\.text) == ["Title", "Text."])
  }

  /// The real files LibreOffice wrote from Corpora/lukashenko-2022 (see Fixtures/README.md).
  @Test(arguments: ["en", "fr"])
  func realFileHasTheParagraphsOfTheText(language: String) throws {
    let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures")
    let bytes = try [UInt8](
      Data(contentsOf: fixtures.appendingPathComponent("lukashenko-\(language).docx")))
    let text = try String(
      contentsOf: fixtures.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(
          "Corpora/lukashenko-2022/\(language).txt"),
      encoding: .utf8)
    // The web page the file was converted from has each paragraph on one line.
    let paragraphs = text.components(separatedBy: "\n\n").map {
      $0.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }.filter { !$0.isEmpty }
    let document = try DocumentReader().read(bytes: bytes, path: "lukashenko-\(language).docx")
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
      .appendingPathComponent("Fixtures/rich.docx")
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
