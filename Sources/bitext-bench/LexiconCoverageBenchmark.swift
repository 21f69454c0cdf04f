import ArgumentParser
import Bitext
import Foundation

/// Lexicon coverage of the sample article: FreeDict alone, then with a lexicon induced (IBM
/// Model 1, both directions) from the sample's aligned sentences.
struct LexiconCoverageBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lexicon",
    abstract:
      "Coverage of the sample's words by the imported and the induced lexicon; lookup speed.")

  @Option(help: "The sample folder (fr.sentences.txt, en.sentences.txt, gold.beads).")
  var sample = "Corpora/lukashenko-2022"

  @Option(name: .customLong("lexicon-dir"), help: "The lexicon data directory.")
  var lexiconDirectory: String?

  func run() throws {
    let loaded = try EvalData.storedFrenchEnglishLexicon(directory: lexiconDirectory)
    print("Dictionary only (FreeDict fra-eng + eng-fra):")
    try LexiconBenchmark.run(
      textPath: "\(sample)/fr.txt", lexicon: loaded.lexicon, sourceLanguage: "fr",
      targetLanguage: "en")

    // Sentence pairs from the gold alignment of the sample.
    let source = try EvalData.lines("\(sample)/fr.sentences.txt", keepBlank: false)
    let target = try EvalData.lines("\(sample)/en.sentences.txt", keepBlank: false)
    let gold = try EvalData.gold("\(sample)/gold.beads")
    let sentencePairs = gold.filter { !$0.source.isEmpty && !$0.target.isEmpty }.map { bead in
      (
        source: bead.source.map { source[$0] }.joined(separator: " "),
        target: bead.target.map { target[$0] }.joined(separator: " ")
      )
    }
    let pairs = LexiconLearner(sourceLanguage: "fr", targetLanguage: "en").tokenize(sentencePairs)
    let table = IBMModel1.trainSymmetric(pairs: pairs, iterations: 5)
    let induced = table.lexicon(
      sourceLanguage: "fr", targetLanguage: "en", minimumProbability: 0.1, minimumCount: 1,
      maximumPerWord: 3)
    var combined = loaded.lexicon
    combined.merge(induced)
    print("")
    print(
      "Dictionary + lexicon induced from the sample's \(pairs.count) gold beads (\(induced.count) entries):"
    )
    try LexiconBenchmark.run(
      textPath: "\(sample)/fr.txt", lexicon: combined, sourceLanguage: "fr", targetLanguage: "en")
  }
}
