import BitextTestSupport
import BitextText
import Foundation
import Testing

@testable import BitextDocument

@Suite struct DocumentReaderTests {
  @Test func plainTextIsOneBlockSegmentedByTheTextRules() throws {
    let read = try DocumentReader().read(bytes: Array("Un. Deux.\n\nTrois.".utf8), path: "a.txt")
    #expect(read.format == .text)
    #expect(read.blocks.count == 1)
  }

  @Test func theFormatOptionOverridesDetection() throws {
    let reader = DocumentReader(options: DocumentReadOptions(format: .text))
    let read = try reader.read(
      bytes: Array("<html><body><p>x</p></body></html>".utf8), path: "a.html")
    #expect(read.format == .text)
    #expect(read.blocks.first?.text.contains("<p>") == true)
  }

  @Test func aDocumentWithoutAnyTextIsAnErrorNotAnEmptySide() throws {
    let page = Array("<html><body><nav><p>Home</p></nav><script>x()</script></body></html>".utf8)
    do {
      _ = try DocumentReader().read(bytes: page, path: "menu.html")
      Issue.record("accepted")
    } catch {
      #expect(error.description.contains("menu.html: no text in this page outside navigation"))
      #expect(error.description.contains("--keep-boilerplate"))
    }
    let kept = try DocumentReader(options: DocumentReadOptions(keepsBoilerplate: true))
      .read(bytes: page, path: "menu.html")
    #expect(kept.blocks.map(\.text) == ["Home"])
    // An empty plain text is an empty text.
    #expect(try DocumentReader().read(bytes: [], path: "empty.txt").blocks.isEmpty)
  }

  @Test func binaryInputIsRefusedBeforeItIsReadWhole() throws {
    let folder = try TestFiles.temporaryDirectory()
    let path = folder.appendingPathComponent("zeros.txt").path
    try Data(count: 300_000).write(to: URL(fileURLWithPath: path))
    do {
      _ = try DocumentReader().read(path)
      Issue.record("accepted")
    } catch {
      #expect(error.description.hasPrefix("\(path):1: binary data"))
    }
  }

  @Test func utf16FilesAreNotBinary() throws {
    let folder = try TestFiles.temporaryDirectory()
    let path = folder.appendingPathComponent("notepad.txt").path
    let bytes: [UInt8] =
      [0xFF, 0xFE] + "Bonjour. Merci.".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let read = try DocumentReader().read(path)
    #expect(read.blocks.first?.text == "Bonjour. Merci.")
  }

  @Test func aNamedLegacyEncodingIsNotCheckedAsUTF8() throws {
    let folder = try TestFiles.temporaryDirectory()
    let path = folder.appendingPathComponent("latin.txt").path
    try Data([0x43, 0x61, 0x66, 0xE9, 0x2E]).write(to: URL(fileURLWithPath: path))
    let read = try DocumentReader(options: DocumentReadOptions(encoding: "ISO-8859-1")).read(path)
    #expect(read.blocks.first?.text == "Café.")
    #expect(throws: FileError.self) { try DocumentReader().read(path) }
  }
}
