import Foundation
import Testing

/// The sample in Corpora/lukashenko-2022.
private let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("Corpora/lukashenko-2022")

/// The sample article as web pages and office documents (`Corpora/lukashenko-2022/documents`,
/// built by its `make.py`) aligns exactly as the plain text does: the gold beads, all of them.
@Suite struct SampleDocumentsTests {
  @Test(arguments: ["html", "docx", "odt", "pdf"])
  func aDocumentPairGivesTheGoldBeads(format: String) throws {
    let documents = sample.appendingPathComponent("documents")
    let out = try temporaryDirectory().appendingPathComponent("corpus.beads")
    let result = try runBitext([
      "align", documents.appendingPathComponent("fr.\(format)").path,
      documents.appendingPathComponent("en.\(format)").path, "--source-lang", "fr",
      "--target-lang", "en", "--lexicon", "none", "-o", out.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let gold = try String(contentsOf: sample.appendingPathComponent("gold.beads"), encoding: .utf8)
    let beads = try String(contentsOf: out, encoding: .utf8)
    #expect(beads == gold)
  }

  @Test(arguments: ["html", "docx", "odt", "pdf"])
  func aDocumentSegmentsIntoTheSentencesOfTheText(format: String) throws {
    for language in ["fr", "en"] {
      let document = try runBitext([
        "segment", "--lang", language,
        sample.appendingPathComponent("documents/\(language).\(format)").path,
      ])
      #expect(document.status == 0, "\(document.stderr)")
      let text = try String(
        contentsOf: sample.appendingPathComponent("\(language).sentences.txt"), encoding: .utf8)
      // The same sentences; the blocks (blank lines) may differ, as a figure's lines are blocks,
      // and a PDF's text layer has plain spaces where the text has no-break spaces.
      func sentences(_ output: String) -> [String] {
        output.split(separator: "\n", omittingEmptySubsequences: true).map {
          String($0.map { $0 == "\u{A0}" || $0 == "\u{202F}" ? " " : $0 })
        }
      }
      #expect(sentences(document.stdout) == sentences(text), "\(language).\(format)")
    }
  }
}
