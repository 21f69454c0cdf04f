import BitextTestSupport
import BitextText
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

@Suite struct CorpusWriterMosesPairTests {
  @Test func aFailedSecondSideLeavesTheOldPairUntouched() throws {
    let directory = try TestFiles.temporaryDirectory()
    let prefix = directory.appendingPathComponent("corpus")
    try TestFiles.write("old en\n", to: "corpus.en", in: directory)
    // The target side cannot be written: a folder stands where its file goes.
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent("corpus.fr"), withIntermediateDirectories: false)
    #expect(throws: CorpusError.self) {
      try CorpusWriter(toolVersion: "1").write(
        CorpusFixtures.hardCorpus(), format: .moses, to: .file(prefix))
    }
    let source = directory.appendingPathComponent("corpus.en")
    #expect(try String(contentsOf: source, encoding: .utf8) == "old en\n")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == [
        "corpus.en", "corpus.fr",
      ])
  }

  @Test func aFolderPrefixHoldsTheFilesAsCorpus() throws {
    let directory = try TestFiles.temporaryDirectory()
    let folder = directory.appendingPathComponent("out", isDirectory: true)
    let report = try CorpusWriter(toolVersion: "1").write(
      CorpusFixtures.hardCorpus(), format: .moses, to: .file(folder))
    #expect(report.files.map(\.path) == ["en", "fr"].map { folder.path + "/corpus." + $0 })
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out"])
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
        "corpus.en", "corpus.fr",
      ])
  }

  @Test func oneFileFormatsRefuseAFolder() throws {
    let folder = try TestFiles.temporaryDirectory().appendingPathComponent("out", isDirectory: true)
    let reason = "names a folder; tsv output is one file: give a file name"
    #expect(throws: CorpusError.file(FileError(path: folder.path + "/", .unwritable(reason)))) {
      try CorpusWriter(toolVersion: "1").write(
        CorpusFixtures.hardCorpus(), format: .tsv, to: .file(folder))
    }
  }
}
