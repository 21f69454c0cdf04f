import BitextTestSupport
import Foundation
import Testing

@testable import BitextCorpus

@Suite struct CorpusWriterTests {
  @Test(arguments: [CorpusFormat.tmx, .tsv, .jsonl, .beads])
  func fileOutputIsDeterministicAndEqualsTheInMemoryBytes(_ format: CorpusFormat) throws {
    let directory = try TestFiles.temporaryDirectory()
    let corpus = CorpusFixtures.hardCorpus()
    let writer = CorpusWriter(toolVersion: "1")
    let first = directory.appendingPathComponent("a.out")
    let second = directory.appendingPathComponent("b.out")
    try writer.write(corpus, format: format, to: .file(first))
    try writer.write(corpus, format: format, to: .file(second))
    let bytes = try Data(contentsOf: first)
    #expect(bytes == (try Data(contentsOf: second)))
    #expect(bytes == (try writer.encode(corpus, format: format)))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == [
        "a.out", "b.out",
      ])
  }

  @Test func largeCorporaAreStreamedWhole() throws {
    let directory = try TestFiles.temporaryDirectory()
    let beads = (0..<3000).map { i in
      AlignedBead(
        index: i, sourceIDs: i..<(i + 1), targetIDs: i..<(i + 1), score: 0.5,
        source: [AlignedSentence(text: "Sentence number \(i) with some text.")],
        target: [AlignedSentence(text: "Phrase numéro \(i) avec du texte.")])
    }
    let corpus = AlignedCorpus(sourceLanguage: "en", targetLanguage: "fr", beads: beads)
    let url = directory.appendingPathComponent("big.tmx")
    try CorpusWriter(toolVersion: "1").write(corpus, format: .tmx, to: .file(url))
    let read = try CorpusReader().read(from: url, format: .tmx)
    #expect(read.beads.count == 3000)
    #expect(read.beads.last?.targetText == "Phrase numéro 2999 avec du texte.")
  }

  @Test func unwritableDestinationIsAnIOError() {
    let url = URL(fileURLWithPath: "/dev/null/out.tsv")  // a parent that is not a folder
    #expect {
      try CorpusWriter(toolVersion: "1").write(
        CorpusFixtures.hardCorpus(), format: .tsv, to: .file(url))
    } throws: { error in
      guard case .file(let error) = error as? CorpusError else { return false }
      return error.path == url.path
    }
  }

  @Test func encodeRefusesMoses() {
    #expect(throws: CorpusError.self) {
      try CorpusWriter(toolVersion: "1").encode(CorpusFixtures.hardCorpus(), format: .moses)
    }
  }

  @Test(arguments: [
    ("x.tmx", CorpusFormat.tmx), ("x.TSV", .tsv), ("x.jsonl", .jsonl), ("x.beads", .beads),
  ])
  func formatFromExtension(_ name: String, _ format: CorpusFormat) {
    #expect(CorpusFormat(pathExtension: URL(fileURLWithPath: name).pathExtension) == format)
  }
}
