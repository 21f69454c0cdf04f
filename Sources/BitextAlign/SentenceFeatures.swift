import BitextText
import Foundation

/// What the aligner knows of one sentence: its length and its matchable words.
struct SentenceFeatures: Sendable {
  /// Length in characters (Unicode scalars, white space excluded).
  var length: Double
  /// The most words kept per sentence (the first ones), so that word sets fit a 64-bit mask.
  static let maximumWords = 64
  /// Distinct words with their match keys and IDF weights (at most ``maximumWords``).
  var words: [Word]
  /// Every key of every word, for membership tests from the other side.
  var keySet: Set<Int32>
  /// The sum of the word weights.
  var totalWeight: Double

  struct Word: Sendable {
    var keys: [Int32]
    var weight: Double
  }
}

/// Builds ``SentenceFeatures`` for both sides, interning every key into one integer space.
struct FeatureExtractor {
  let configuration: AlignerConfiguration
  let evidence: (any TranslationEvidence)?
  private var interned: [String: Int32] = [:]

  init(configuration: AlignerConfiguration, evidence: (any TranslationEvidence)?) {
    self.configuration = configuration
    self.evidence = evidence
  }

  private mutating func intern(_ key: String) -> Int32 {
    if let id = interned[key] { return id }
    let id = Int32(interned.count)
    interned[key] = id
    return id
  }

  /// Features of one side. `isSource` selects which direction of the evidence applies.
  mutating func features(
    of sentences: [String], language: String, isSource: Bool
  ) -> [SentenceFeatures] {
    let tokenizer = WordTokenizer(language: language)
    var cache: [String: [Int32]] = [:]
    var documentFrequency: [String: Int] = [:]
    var perSentence: [[(String, [Int32])]] = []
    perSentence.reserveCapacity(sentences.count)
    for sentence in sentences {
      var seen: Set<String> = []
      var words: [(String, [Int32])] = []
      for token in tokenizer.tokens(in: sentence) where token.kind != .symbol {
        if token.text.hasSuffix("'") || token.text.hasSuffix("\u{2019}") { continue }  // elided article
        let folded = token.text.lowercased()
        guard words.count < SentenceFeatures.maximumWords, seen.insert(folded).inserted else {
          continue
        }
        let keys: [Int32]
        if let cached = cache[folded] {
          keys = cached
        } else {
          keys = matchKeys(token: token, folded: folded, isSource: isSource)
          cache[folded] = keys
        }
        words.append((folded, keys))
        documentFrequency[folded, default: 0] += 1
      }
      perSentence.append(words)
    }
    let count = Double(max(1, sentences.count))
    var result: [SentenceFeatures] = []
    result.reserveCapacity(sentences.count)
    for (sentence, words) in zip(sentences, perSentence) {
      var featureWords: [SentenceFeatures.Word] = []
      var keySet: Set<Int32> = []
      var total = 0.0
      for (folded, keys) in words {
        let weight = log(1 + count / Double(documentFrequency[folded] ?? 1))
        featureWords.append(SentenceFeatures.Word(keys: keys, weight: weight))
        keySet.formUnion(keys)
        total += weight
      }
      let length = Double(sentence.unicodeScalars.count { !$0.properties.isWhitespace })
      result.append(
        SentenceFeatures(length: length, words: featureWords, keySet: keySet, totalWeight: total))
    }
    return result
  }

  /// The match keys of a word: translation keys (`t:`), and for Latin-script words a cognate
  /// key (`c:`): the number itself, or the first letters of a long enough word, accents removed.
  private mutating func matchKeys(token: Token, folded: String, isSource: Bool) -> [Int32] {
    var keys: [Int32] = []
    if let evidence, token.kind == .word {
      let found =
        isSource
        ? evidence.translationKeys(ofSource: token.text) : evidence.keys(ofTarget: token.text)
      for key in Set(found).sorted() { keys.append(intern("t:" + key)) }
    }
    if configuration.usesCognates {
      if token.kind == .number {
        keys.append(intern("c:" + folded.filter(\.isNumber)))
      } else if folded.count >= configuration.cognatePrefixLength,
        folded.unicodeScalars.allSatisfy({ $0.value < 0x250 })
      {
        let bare = folded.folding(options: .diacriticInsensitive, locale: nil)
        keys.append(intern("c:" + String(bare.prefix(configuration.cognatePrefixLength))))
      }
    }
    return keys
  }
}
