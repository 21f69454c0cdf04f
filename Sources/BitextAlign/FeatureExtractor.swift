import BitextText
import Foundation

/// Builds ``SideFeatures`` for both sides, interning every match key into one integer space.
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

  /// The features of both sides; the key strings of each side's forms are found on
  /// `work`'s threads, then interned in order (source first), so the ids do not depend on them.
  mutating func features(
    source: TokenizedSide, target: TokenizedSide, work: ParallelWork = ParallelWork(threads: 1)
  ) -> (source: SideFeatures, target: SideFeatures) {
    let sides = [source, target]
    let keyStrings = work.map(2) { side in
      sides[side].forms.map { form in
        Self.matchKeys(
          token: form.token, folded: form.folded, isSource: side == 0,
          evidence: evidence, configuration: configuration)
      }
    }
    let sourceKeys = keyStrings[0].map { $0.map { intern($0) } }
    let targetKeys = keyStrings[1].map { $0.map { intern($0) } }
    let built = work.map(2) { side in
      Self.features(of: sides[side], formKeys: side == 0 ? sourceKeys : targetKeys)
    }
    return (built[0], built[1])
  }

  /// Features of one side from its tokens. `isSource` selects which direction of the
  /// evidence applies.
  mutating func features(of side: TokenizedSide, isSource: Bool) -> SideFeatures {
    let formKeys = side.forms.map { form in
      Self.matchKeys(
        token: form.token, folded: form.folded, isSource: isSource, evidence: evidence,
        configuration: configuration
      ).map { intern($0) }
    }
    return Self.features(of: side, formKeys: formKeys)
  }

  /// Features of one side whose forms have the interned keys `formKeys`.
  private static func features(of side: TokenizedSide, formKeys: [[Int32]]) -> SideFeatures {
    var documentFrequency = [Int](repeating: 0, count: side.forms.count)
    for id in side.words { documentFrequency[Int(id)] += 1 }
    let count = Double(max(1, side.count))
    let idf = documentFrequency.map { log(1 + count / Double(max($0, 1))) }
    var wordWeights: [Double] = []
    wordWeights.reserveCapacity(side.words.count)
    var totalWeights: [Double] = []
    var matchableCounts: [Int] = []
    var keyStarts = [0]
    var keys: [Int32] = []
    var keyMasks: [UInt64] = []
    totalWeights.reserveCapacity(side.count)
    matchableCounts.reserveCapacity(side.count)
    keyStarts.reserveCapacity(side.count + 1)
    var keyed: [(key: Int32, mask: UInt64)] = []
    for k in 0..<side.count {
      keyed.removeAll(keepingCapacity: true)
      var total = 0.0
      var matchable = 0
      for (w, id) in side.words[side.wordStarts[k]..<side.wordStarts[k + 1]].enumerated() {
        let weight = idf[Int(id)]
        wordWeights.append(weight)
        total += weight
        let wordKeys = formKeys[Int(id)]
        if !wordKeys.isEmpty { matchable += 1 }
        for key in wordKeys { keyed.append((key, 1 << UInt64(w))) }
      }
      keyed.sort { $0.key < $1.key }
      let start = keys.count
      for (key, mask) in keyed {
        if keys.count > start && keys[keys.count - 1] == key {
          keyMasks[keyMasks.count - 1] |= mask
        } else {
          keys.append(key)
          keyMasks.append(mask)
        }
      }
      keyStarts.append(keys.count)
      totalWeights.append(total)
      matchableCounts.append(matchable)
    }
    func prefix<T: AdditiveArithmetic>(_ values: [T]) -> [T] {
      var sums = [T.zero]
      sums.reserveCapacity(values.count + 1)
      for value in values { sums.append(sums[sums.count - 1] + value) }
      return sums
    }
    return SideFeatures(
      count: side.count, lengthOffsets: prefix(side.lengths),
      questionOffsets: prefix(side.questionMarks),
      exclamationOffsets: prefix(side.exclamationMarks),
      wordStarts: side.wordStarts, wordWeights: wordWeights, totalWeights: totalWeights,
      matchableCounts: matchableCounts, keyStarts: keyStarts, keys: keys, keyMasks: keyMasks)
  }

  /// The match keys of a word: translation keys (`t:`), and for Latin-script words a cognate
  /// key (`c:`): the number itself, or the first letters of a long enough word, accents removed.
  private static func matchKeys(
    token: Token, folded: String, isSource: Bool, evidence: (any TranslationEvidence)?,
    configuration: AlignerConfiguration
  ) -> [String] {
    var keys: [String] = []
    if let evidence, token.kind == .word {
      let found =
        isSource
        ? evidence.translationKeys(ofSource: token.text) : evidence.keys(ofTarget: token.text)
      for key in Set(found).sorted() { keys.append("t:" + key) }
    }
    if configuration.usesCognates {
      if token.kind == .number {
        keys.append("c:" + folded.filter(\.isNumber))
      } else if folded.count >= configuration.cognatePrefixLength,
        folded.unicodeScalars.allSatisfy({ $0.value < 0x250 })
      {
        let bare =
          folded.utf8.allSatisfy { $0 < 0x80 }
          ? folded : folded.folding(options: .diacriticInsensitive, locale: nil)
        keys.append("c:" + String(bare.prefix(configuration.cognatePrefixLength)))
      }
    }
    return keys
  }
}
