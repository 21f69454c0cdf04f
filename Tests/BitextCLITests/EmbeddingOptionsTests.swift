import BitextTestSupport
import Foundation
import Testing

/// `--embeddings` and `--model-dir` on the commands that align, with a small synthetic model.
@Suite struct EmbeddingOptionsTests {
  private func pair(in folder: URL) throws -> (source: String, target: String) {
    let source = try TestFiles.write(
      "the cat sleeps.\nthe dog.\nle chat dort.\na dog, a cat.\n", to: "en.txt", in: folder)
    let target = try TestFiles.write(
      "le chat dort.\nle chien.\nthe cat sleeps.\nun chien, un chat.\n", to: "fr.txt", in: folder)
    return (source, target)
  }

  @Test func aWeightsFileIsUsedAndTheOutputDoesNotDependOnTheThreads() throws {
    let folder = try temporaryDirectory()
    let model = try SyntheticEncoderModel().write(to: folder)
    let (source, target) = try pair(in: folder)
    func align(threads: String, embeddings: String) throws -> String {
      let result = try runBitext([
        "align", "--source-lang", "en", "--target-lang", "fr", "--lexicon", "none",
        "--presegmented", "--format", "jsonl", "--embeddings", embeddings, "--threads", threads,
        source, target,
      ])
      #expect(result.status == 0, "\(result.stderr)")
      return result.stdout
    }
    let one = try align(threads: "1", embeddings: model)
    #expect(one.contains("\"source_ids\""))
    #expect(try align(threads: "3", embeddings: model) == one)
  }

  @Test func aMissingModelNamesTheInstallCommand() throws {
    let folder = try temporaryDirectory()
    let (source, target) = try pair(in: folder)
    for command in ["align", "run"] {
      let result = try runBitext([
        command, "--source-lang", "en", "--target-lang", "fr", "--lexicon", "none",
        "--presegmented", "--embeddings", "e5-small", "--model-dir", folder.path, source, target,
        command == "run" ? "--out" : "-o", folder.appendingPathComponent("out-\(command)").path,
      ])
      #expect(result.status != 0)
      #expect(result.stderr.contains("bitext model install e5-small"), "\(result.stderr)")
    }
  }

  @Test func aDamagedWeightsFileIsAClearErrorAndNothingIsWritten() throws {
    let folder = try temporaryDirectory()
    let (source, target) = try pair(in: folder)
    let bytes = SyntheticEncoderModel().bytes()
    let model = folder.appendingPathComponent("cut.bin")
    try bytes.prefix(bytes.count / 2).write(to: model)
    let output = folder.appendingPathComponent("out.tsv")
    let result = try runBitext([
      "align", "--source-lang", "en", "--target-lang", "fr", "--lexicon", "none",
      "--presegmented", "--embeddings", model.path, source, target, "-o", output.path,
    ])
    #expect(result.status != 0)
    #expect(result.stderr.contains("cut.bin"), "\(result.stderr)")
    #expect(result.stderr.contains("truncated"), "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: output.path))
  }

  @Test func streamAndBatchTakeTheOptionToo() throws {
    let folder = try temporaryDirectory()
    let model = try SyntheticEncoderModel().write(to: folder)
    let record =
      #"{"id": "a", "source": "the cat sleeps. the dog.", "target": "le chat dort. le chien."}"#
    let stream = try runBitext(
      [
        "stream", "--source-lang", "en", "--target-lang", "fr", "--lexicon", "none",
        "--embeddings", model,
      ], stdin: Data((record + "\n").utf8))
    #expect(stream.status == 0, "\(stream.stderr)")
    #expect(stream.stdout.contains("\"beads\""), "\(stream.stdout)")
    let help = try runBitext(["batch", "--help"])
    #expect(help.stdout.contains("--embeddings"))
  }

  @Test func reviewOfACorpusFileChecksItWithTheEmbeddings() throws {
    let folder = try temporaryDirectory()
    let model = try SyntheticEncoderModel().write(to: folder)
    let (source, target) = try pair(in: folder)
    let corpus = folder.appendingPathComponent("corpus.jsonl").path
    let aligned = try runBitext([
      "align", "--source-lang", "en", "--target-lang", "fr", "--lexicon", "none",
      "--presegmented", "--format", "jsonl", source, target, "-o", corpus,
    ])
    #expect(aligned.status == 0, "\(aligned.stderr)")
    let page = folder.appendingPathComponent("page.html").path
    let reviewed = try runBitext(["review", corpus, "--embeddings", model, "-o", page])
    #expect(reviewed.status == 0, "\(reviewed.stderr)")
    #expect(FileManager.default.fileExists(atPath: page))
    let missing = try runBitext([
      "review", corpus, "--embeddings", "e5-small", "--model-dir", folder.path, "-o", page + "2",
    ])
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("bitext model install e5-small"), "\(missing.stderr)")
  }
}
