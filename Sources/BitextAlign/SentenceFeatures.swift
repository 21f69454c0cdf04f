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
  /// Every key of every word, sorted, without repeats.
  var keys: [Int32]
  /// For each entry of ``keys``, the words (bit `w` for word `w`) that have that key.
  var keyMasks: [UInt64]
  /// The sum of the word weights.
  var totalWeight: Double
  /// How many of ``words`` have at least one match key.
  var matchableCount: Int = 0
  /// Question marks (`?`, `¿`) in the sentence.
  var questionMarks: Int = 0
  /// Exclamation marks (`!`, `¡`) in the sentence.
  var exclamationMarks: Int = 0

  /// Whether some word of the sentence has `key` (binary search in ``keys``).
  func hasKey(_ key: Int32) -> Bool {
    var low = 0
    var high = keys.count
    while low < high {
      let middle = (low + high) / 2
      if keys[middle] < key { low = middle + 1 } else { high = middle }
    }
    return low < keys.count && keys[low] == key
  }

  struct Word: Sendable {
    var keys: [Int32]
    var weight: Double
  }
}

/// The tokens of one side that can carry evidence: distinct per sentence (by lower-cased
/// form), at most ``SentenceFeatures/maximumWords``, symbols and elided articles left out.
/// Tokenizing is the slowest step of feature extraction on long texts (a third of the time).
struct TokenizedSide: Sendable {
  /// The sentences.
  var sentences: [String]
  /// Per sentence: each kept token with its lower-cased form.
  var tokens: [[(token: Token, folded: String)]]

  init(_ sentences: [String], language: String) {
    let tokenizer = WordTokenizer(language: language)
    self.sentences = sentences
    tokens = sentences.map { sentence in
      var seen: Set<String> = []
      var kept: [(token: Token, folded: String)] = []
      for token in tokenizer.tokens(in: sentence) where token.kind != .symbol {
        // an elided article
        if token.text.hasSuffix("'") || token.text.hasSuffix("\u{2019}") { continue }
        let folded = token.text.lowercased()
        guard kept.count < SentenceFeatures.maximumWords, seen.insert(folded).inserted else {
          continue
        }
        kept.append((token, folded))
      }
      return kept
    }
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

  /// Features of one side from its tokens. `isSource` selects which direction of the
  /// evidence applies.
  mutating func features(of side: TokenizedSide, isSource: Bool) -> [SentenceFeatures] {
    let sentences = side.sentences
    var cache: [String: [Int32]] = [:]
    var documentFrequency: [String: Int] = [:]
    var perSentence: [[(String, [Int32])]] = []
    perSentence.reserveCapacity(sentences.count)
    for tokens in side.tokens {
      var words: [(String, [Int32])] = []
      for (token, folded) in tokens {
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
      featureWords.reserveCapacity(words.count)
      var keyed: [(key: Int32, mask: UInt64)] = []
      var total = 0.0
      for (w, (folded, keys)) in words.enumerated() {
        let weight = log(1 + count / Double(documentFrequency[folded] ?? 1))
        featureWords.append(SentenceFeatures.Word(keys: keys, weight: weight))
        for key in keys { keyed.append((key, 1 << UInt64(w))) }
        total += weight
      }
      keyed.sort { $0.key < $1.key }
      var keys: [Int32] = []
      var keyMasks: [UInt64] = []
      for (key, mask) in keyed {
        if keys.last == key {
          keyMasks[keyMasks.count - 1] |= mask
        } else {
          keys.append(key)
          keyMasks.append(mask)
        }
      }
      result.append(
        SentenceFeatures(
          length: Self.length(of: sentence), words: featureWords, keys: keys, keyMasks: keyMasks,
          totalWeight: total, matchableCount: featureWords.count { !$0.keys.isEmpty },
          questionMarks: sentence.unicodeScalars.count { $0 == "?" || $0 == "¿" },
          exclamationMarks: sentence.unicodeScalars.count { $0 == "!" || $0 == "¡" }))
    }
    return result
  }

  /// Length in Unicode scalars, white space excluded (ASCII white space tested directly).
  static func length(of sentence: String) -> Double {
    var count = 0
    for scalar in sentence.unicodeScalars {
      if scalar.isASCII {
        if scalar != " " && scalar != "\t" && scalar != "\n" && scalar != "\r"
          && scalar != "\u{0B}" && scalar != "\u{0C}"
        {
          count += 1
        }
      } else if !scalar.properties.isWhitespace {
        count += 1
      }
    }
    return Double(count)
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
