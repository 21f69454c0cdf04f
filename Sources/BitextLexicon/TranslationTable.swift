/// Word translation probabilities learned by ``IBMModel1``: t(target | source) for the word
/// pairs that co-occur in the training sentences.
public struct TranslationTable: Sendable {
  /// The source words, in first-seen order; index 0 is the empty word (`""`) when the model
  /// used one.
  public let sourceWords: [String]
  /// The target words, in first-seen order.
  public let targetWords: [String]
  /// How many sentences each source word occurs in.
  public let sourceCounts: [Int]
  /// How many sentences each target word occurs in.
  public let targetCounts: [Int]
  let probabilities: [UInt64: Double]

  init(
    sourceWords: [String], targetWords: [String], sourceCounts: [Int], targetCounts: [Int],
    probabilities: [UInt64: Double]
  ) {
    self.sourceWords = sourceWords
    self.targetWords = targetWords
    self.sourceCounts = sourceCounts
    self.targetCounts = targetCounts
    self.probabilities = probabilities
  }

  /// The number of word pairs with a probability.
  public var count: Int { probabilities.count }

  /// t(target | source); 0 for words or pairs never seen together.
  public func probability(of target: String, given source: String) -> Double {
    guard let s = sourceWords.firstIndex(of: source), let t = targetWords.firstIndex(of: target)
    else { return 0 }
    return probabilities[Self.key(s, t)] ?? 0
  }

  /// Every pair with its probability, sorted by source, then best first, then target.
  public var pairs: [(source: String, target: String, probability: Double)] {
    probabilities.map { (key, p) in
      (sourceWords[Int(key >> 32)], targetWords[Int(key & 0xFFFF_FFFF)], p)
    }
    .filter { !$0.0.isEmpty }
    .sorted {
      $0.0 != $1.0 ? $0.0 < $1.0 : ($0.2 != $1.2 ? $0.2 > $1.2 : $0.1 < $1.1)
    }
  }

  /// Lexicon entries from the table: pairs whose probability reaches `minimumProbability`,
  /// both words seen in at least `minimumCount` sentences, at most `maximumPerWord` per source
  /// word (best first); the weight is the probability.
  public func entries(
    minimumProbability: Double = 0.1, minimumCount: Int = 2, maximumPerWord: Int = 5,
    provenance: String = "induced"
  ) -> [LexiconEntry] {
    var result: [LexiconEntry] = []
    var perSource: [Int: Int] = [:]
    let sourceIndex = Dictionary(
      sourceWords.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    let targetIndex = Dictionary(
      targetWords.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    for pair in pairs where pair.probability >= minimumProbability {
      let s = sourceIndex[pair.source]!
      let t = targetIndex[pair.target]!
      guard sourceCounts[s] >= minimumCount, targetCounts[t] >= minimumCount,
        perSource[s, default: 0] < maximumPerWord
      else { continue }
      perSource[s, default: 0] += 1
      result.append(
        LexiconEntry(
          source: pair.source, target: pair.target, weight: pair.probability,
          provenance: provenance))
    }
    return result
  }

  /// A lexicon made of ``entries(minimumProbability:minimumCount:maximumPerWord:provenance:)``.
  public func lexicon(
    sourceLanguage: String, targetLanguage: String, minimumProbability: Double = 0.1,
    minimumCount: Int = 2, maximumPerWord: Int = 5, provenance: String = "induced"
  ) -> Lexicon {
    Lexicon(
      sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
      entries: entries(
        minimumProbability: minimumProbability, minimumCount: minimumCount,
        maximumPerWord: maximumPerWord, provenance: provenance))
  }

  /// Combines a source → target table with a target → source table trained on the same
  /// sentences: each pair gets the geometric mean √(t(e|f) · t(f|e)), which keeps only pairs
  /// both directions agree on.
  public static func combining(forward: TranslationTable, backward: TranslationTable)
    -> TranslationTable
  {
    let backSource = Dictionary(
      backward.sourceWords.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    let backTarget = Dictionary(
      backward.targetWords.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    var combined: [UInt64: Double] = [:]
    for (key, p) in forward.probabilities {
      let s = forward.sourceWords[Int(key >> 32)]
      let t = forward.targetWords[Int(key & 0xFFFF_FFFF)]
      guard !s.isEmpty, let bs = backSource[t], let bt = backTarget[s],
        let q = backward.probabilities[Self.key(bs, bt)]
      else { continue }
      let value = (p * q).squareRoot()
      if value > 0 { combined[key] = value }
    }
    return TranslationTable(
      sourceWords: forward.sourceWords, targetWords: forward.targetWords,
      sourceCounts: forward.sourceCounts, targetCounts: forward.targetCounts,
      probabilities: combined)
  }

  static func key(_ source: Int, _ target: Int) -> UInt64 {
    UInt64(source) << 32 | UInt64(target)
  }
}
