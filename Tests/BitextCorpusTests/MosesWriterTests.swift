import BitextTestSupport
import Foundation
import Testing

@testable import BitextCorpus

@Suite struct MosesWriterTests {
  @Test func lineBreaksBecomeSpacesAndLinesMatch() throws {
    let corpus = CorpusFixtures.hardCorpus()
    let (source, target) = CorpusWriter(toolVersion: "1").encodeMoses(corpus)
    let sourceLines = String(decoding: source, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false)
    let targetLines = String(decoding: target, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false)
    #expect(sourceLines.count == corpus.beads.count + 1)
    #expect(targetLines.count == corpus.beads.count + 1)
    let read = try CorpusReader(options: .init(sourceLanguage: "en", targetLanguage: "fr"))
      .decodeMoses(source: source, target: target)
    #expect(
      read
        == RoundTrip.flattened(
          corpus, keepPlacement: false, keepScore: false, transform: MosesWriter.line))
  }

  @Test(arguments: [
    ("a\nb", "a b"), ("a\r\nb", "a  b"), ("a\u{2028}b\u{2029}c\u{85}d", "a b c d"),
    ("a\tb", "a\tb"),
    ("a\u{0}\u{B}\u{C}b", "a   b"), ("é😀", "é😀"), ("\u{FEFF}a\u{FEFF}", "\u{2060}a\u{2060}"),
  ])
  func line(_ input: String, _ expected: String) {
    #expect(MosesWriter.line(input) == expected)
  }

  @Test func filesAreNamedByLanguage() throws {
    let directory = try TestFiles.temporaryDirectory()
    let prefix = directory.appendingPathComponent("corpus")
    let corpus = CorpusFixtures.hardCorpus()
    let report = try CorpusWriter(toolVersion: "1").write(corpus, format: .moses, to: .file(prefix))
    #expect(report.files.map(\.lastPathComponent) == ["corpus.en", "corpus.fr"])
    let read = try CorpusReader(options: .init(sourceLanguage: "en", targetLanguage: "fr")).read(
      from: prefix, format: .moses)
    #expect(read.beads.count == corpus.beads.count)
  }

  @Test func differentLengthsAreAnError() {
    #expect {
      try CorpusReader().decodeMoses(
        source: Data("a\nb\n".utf8), target: Data("c\n".utf8), sourcePath: "x.en",
        targetPath: "x.fr")
    } throws: { error in
      guard case .malformed("x.fr", 2, nil, let message) = error as? CorpusError else {
        return false
      }
      return message.contains("2 lines") && message.contains("has 1")
    }
  }

  @Test func unusableLanguagesAreRefused() {
    let prefix = URL(fileURLWithPath: "/nonexistent/p")
    #expect(throws: CorpusError.self) {
      try CorpusWriter.mosesFiles(prefix: prefix, sourceLanguage: "en", targetLanguage: "en")
    }
    #expect(throws: CorpusError.self) {
      try CorpusWriter.mosesFiles(prefix: prefix, sourceLanguage: "und", targetLanguage: "fr")
    }
    #expect(throws: CorpusError.self) {
      try CorpusWriter(toolVersion: "1").write(
        CorpusFixtures.hardCorpus(), format: .moses, to: .standardOutput)
    }
  }
}
