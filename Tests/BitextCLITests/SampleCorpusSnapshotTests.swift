import Foundation
import Testing

/// The sample in Corpora/lukashenko-2022.
private let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("Corpora/lukashenko-2022")

/// Snapshots: the sample's committed exports and sentence files are what `bitext` writes today,
/// byte for byte. After a deliberate change of output, re-record them all from the repository
/// root with `Corpora/regenerate.sh` (it also installs packages and imports FreeDict), or with the
/// single command each test names, and review the diff before committing it.
@Suite struct SampleCorpusSnapshotTests {
  /// Re-record: `swift run bitext run Corpora/lukashenko-2022/fr.txt
  /// Corpora/lukashenko-2022/en.txt --source-lang fr --target-lang en --lexicon none
  /// --document lukashenko-2022 --out Corpora/lukashenko-2022`.
  @Test func exportsMatchTheirSnapshots() throws {
    let out = try temporaryDirectory().appendingPathComponent("out")
    let result = try runBitext([
      "run", sample.appendingPathComponent("fr.txt").path,
      sample.appendingPathComponent("en.txt").path,
      "--source-lang", "fr", "--target-lang", "en", "--lexicon", "none",
      "--document", "lukashenko-2022", "--out", out.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    for name in ["corpus.tmx", "corpus.tsv", "corpus.jsonl", "review.html"] {
      let committed = try Data(contentsOf: sample.appendingPathComponent(name))
      let regenerated = try Data(contentsOf: out.appendingPathComponent(name))
      #expect(committed == regenerated, "\(name) differs from its snapshot")
    }
  }

  /// Re-record, for `fr` and `en`: `swift run bitext segment --lang fr
  /// Corpora/lukashenko-2022/fr.txt > Corpora/lukashenko-2022/fr.sentences.txt`. The files were
  /// first split by hand: a change is a change of segmentation, to be read sentence by sentence.
  @Test func segmentationMatchesItsSnapshots() throws {
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

/// The sample's alignment equals its hand-made gold (`gold.beads`), which is a reference, not a
/// snapshot: it is never re-recorded from `bitext`'s output.
@Suite struct SampleCorpusGoldTests {
  @Test func alignmentEqualsTheGold() throws {
    let result = try runBitext([
      "align", sample.appendingPathComponent("fr.txt").path,
      sample.appendingPathComponent("en.txt").path,
      "--source-lang", "fr", "--target-lang", "en", "--lexicon", "none",
    ])
    let gold = try String(contentsOf: sample.appendingPathComponent("gold.beads"), encoding: .utf8)
    #expect(result.stdout == gold)
  }
}
