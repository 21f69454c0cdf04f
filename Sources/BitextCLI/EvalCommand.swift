import ArgumentParser
import BitextCorpus
import BitextText
import Foundation

/// `bitext eval`: scores test alignments against gold ones (strict and lax precision, recall,
/// F1, micro-averaged over the document pairs), as vecalign's `score.py` does.
struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Score alignments against gold alignments (strict and lax P/R/F1).",
    discussion: """
      Gold and test files pair up in order (the i-th --gold with the i-th --test).
      Files are in the beads format, one bead per line like [8, 9]:[10], [3]:[] or
      []:[16] (extension .beads, .align, .path or anything unknown), or a TMX or
      JSON Lines corpus written by Bitext (.tmx, .jsonl), whose beads' sentence
      ids are used. TSV and Moses files are refused: they hold no sentence ids,
      so the ids would be counted row by row and a perfect alignment would score
      far below 1. Counts are summed over all pairs (micro-average), with vecalign's
      definition, so figures compare with published ones.
      """)

  @Option(parsing: .upToNextOption, help: "Gold alignment files.")
  var gold: [String]

  @Option(parsing: .upToNextOption, help: "Test alignment files, in the same order.")
  var test: [String]

  @Flag(help: "Print the scores as one JSON object.")
  var json = false

  func validate() throws {
    guard !gold.isEmpty else { throw ValidationError("give at least one --gold file") }
    for path in gold + test {
      if let format = CorpusFormat(pathExtension: URL(fileURLWithPath: path).pathExtension),
        !Self.holdsSentenceIDs(format)
      {
        throw ValidationError(
          "\(path): \(format.rawValue) files hold no sentence ids, so they cannot be scored; use the beads format, TMX or JSON Lines written by Bitext"
        )
      }
    }
    guard gold.count == test.count else {
      throw ValidationError(
        "got \(gold.count) gold file(s) but \(test.count) test file(s); they pair up in order")
    }
  }

  func run() throws {
    let goldLinks = try gold.map(Self.readLinks)
    let testLinks = try test.map(Self.readLinks)
    let scores = AlignmentScorer.score(gold: goldLinks, test: testLinks)
    Console.output(json ? Self.json(scores) : Self.table(scores))
  }

  /// Whether a format records the sentence ids of its beads (TSV and Moses rows do not).
  static func holdsSentenceIDs(_ format: CorpusFormat) -> Bool {
    format != .tsv && format != .moses
  }

  /// The links of one alignment file.
  static func readLinks(_ path: String) throws -> [BeadLink] {
    let url = URL(fileURLWithPath: path)
    let format = CorpusFormat(pathExtension: url.pathExtension) ?? .beads
    return try CorpusReader().readLinks(from: url, format: format)
  }

  /// The scores as a small table.
  static func table(_ scores: AlignmentScores) -> String {
    func cell(_ value: Double) -> String { String(format: "%.4f", value) }
    let p = scores.precisionCounts
    let r = scores.recallCounts
    return """
                 strict     lax
      precision  \(cell(scores.strictPrecision))  \(cell(scores.laxPrecision))
      recall     \(cell(scores.strictRecall))  \(cell(scores.laxRecall))
      F1         \(cell(scores.strictF1))  \(cell(scores.laxF1))
      precision counts: strict \(p.strictTruePositives) TP / \(p.strictFalsePositives) FP, lax \(p.laxTruePositives) TP / \(p.laxFalsePositives) FP
      recall counts:    strict \(r.strictTruePositives) TP / \(r.strictFalsePositives) FN, lax \(r.laxTruePositives) TP / \(r.laxFalsePositives) FN

      """
  }

  /// The scores as one line of JSON, keys in a fixed order.
  static func json(_ scores: AlignmentScores) -> String {
    func number(_ value: Double) -> String { String(format: "%.6f", value) }
    return
      "{\"precision_strict\":\(number(scores.strictPrecision)),\"recall_strict\":\(number(scores.strictRecall)),"
      + "\"f1_strict\":\(number(scores.strictF1)),\"precision_lax\":\(number(scores.laxPrecision)),"
      + "\"recall_lax\":\(number(scores.laxRecall)),\"f1_lax\":\(number(scores.laxF1))}\n"
  }
}
