import BitextText
import Foundation
import Testing

@testable import BitextDocument

@Suite struct OfficeArchiveTests {
  typealias F = OfficeFixtures

  /// The message of the error `body` throws, or nil.
  func message(_ body: () throws -> Void) -> String? {
    do {
      try body()
      return nil
    } catch {
      return "\(error)"
    }
  }

  /// A DOCX whose document part is `size` zeros after a paragraph.
  func docxOfZeros(_ size: Int) throws -> [UInt8] {
    let head = Array(
      "<w:document \(F.wordNamespaces)><w:body>\(F.p("a"))</w:body></w:document>".utf8)
    return try F.zip([("word/document.xml", head + [UInt8](repeating: 0x20, count: size))])
  }

  /// `bytes` with the uncompressed size every header declares set to `size`.
  func declaring(_ size: UInt32, _ bytes: [UInt8]) -> [UInt8] {
    var bytes = bytes
    func put(_ at: Int) {
      for i in 0..<4 { bytes[at + i] = UInt8(truncatingIfNeeded: size >> (8 * UInt32(i))) }
    }
    for at in 0..<(bytes.count - 4) {
      if bytes[at..<(at + 4)].elementsEqual([0x50, 0x4B, 0x03, 0x04]) { put(at + 22) }
      if bytes[at..<(at + 4)].elementsEqual([0x50, 0x4B, 0x01, 0x02]) { put(at + 24) }
    }
    return bytes
  }

  @Test func truncatedZipIsRefused() throws {
    let bytes = try F.docx(body: F.p("Text."))
    for cut in [bytes.count / 2, bytes.count - 10, 40] {
      let text = message {
        _ = try DOCXReader.blocks(Array(bytes.prefix(cut)), path: "t.docx", options: .init())
      }
      #expect(text?.contains("not a valid zip archive (truncated or corrupt)") == true, "\(cut)")
    }
  }

