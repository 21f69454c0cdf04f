import ArgumentParser
import Bitext
import Foundation

/// Lexicon coverage of the sample article: FreeDict alone, then with a lexicon induced (IBM
/// Model 1, both directions) from the sample's aligned sentences; then the coverage of the
/// German words of the Text+Berg gold 1-1 beads by the de–fr lexicon, when one is stored.
struct LexiconCoverageBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lexicon",
    abstract:
      "Coverage of the sample's words by the imported and the induced lexicon; lookup speed.")

  @Option(help: "The sample folder (fr.sentences.txt, en.sentences.txt, gold.beads).")
  var sample = "Corpora/lukashenko-2022"

  @Option(name: .customLong("lexicon-dir"), help: "The lexicon data directory.")
  var lexiconDirectory: String?

  @Option(help: "The Text+Berg development set (dev.de, dev.fr, dev.defr).")
  var textberg = "../shared/eval/alignment/textberg-de-fr-dev"

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
    try textbergCoverage()
  }

  /// German content tokens of the Text+Berg gold 1-1 beads whose keys find a translation in
  /// the French sentence (skipped with a note when the set or the de–fr lexicon is missing).
  func textbergCoverage() throws {
    print("")
    let directory = lexiconDirectory ?? LexiconStore.defaultDirectory()
    guard FileManager.default.fileExists(atPath: "\(textberg)/dev.defr") else {
      print("(no Text+Berg set at \(textberg): skipped)")
      return
    }
    guard let loaded = try LexiconStore(directory: directory).load(source: "de", target: "fr")
    else {
      print("(no de-fr lexicon in \(directory): run `bitext dict import freedict deu-fra`)")
      return
    }
    let pairs = try EvalData.oneToOnePairs(
      EvalData.gold("\(textberg)/dev.defr"), source: EvalData.lines("\(textberg)/dev.de"),
      target: EvalData.lines("\(textberg)/dev.fr"), path: "\(textberg)/dev.defr")
    print("Text+Berg dev, gold 1-1 beads, de-fr lexicon (\(loaded.lexicon.count) entries):")
    PairCoverageBenchmark.run(
      pairs: pairs, lexicon: loaded.lexicon, sourceLanguage: "de", targetLanguage: "fr")
  }
}
