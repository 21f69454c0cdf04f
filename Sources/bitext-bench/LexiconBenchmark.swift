import BitextLexicon
import BitextText
import Foundation

/// Lexicon benchmark: coverage of a text's word tokens by a lexicon (exact folded forms, then
/// with singulars and stems), and lookup throughput.
enum LexiconBenchmark {
  /// The measured figures.
  struct Report: Sendable {
    var tokens: Int
    var exact: Int
    var withLemmas: Int
    var lexiconEntries: Int
    var indexSeconds: Double
    var lookupsPerSecond: Double
    var pairQueriesPerSecond: Double
  }

  /// Measures a lexicon on a text; prints a small table and returns the figures.
  @discardableResult
  static func run(
    textPath: String, lexicon: Lexicon, sourceLanguage: String, targetLanguage: String
  ) throws -> Report {
    let text = try TextFile.read(textPath)
    let words = WordTokenizer(language: sourceLanguage).tokens(in: text).filter { $0.kind == .word }
      .map(\.text)
    let started = Date()
    let exactIndex = LexiconIndex(
      lexicon: lexicon,
      sourceLemmatizer: Lemmatizer(
        language: sourceLanguage, usesStems: false, guessesSingulars: false),
      targetLemmatizer: Lemmatizer(
        language: targetLanguage, usesStems: false, guessesSingulars: false))
    let index = LexiconIndex(
      lexicon: lexicon, sourceLemmatizer: Lemmatizer(language: sourceLanguage),
      targetLemmatizer: Lemmatizer(language: targetLanguage))
    let indexSeconds = Date().timeIntervalSince(started) / 2
    var exact = 0
    var lemmas = 0
    for word in words {
      if exactIndex.hasTranslation(word) { exact += 1 }
      if index.hasTranslation(word) { lemmas += 1 }
    }
    // lookup throughput: resolve words to keys
    let rounds = max(1, 200_000 / max(words.count, 1))
    var found = 0
    var clock = Date()
    for _ in 0..<rounds { for word in words where index.sourceKey(for: word) != nil { found += 1 } }
    let lookups = Double(rounds * words.count) / Date().timeIntervalSince(clock)
    // pair queries on resolved keys
    let keys = words.compactMap { index.sourceKey(for: $0) }
    let targets = ["army", "man", "the", "president", "war", "country", "people", "to"]
      .compactMap { index.targetKey(for: $0) }
    clock = Date()
    var hits = 0
    let pairRounds = 50
    for _ in 0..<pairRounds {
      for a in keys { for b in targets where index.translates(a, b) { hits += 1 } }
    }
    let pairs = Double(pairRounds * keys.count * targets.count) / Date().timeIntervalSince(clock)
    let report = Report(
      tokens: words.count, exact: exact, withLemmas: lemmas, lexiconEntries: lexicon.count,
      indexSeconds: indexSeconds, lookupsPerSecond: lookups, pairQueriesPerSecond: pairs)
    func percent(_ n: Int) -> String {
      String(format: "%.1f %%", 100 * Double(n) / Double(max(1, words.count)))
    }
    print(
      "lexicon \(sourceLanguage)-\(targetLanguage): \(lexicon.count) entries, index built in \(String(format: "%.3f", indexSeconds)) s"
    )
    print(
      "word tokens: \(words.count)  exact: \(percent(exact))  + lemmas/stems: \(percent(lemmas))")
    print(
      String(
        format: "word lookups: %.0f /s   pair queries: %.0f /s  (%d, %d)", lookups, pairs, found,
        hits))
    return report
  }
}

/// Dictionary coverage of aligned sentence pairs: the share of source content tokens (word
/// tokens with a letter that are not function words of the source lemmatizer) whose lookup
/// keys find an entry with a translation among the target sentence's words.
enum PairCoverageBenchmark {
  /// The measured figures.
  struct Report: Sendable {
    var pairs: Int
    var contentTokens: Int
    var withEntry: Int
    var translated: Int
  }

  /// Measures `lexicon` on sentence pairs and prints one line per figure.
  @discardableResult
  static func run(
    pairs: [(source: String, target: String)], lexicon: Lexicon, sourceLanguage: String,
    targetLanguage: String
  ) -> Report {
    let index = LexiconIndex(
      lexicon: lexicon, sourceLemmatizer: Lemmatizer(language: sourceLanguage),
      targetLemmatizer: Lemmatizer(language: targetLanguage))
    let sourceTokenizer = WordTokenizer(language: sourceLanguage)
    let targetTokenizer = WordTokenizer(language: targetLanguage)
    var report = Report(pairs: pairs.count, contentTokens: 0, withEntry: 0, translated: 0)
    for pair in pairs {
      let targetKeys = Set(
        targetTokenizer.tokens(in: pair.target).filter { $0.kind == .word }
          .compactMap { index.targetKey(for: $0.text) })
      for token in sourceTokenizer.tokens(in: pair.source) where token.kind == .word {
        let folded = index.sourceLemmatizer.fold(token.text)
        guard folded.contains(where: \.isLetter), !index.sourceLemmatizer.isFunctionWord(folded)
        else { continue }
        report.contentTokens += 1
        guard let key = index.sourceKey(for: token.text) else { continue }
        report.withEntry += 1
        let found = index.translations(of: key).contains { translation in
          translation.target.split(separator: " ").contains { part in
            index.targetKey(for: String(part)).map(targetKeys.contains) ?? false
          }
        }
        if found { report.translated += 1 }
      }
    }
    func percent(_ n: Int) -> String {
      String(format: "%.1f %%", 100 * Double(n) / Double(max(1, report.contentTokens)))
    }
    print(
      "\(report.pairs) sentence pairs, \(report.contentTokens) \(sourceLanguage) content tokens:"
        + " with an entry \(percent(report.withEntry)),"
        + " translated in the \(targetLanguage) sentence \(percent(report.translated))")
    return report
  }
}