  @Test func corruptPartIsRefused() throws {
    var bytes = try F.docx(body: String(repeating: F.p("Some text to compress."), count: 50))
    // The compressed data of the document part, after its name in the local header, is damaged.
    let name = Array("word/document.xml".utf8)
    let start = try #require(
      (0..<(bytes.count - name.count)).first { bytes[$0..<($0 + name.count)].elementsEqual(name) })
    for at in (start + name.count + 2)..<(start + name.count + 12) { bytes[at] ^= 0x5A }
    let text = message { _ = try DOCXReader.blocks(bytes, path: "t.docx", options: .init()) }
    #expect(text?.contains("word/document.xml: not a valid zip archive") == true, "\(text ?? "")")
  }

  @Test func zipBombByDeclaredSize() throws {
    let bytes = try docxOfZeros(100_000)
    let options = DocumentReadOptions(maximumExpandedSize: 50_000)
    let text = message { _ = try DOCXReader.blocks(bytes, path: "t.docx", options: options) }
    #expect(text?.contains("declares more than 50000 bytes in all") == true, "\(text ?? "")")
  }

  @Test func zipBombByBytesActuallyInflated() throws {
    // The headers declare 1,000 bytes; the part inflates to 3 MiB.
    let bytes = declaring(1000, try docxOfZeros(3 << 20))
    let options = DocumentReadOptions(
      maximumExpandedSize: 1 << 20, maximumCompressionRatio: 1 << 30)
    let text = message { _ = try DOCXReader.blocks(bytes, path: "t.docx", options: options) }
    #expect(text?.contains("expands to more than 1 MiB in all") == true, "\(text ?? "")")
    // The ratio is checked on the bytes inflated too.
    let ratio = message {
      _ = try DOCXReader.blocks(bytes, path: "t.docx", options: DocumentReadOptions())
    }
    #expect(
      ratio?.contains("expands to more than 200 times its compressed size") == true,
      "\(ratio ?? "")")
  }

  @Test func zipBombByRatio() throws {
    let bytes = try docxOfZeros(2 << 20)
    let text = message { _ = try DOCXReader.blocks(bytes, path: "t.docx", options: .init()) }
    #expect(
      text?.contains("declares more than 200 times its compressed size") == true, "\(text ?? "")")
    // A small part may be compressed as much as it likes; a lower limit lets the big one pass.
    #expect(
      try DOCXReader.blocks(docxOfZeros(100_000), path: "t.docx", options: .init()).count == 1)
    #expect(
      try DOCXReader.blocks(
        bytes, path: "t.docx", options: DocumentReadOptions(maximumCompressionRatio: 100_000)
      ).count == 1)
  }

  @Test func totalOverAllPartsIsLimited() throws {
    let styles = String(repeating: "<w:style w:type=\"character\" w:styleId=\"x\"/>", count: 400)
    let bytes = try F.docx(body: String(repeating: F.p("Text."), count: 200), styles: styles)
    let archive = try OfficeArchive(bytes: bytes, path: "t.docx", options: .init())
    let stylesSize = try #require(try archive.bytes("word/styles.xml")).count
    let documentSize = try #require(try archive.bytes("word/document.xml")).count
    #expect(archive.expandedSize == stylesSize + documentSize)
    // Each part fits; both do not.
    let options = DocumentReadOptions(maximumExpandedSize: max(stylesSize, documentSize) + 100)
    let text = message { _ = try DOCXReader.blocks(bytes, path: "t.docx", options: options) }
    #expect(text?.contains("word/document.xml: declares more than") == true, "\(text ?? "")")
  }

  /// The offset of the central directory entry of `name` in `bytes`.
  func directoryEntry(_ name: String, in bytes: [UInt8]) throws -> Int {
    let name = Array(name.utf8)
    let signature: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
    var found: Int?
    for at in 0..<(bytes.count - 46 - name.count) where found == nil {
      let start = at + 46
      if bytes[at..<(at + 4)].elementsEqual(signature)
        && bytes[start..<(start + name.count)].elementsEqual(name)
      {
        found = at
      }
    }
    return try #require(found)
  }

  @Test func offsetsPastTheEndAreRefused() throws {
    // A local header offset past the end of the data (which trapped in ZIPFoundation).
    var bytes = try F.docx(body: F.p("Text."))
    let entry = try directoryEntry("word/document.xml", in: bytes)
    for i in 0..<4 { bytes[entry + 42 + i] = 0x7F }
    let text = message { _ = try DOCXReader.blocks(bytes, path: "t.docx", options: .init()) }
    #expect(text == "t.docx: word/document.xml: not a valid zip archive (truncated or corrupt)")
    // A central directory past the end.
    var directory = try F.docx(body: F.p("Text."))
    for i in 0..<4 { directory[directory.count - 6 + i] = 0x7F }
    let other = message { _ = try DOCXReader.blocks(directory, path: "t.docx", options: .init()) }
    #expect(other == "t.docx: not a valid zip archive (truncated or corrupt)")
  }

  @Test func truncatedDeflateStreamIsRefused() throws {
    // The directory says the compressed data is shorter than it is: the deflate stream ends
    // early (ZIPFoundation looped forever on this).
    var bytes = try F.docx(body: String(repeating: F.p("Some text to compress."), count: 50))
    let entry = try directoryEntry("word/document.xml", in: bytes)
    let size = Int(bytes[entry + 20]) | Int(bytes[entry + 21]) << 8
    bytes[entry + 20] = UInt8((size / 2) & 0xFF)
    bytes[entry + 21] = UInt8((size / 2) >> 8)
    let text = message { _ = try DOCXReader.blocks(bytes, path: "t.docx", options: .init()) }
    #expect(text == "t.docx: word/document.xml: not a valid zip archive (truncated or corrupt)")
  }

  @Test func encryptedZipEntryIsRefused() throws {
    var bytes = try F.docx(body: F.p("Text."))
    let entry = try directoryEntry("word/document.xml", in: bytes)
    bytes[entry + 8] |= 1
    let text = message { _ = try DOCXReader.blocks(bytes, path: "t.docx", options: .init()) }
    #expect(text?.hasSuffix("encrypted; save it without a password") == true)
  }

  @Test func unsupportedCompressionMethodIsRefused() throws {
    var bytes = try F.docx(body: F.p("Text."))
    let entry = try directoryEntry("word/document.xml", in: bytes)
    bytes[entry + 10] = 12  // bzip2
    let text = message { _ = try DOCXReader.blocks(bytes, path: "t.docx", options: .init()) }
    #expect(text == "t.docx: word/document.xml: compression method 12 is not supported")
  }

  @Test func damagedStoredPartFailsItsChecksum() throws {
    let part = Array(
      "<w:document \(F.wordNamespaces)><w:body>\(F.p("Text."))</w:body></w:document>".utf8)
    var bytes = try F.zip([("word/document.xml", part)], stored: ["word/document.xml"])
    let archive = try OfficeArchive(bytes: bytes, path: "t.docx", options: .init())
    #expect(try archive.bytes("word/document.xml") == part)
    #expect(try archive.bytes("word/missing.xml") == nil)
    #expect(!archive.contains("word/"))
    // One byte of the text changed: the CRC-32 no longer matches.
    let text = Array("Text.".utf8)
    let at = try #require(
      (0..<(bytes.count - text.count)).first { bytes[$0..<($0 + text.count)].elementsEqual(text) })
    bytes[at] = UInt8(ascii: "N")
    let damaged = try OfficeArchive(bytes: bytes, path: "t.docx", options: .init())
    let failure = message { _ = try damaged.bytes("word/document.xml") }
    #expect(failure == "t.docx: word/document.xml: not a valid zip archive (truncated or corrupt)")
  }

  @Test func readingStopsWhenAskedTo() throws {
    let bytes = try docxOfZeros(4 << 20)
    let options = DocumentReadOptions(maximumCompressionRatio: 1 << 20)
    let archive = try OfficeArchive(bytes: bytes, path: "t.docx", options: options)
    var chunks = 0
    #expect(
      try archive.read("word/document.xml") { _ in
        chunks += 1
        return false
      })
    #expect(chunks == 1)
    #expect(archive.expandedSize <= OfficeArchive.chunkSize)
  }
}
