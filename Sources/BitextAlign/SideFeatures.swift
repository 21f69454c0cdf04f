/// What the aligner knows of one side's sentences, in flat arrays indexed by sentence: lengths,
/// punctuation, and the matchable words with their match keys and IDF weights.
struct SideFeatures: Sendable {
  /// The most words kept per sentence (the first ones), so that word sets fit a 64-bit mask.
  static let maximumWords = 64
  /// The number of sentences.
  var count: Int
  /// Prefix sums of the lengths: `lengthOffsets[k]` is the length of sentences `..<k`.
  var lengthOffsets: [Double]
  /// Prefix counts of question marks, as for the lengths.
  var questionOffsets: [Int]
  /// Prefix counts of exclamation marks, as for the lengths.
  var exclamationOffsets: [Int]
  /// Where each sentence's words start in ``wordWeights``; one more entry than sentences.
  var wordStarts: [Int]
  /// The IDF weight of each word of each sentence, in order.
  var wordWeights: [Double]
  /// The sum of each sentence's word weights.
  var totalWeights: [Double]
  /// How many of each sentence's words have at least one match key.
  var matchableCounts: [Int]
  /// Where each sentence's keys start in ``keys``; one more entry than sentences.
  var keyStarts: [Int]
  /// Every key of every word of each sentence, sorted, without repeats within a sentence.
  var keys: [Int32]
  /// For each entry of ``keys``, the words of its sentence (bit `w` for word `w`) having it.
  var keyMasks: [UInt64]

  /// The length of sentence `k`.
  func length(_ k: Int) -> Double { lengthOffsets[k + 1] - lengthOffsets[k] }

  /// The summed weight of the words of sentence `k` in `mask`.
  @inline(__always)
  func weight(of mask: UInt64, in k: Int) -> Double {
    wordWeights.withUnsafeBufferPointer { weights in
      let base = wordStarts[k]
      var bits = mask
      var sum = 0.0
      while bits != 0 {
        sum += weights[base + bits.trailingZeroBitCount]
        bits &= bits - 1
      }
      return sum
    }
  }

  /// The range of sentence `k`'s entries in ``keys`` and ``keyMasks``.
  func keyRange(_ k: Int) -> Range<Int> { keyStarts[k]..<keyStarts[k + 1] }

  /// Whether some word of sentence `k` has `key`.
  func hasKey(_ key: Int32, in k: Int) -> Bool {
    keys[keyRange(k)].contains(key)
  }

  /// The match keys of word `w` of sentence `k`.
  func keys(ofWord w: Int, in k: Int) -> [Int32] {
    keyRange(k).filter { keyMasks[$0] & (1 << UInt64(w)) != 0 }.map { keys[$0] }
  }

  /// The words of each sentence with a key in the other: a merge of the sorted key lists.
  static func masks(
    _ s: Int, of source: SideFeatures, _ t: Int, of target: SideFeatures
  ) -> (source: UInt64, target: UInt64) {
    var a = source.keyStarts[s]
    var b = target.keyStarts[t]
    let aEnd = source.keyStarts[s + 1]
    let bEnd = target.keyStarts[t + 1]
    var sourceMask: UInt64 = 0
    var targetMask: UInt64 = 0
    while a < aEnd && b < bEnd {
      let x = source.keys[a]
      let y = target.keys[b]
      if x < y {
        a += 1
      } else if y < x {
        b += 1
      } else {
        sourceMask |= source.keyMasks[a]
        targetMask |= target.keyMasks[b]
        a += 1
        b += 1
      }
    }
    return (sourceMask, targetMask)
  }
}
