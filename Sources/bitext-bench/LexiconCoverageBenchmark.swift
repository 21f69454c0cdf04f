import ArgumentParser
import BitextCorpus
import BitextLexicon
import BitextText
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
    let frenchTokens = WordTokenizer(language: "fr")
    let englishTokens = WordTokenizer(language: "en")
    let french = Lemmatizer(language: "fr")
    let english = Lemmatizer(language: "en")
    var pairs: [([String], [String])] = []
    for bead in gold where !bead.source.isEmpty && !bead.target.isEmpty {
      let s = bead.source.flatMap { frenchTokens.tokens(in: source[$0]) }.filter {
        $0.kind == .word
      }
      .map { french.keys(for: $0.text).folded }
      let t = bead.target.flatMap { englishTokens.tokens(in: target[$0]) }.filter {
        $0.kind == .word
      }
      .map { english.keys(for: $0.text).folded }
      pairs.append((s, t))
    }
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
