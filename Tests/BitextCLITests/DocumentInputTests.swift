import Foundation
import Testing

/// Documents on the command line: detection by content, and bad documents refused with their
/// name and what is wrong, nothing written.
@Suite struct DocumentInputTests {
  private let documents = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Corpora/lukashenko-2022/documents")

  private func file(_ bytes: [UInt8], _ name: String, in folder: URL) throws -> String {
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  /// Aligns `source` with the sample's English page into `folder/out.tsv`; the result and
  /// whether the output exists.
  private func align(_ source: String, in folder: URL) throws -> (CLIResult, Bool) {
    let out = folder.appendingPathComponent("out.tsv")
    let result = try runBitext([
      "align", source, documents.appendingPathComponent("en.html").path, "--source-lang", "fr",
      "--target-lang", "en", "--lexicon", "none", "--format", "tsv", "-o", out.path,
    ])
    return (result, FileManager.default.fileExists(atPath: out.path))
  }

  @Test func aPageIsReadAsAPageWhateverItsNameUnlessTheFormatIsGiven() throws {
    let folder = try temporaryDirectory()
    let page = try file(
      Array("<html><body><p>Un &eacute;t&eacute;.</p><script>x()</script></body></html>".utf8),
      "page.txt", in: folder)
    let read = try runBitext(["segment", "--lang", "fr", page])
    #expect(read.status == 0, "\(read.stderr)")
    #expect(read.stdout == "Un été.\n")
    let raw = try runBitext(["segment", "--lang", "fr", "--input-format", "text", page])
    #expect(raw.stdout.contains("<p>"))
  }

  @Test func aTruncatedWordFileIsAnErrorAndNothingIsWritten() throws {
    let folder = try temporaryDirectory()
    let whole = try Data(contentsOf: documents.appendingPathComponent("fr.docx"))
    let path = try file(Array(whole.prefix(whole.count / 2)), "cut.docx", in: folder)
    let (result, written) = try align(path, in: folder)
    #expect(result.status == 1)
    #expect(result.stderr.contains("\(path): not a valid zip archive"), "\(result.stderr)")
    #expect(!written)
  }

  @Test func aLegacyWordFileSaysHowToConvertIt() throws {
    let folder = try temporaryDirectory()
    let path = try file(
      [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 512),
      "old.doc", in: folder)
    let (result, written) = try align(path, in: folder)
    #expect(result.status == 1)
    #expect(result.stderr.contains("soffice --headless --convert-to docx"))
    #expect(!written)
  }

  @Test func aPageInAnUndeclaredLegacyEncodingIsRefusedWithAHint() throws {
    let folder = try temporaryDirectory()
    let path = try file(
      Array("<html><body><p>Un ".utf8) + [0xE9, 0x74, 0xE9] + Array(".</p></body></html>".utf8),
      "latin.html", in: folder)
    let (result, written) = try align(path, in: folder)
    #expect(result.status == 1)
    #expect(result.stderr.contains("\(path):1: invalid UTF-8 at byte offset 18"))
    #expect(result.stderr.contains("--encoding"))
    #expect(!written)
    let read = try runBitext(["segment", "--lang", "fr", "--encoding", "latin1", path])
    #expect(read.stdout == "Un été.\n")
  }

  @Test func deeplyNestedPagesAreRefused() throws {
    let folder = try temporaryDirectory()
    let path = try file(
      Array(("<html><body>" + String(repeating: "<div>", count: 100_000) + "deep").utf8),
      "deep.html", in: folder)
    let (result, written) = try align(path, in: folder)
    #expect(result.status == 1)
    #expect(result.stderr.contains("nested more than 1024 deep"), "\(result.stderr)")
    #expect(!written)
  }

  @Test func entitiesDeclaredByTheDocumentAreNeverExpanded() throws {
    let folder = try temporaryDirectory()
    let path = try file(
      Array(
        """
        <?xml version="1.0"?>
        <!DOCTYPE html [<!ENTITY secret "SECRET"><!ENTITY file SYSTEM "file:///etc/passwd">]>
        <html xmlns="http://www.w3.org/1999/xhtml"><body><p>A &secret; and &file;.</p></body></html>
        """.utf8), "entities.xhtml", in: folder)
    let result = try runBitext(["segment", "--lang", "en", path])
    #expect(result.status == 0, "\(result.stderr)")
    // The references stay as written: nothing is expanded, read or leaked from the doctype.
    #expect(result.stdout == "A &secret; and &file;.\n")
  }
}
