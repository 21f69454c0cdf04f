/// Which words of a source sentence a target sentence covers, and the reverse, for every
/// sentence pair a band's beads can join, as 64-bit masks over each sentence's words (a
/// sentence keeps at most 64 words, see ``SentenceFeatures``). A bead's similarity then costs
/// a few OR operations instead of set lookups for each of its words.
struct PairCoverage: Sendable {
  private let lower: [Int]
  private let upper: [Int]
  private let offsets: [Int]
  /// Bit `w` set: word `w` of the source sentence has a match in the target sentence.
  private var sourceMasks: [UInt64]
  /// Bit `w` set: word `w` of the target sentence has a match in the source sentence.
  private var targetMasks: [UInt64]

  init(
    source: [SentenceFeatures], target: [SentenceFeatures], band: AlignmentBand,
    maximumSourceSize: Int
  ) {
    let n = source.count
    let m = target.count
    var lower: [Int] = []
    var upper: [Int] = []
    var offsets: [Int] = []
    var total = 0
    for s in 0..<n {
      let lo = band.lower[max(0, s - maximumSourceSize + 1)]
      let hi = min(m - 1, band.upper[min(n, s + maximumSourceSize)])
      lower.append(lo)
      upper.append(hi)
      offsets.append(total)
      total += max(0, hi - lo + 1)
    }
    var sourceMasks = [UInt64](repeating: 0, count: total)
    var targetMasks = [UInt64](repeating: 0, count: total)
    for s in 0..<n where lower[s] <= upper[s] {
      for t in lower[s]...upper[s] {
        let cell = offsets[s] + t - lower[s]
        sourceMasks[cell] = Self.mask(of: source[s], in: target[t])
        targetMasks[cell] = Self.mask(of: target[t], in: source[s])
      }
    }
    self.lower = lower
    self.upper = upper
    self.offsets = offsets
    self.sourceMasks = sourceMasks
    self.targetMasks = targetMasks
  }

  /// The words of `sentence` with a key in `other`.
  static func mask(of sentence: SentenceFeatures, in other: SentenceFeatures) -> UInt64 {
    var mask: UInt64 = 0
    for (w, word) in sentence.words.enumerated()
    where word.keys.contains(where: other.keySet.contains) {
      mask |= 1 << UInt64(w)
    }
    return mask
  }

  /// The masks of pair `(s, t)`, computed on the spot when outside the precomputed range.
  @inline(__always)
  func masks(
    _ s: Int, _ t: Int, source: [SentenceFeatures], target: [SentenceFeatures]
  ) -> (source: UInt64, target: UInt64) {
    if t >= lower[s] && t <= upper[s] {
      let cell = offsets[s] + t - lower[s]
      return (sourceMasks[cell], targetMasks[cell])
    }
    return (Self.mask(of: source[s], in: target[t]), Self.mask(of: target[t], in: source[s]))
  }
}
