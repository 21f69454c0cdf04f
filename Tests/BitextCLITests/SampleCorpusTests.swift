import Foundation
import Testing

/// The sample in Corpora/lukashenko-2022: its committed exports regenerate byte for byte and its
/// alignment equals the hand-made gold.
@Suite struct SampleCorpusTests {
  let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Corpora/lukashenko-2022")

  @Test func exportsRegenerateByteForByte() throws {
    let out = try temporaryDirectory().appendingPathComponent("out")
    let result = try runBitext([
      "run", sample.appendingPathComponent("fr.txt").path,
      sample.appendingPathComponent("en.txt").path,
      "--source-lang", "fr", "--target-lang", "en", "--lexicon", "none",
      "--document", "lukashenko-2022", "--out", out.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    for name in ["corpus.tmx", "corpus.tsv", "corpus.jsonl"] {
      let committed = try Data(contentsOf: sample.appendingPathComponent(name))
      let regenerated = try Data(contentsOf: out.appendingPathComponent(name))
      #expect(committed == regenerated, "\(name) differs from its regeneration")
    }
  }

  @Test func alignmentEqualsTheGold() throws {
    let result = try runBitext([
      "align", sample.appendingPathComponent("fr.txt").path,
      sample.appendingPathComponent("en.txt").path,
      "--source-lang", "fr", "--target-lang", "en", "--lexicon", "none",
    ])
    let gold = try String(contentsOf: sample.appendingPathComponent("gold.beads"), encoding: .utf8)
    #expect(result.stdout == gold)
  }

  @Test func segmentationMatchesTheSentenceFiles() throws {
    for language in ["fr", "en"] {
      let result = try runBitext([
        "segment", "--lang", language, sample.appendingPathComponent("\(language).txt").path,
      ])
      let expected = try String(
        contentsOf: sample.appendingPathComponent("\(language).sentences.txt"), encoding: .utf8)
      #expect(result.stdout == expected, "\(language)")
    }
  }
}
