import Foundation
import Testing

@Suite struct DocumentOptionsTests {
  private func file(_ bytes: [UInt8], _ name: String, in folder: URL) throws -> String {
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  @Test func aLegacyEncodingIsReadWhenNamed() throws {
    let folder = try temporaryDirectory()
    // "Café crème. Voilà." in windows-1252.
    let path = try file(
      [0x43, 0x61, 0x66, 0xE9, 0x20, 0x63, 0x72, 0xE8, 0x6D, 0x65, 0x2E, 0x20]
        + Array("Voil".utf8) + [0xE0, 0x2E], "latin.txt", in: folder)
    let refused = try runBitext(["segment", "--lang", "fr", path])
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("\(path):1: invalid UTF-8 at byte offset 3"))
    #expect(refused.stderr.contains("name it with --encoding"))
    #expect(refused.stdout.isEmpty)
    let read = try runBitext(["segment", "--lang", "fr", "--encoding", "windows-1252", path])
    #expect(read.status == 0, "\(read.stderr)")
    #expect(read.stdout == "Café crème.\nVoilà.\n")
  }

  @Test func utf16FromWindowsNotepadAlignsWithUTF8() throws {
    let folder = try temporaryDirectory()
    let french = "Le chat dort. Il fait beau.\n"
    let source = try file(
      [0xFF, 0xFE] + french.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, "fr.txt",
      in: folder)
    let target = try file(
      Array("The cat sleeps. The weather is nice.\n".utf8), "en.txt", in: folder)
    let result = try runBitext([
      "align", "--source-lang", "fr", "--target-lang", "en", "--lexicon", "none", "--format",
      "tsv", source, target,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Le chat dort.\tThe cat sleeps."))
  }

  @Test func unknownFormatsAndEncodingsAreUsageErrors() throws {
    let format = try runBitext(["segment", "--lang", "fr", "--input-format", "rtf", "-"])
    #expect(format.status == 64)
    #expect(format.stderr.contains("--input-format must be one of text, html, docx, odt, pdf"))
    let encoding = try runBitext(["segment", "--lang", "fr", "--encoding", "klingon-8", "-"])
    #expect(encoding.status == 64)
    #expect(encoding.stderr.contains("unknown encoding 'klingon-8'"))
  }

  @Test func streamRecordsMayNameFiles() throws {
    let folder = try temporaryDirectory()
    let source = try file(Array("Un chat. Deux chiens.".utf8), "fr.txt", in: folder)
    let target = try file(Array("One cat. Two dogs.".utf8), "en.txt", in: folder)
    let records = [
      #"{"id":1,"source_file":"\#(source)","target_file":"\#(target)"}"#,
      #"{"id":2,"source_file":"/no/such/file.txt","target":"x"}"#,
      #"{"id":3,"source_file":"-","target":"x"}"#,
      #"{"id":4,"source":"a","source_file":"\#(source)","target":"x"}"#,
    ].joined(separator: "\n")
    let result = try runBitext(
      ["stream", "--source-lang", "fr", "--target-lang", "en", "--lexicon", "none"],
      stdin: Data(records.utf8))
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 4)
    #expect(lines[0].contains(#""source_text":"Un chat.","target_text":"One cat.""#))
    #expect(lines[1].contains("/no/such/file.txt: no such file"))
    #expect(lines[2].contains("standard input carries the stream"))
    #expect(lines[3].contains("not both"))
  }

  @Test func presegmentedInputMustBePlainText() throws {
    let folder = try temporaryDirectory()
    let page = try file(Array("<html><body><p>Un.</p></body></html>".utf8), "a.html", in: folder)
    let text = try file(Array("One.\n".utf8), "b.txt", in: folder)
    let result = try runBitext([
      "align", "--source-lang", "fr", "--target-lang", "en", "--lexicon", "none",
      "--presegmented", page, text,
    ])
    #expect(result.status != 0)
    #expect(result.stderr.contains("--presegmented reads plain text"))
  }
}
