/// Which words of a source sentence a target sentence covers, and the reverse, for every
/// sentence pair a band's beads can join, as 64-bit masks over each sentence's words (a
/// sentence keeps at most 64 words, see ``SentenceFeatures``). A bead's similarity then costs
/// a few OR operations instead of set lookups for each of its words.
///
/// The masks are filled from an inverted index of the target side (key → the target sentences
/// having it, in order): each key of a source sentence visits only the target sentences of its
/// band row that share it, so the work grows with the matches, not with the pairs.
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
    lower.reserveCapacity(n)
    upper.reserveCapacity(n)
    offsets.reserveCapacity(n)
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
    let postings = Postings(target)
    for s in 0..<n where lower[s] <= upper[s] {
      let lo = lower[s]
      let hi = upper[s]
      let row = offsets[s] - lo
      let features = source[s]
      for (key, sourceMask) in zip(features.keys, features.keyMasks) {
        postings.forEach(key: key, from: lo, through: hi) { t, targetMask in
          sourceMasks[row + t] |= sourceMask
          targetMasks[row + t] |= targetMask
        }
      }
    }
    self.lower = lower
    self.upper = upper
    self.offsets = offsets
    self.sourceMasks = sourceMasks
    self.targetMasks = targetMasks
  }

  /// The words of each sentence with a key in the other: a merge of the sorted key lists.
  static func masks(
    of source: SentenceFeatures, _ target: SentenceFeatures
  ) -> (source: UInt64, target: UInt64) {
    var a = 0
    var b = 0
    var sourceMask: UInt64 = 0
    var targetMask: UInt64 = 0
    while a < source.keys.count && b < target.keys.count {
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

  /// The masks of pair `(s, t)`, computed on the spot when outside the precomputed range.
  @inline(__always)
  func masks(
    _ s: Int, _ t: Int, source: [SentenceFeatures], target: [SentenceFeatures]
  ) -> (source: UInt64, target: UInt64) {
    if t >= lower[s] && t <= upper[s] {
      let cell = offsets[s] + t - lower[s]
      return (sourceMasks[cell], targetMasks[cell])
    }
    return Self.masks(of: source[s], target[t])
  }

  /// Key → the target sentences having it, in increasing order, with the mask of their words
  /// that have it; stored flat (compressed rows).
  private struct Postings {
    var starts: [Int]
    var sentences: [Int32]
    var masks: [UInt64]

    init(_ target: [SentenceFeatures]) {
      var keyCount = 0
      for sentence in target { keyCount = max(keyCount, Int(sentence.keys.last ?? -1) + 1) }
      var starts = [Int](repeating: 0, count: keyCount + 1)
      for sentence in target {
        for key in sentence.keys { starts[Int(key) + 1] += 1 }
      }
      for k in 0..<keyCount { starts[k + 1] += starts[k] }
      var fill = starts
      var sentences = [Int32](repeating: 0, count: starts[keyCount])
      var masks = [UInt64](repeating: 0, count: starts[keyCount])
      for (t, sentence) in target.enumerated() {
        for (key, mask) in zip(sentence.keys, sentence.keyMasks) {
          let slot = fill[Int(key)]
          sentences[slot] = Int32(t)
          masks[slot] = mask
          fill[Int(key)] = slot + 1
        }
      }
      self.starts = starts
      self.sentences = sentences
      self.masks = masks
    }

    /// Calls `body(t, mask)` for every target sentence `t` in `lo...hi` having `key`.
    @inline(__always)
    func forEach(key: Int32, from lo: Int, through hi: Int, _ body: (Int, UInt64) -> Void) {
      let k = Int(key)
      guard k + 1 < starts.count else { return }
      var low = starts[k]
      var high = starts[k + 1]
      let end = high
      while low < high {
        let middle = (low + high) / 2
        if Int(sentences[middle]) < lo { low = middle + 1 } else { high = middle }
      }
      while low < end {
        let t = Int(sentences[low])
        if t > hi { break }
        body(t, masks[low])
        low += 1
      }
    }
  }
}
