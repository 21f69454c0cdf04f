import BitextText

/// Which words of a source sentence a target sentence covers, and the reverse, for every
/// sentence pair a band's beads can join, as 64-bit masks over each sentence's words (a
/// sentence keeps at most 64 words, see ``SideFeatures``). A bead's similarity then costs
/// a few OR operations instead of set lookups for each of its words.
///
/// The masks are filled from an inverted index of the target side (key → the target sentences
/// having it, in order): each key of a source sentence visits only the target sentences of its
/// band row that share it, so the work grows with the matches, not with the pairs. Rows are
/// filled in parallel; each row's masks depend on that row only.
struct PairCoverage: Sendable {
  private let source: SideFeatures
  private let target: SideFeatures
  private let lower: [Int]
  private let upper: [Int]
  private let offsets: [Int]
  /// Per pair, bit `w` of the low word set: word `w` of the source sentence has a match in the
  /// target sentence; the high word likewise for the target sentence's words.
  private var masks: [(source: UInt64, target: UInt64)]

  init(
    source: SideFeatures, target: SideFeatures, band: AlignmentBand, maximumSourceSize: Int,
    work: ParallelWork = ParallelWork(threads: 1)
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
    let postings = Postings(target)
    masks = [(source: UInt64, target: UInt64)](
      unsafeUninitializedCapacity: total
    ) { buffer, initialized in
      let cells = UncheckedBox(buffer.baseAddress!)
      work.forEachChunk(of: 0..<n) { rows in
        for s in rows where lower[s] <= upper[s] {
          let lo = lower[s]
          let hi = upper[s]
          let row = cells.value + offsets[s] - lo
          (row + lo).initialize(repeating: (0, 0), count: hi - lo + 1)
          for index in source.keyRange(s) {
            let sourceMask = source.keyMasks[index]
            postings.forEach(key: source.keys[index], from: lo, through: hi) { t, targetMask in
              row[t].source |= sourceMask
              row[t].target |= targetMask
            }
          }
        }
      }
      initialized = total
    }
    self.source = source
    self.target = target
    self.lower = lower
    self.upper = upper
    self.offsets = offsets
  }

  /// The masks of pair `(s, t)`, computed on the spot when outside the precomputed range.
  @inline(__always)
  func masks(_ s: Int, _ t: Int) -> (source: UInt64, target: UInt64) {
    if t >= lower[s] && t <= upper[s] {
      return masks[offsets[s] + t - lower[s]]
    }
    return SideFeatures.masks(s, of: source, t, of: target)
  }

  /// Key → the target sentences having it, in increasing order, with the mask of their words
  /// that have it; stored flat (compressed rows).
  private struct Postings {
    var starts: [Int]
    var sentences: [Int32]
    var masks: [UInt64]

    init(_ target: SideFeatures) {
      let keyCount = Int(target.keys.max() ?? -1) + 1
      var starts = [Int](repeating: 0, count: keyCount + 1)
      for key in target.keys { starts[Int(key) + 1] += 1 }
      for k in 0..<keyCount { starts[k + 1] += starts[k] }
      var fill = starts
      var sentences = [Int32](repeating: 0, count: starts[keyCount])
      var masks = [UInt64](repeating: 0, count: starts[keyCount])
      for t in 0..<target.count {
        for index in target.keyRange(t) {
          let key = Int(target.keys[index])
          let slot = fill[key]
          sentences[slot] = Int32(t)
          masks[slot] = target.keyMasks[index]
          fill[key] = slot + 1
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
