/// The cells a banded dynamic program visits: for each source position `i` in `0...n`, the
/// target positions `lower[i]...upper[i]`. Both bounds never decrease with `i`, so memory is
/// the sum of the row widths: O(n · W).
struct AlignmentBand: Sendable {
  /// First target position of each row.
  var lower: [Int]
  /// Last target position of each row.
  var upper: [Int]
  /// Offset of each row's first cell in flat storage.
  var offsets: [Int]
  /// Total number of cells.
  var cellCount: Int

  init(lower: [Int], upper: [Int]) {
    self.lower = lower
    self.upper = upper
    var offsets: [Int] = []
    offsets.reserveCapacity(lower.count)
    var total = 0
    for (lo, hi) in zip(lower, upper) {
      offsets.append(total)
      total += max(0, hi - lo + 1)
    }
    self.offsets = offsets
    self.cellCount = total
  }

  /// A band of half-width `width` around the straight line from `(0, 0)` to `(n, m)`.
  static func diagonal(sourceCount n: Int, targetCount m: Int, width: Int) -> AlignmentBand {
    var lower: [Int] = []
    var upper: [Int] = []
    for i in 0...n {
      let center = n == 0 ? 0 : i * m / n
      let next = n == 0 ? m : min(m, (i + 1) * m / n)
      lower.append(max(0, center - width))
      upper.append(min(m, max(next, center) + width))
    }
    if n == 0 { upper[0] = m }
    return AlignmentBand(lower: lower, upper: upper)
  }

  /// A band of half-width `width` around a path of bead corners `(i, j)` from `(0, 0)` to `(n, m)`.
  static func around(
    path: [(i: Int, j: Int)], sourceCount n: Int, targetCount m: Int, width: Int
  ) -> AlignmentBand {
    var low = [Int](repeating: Int.max, count: n + 1)
    var high = [Int](repeating: Int.min, count: n + 1)
    var previous = (i: 0, j: 0)
    for point in path {
      for row in previous.i...point.i {
        low[row] = min(low[row], previous.j)
        high[row] = max(high[row], point.j)
      }
      previous = point
    }
    low[0] = min(low[0], 0)
    high[0] = max(high[0], 0)
    for row in 1...max(1, n) where row <= n {
      if low[row] == Int.max { low[row] = low[row - 1] }
      if high[row] == Int.min { high[row] = high[row - 1] }
    }
    let lower = low.map { max(0, $0 - width) }
    let upper = high.map { min(m, $0 + width) }
    return AlignmentBand(lower: lower, upper: upper)
  }

  /// The flat index of cell `(i, j)`, or `nil` outside the band.
  @inline(__always)
  func index(_ i: Int, _ j: Int) -> Int? {
    guard i >= 0, i < lower.count, j >= lower[i], j <= upper[i] else { return nil }
    return offsets[i] + j - lower[i]
  }

  /// Whether a path touches the band's edge where the band could still grow.
  func isTouchedEdge(by path: [(i: Int, j: Int)], targetCount m: Int) -> Bool {
    path.contains { point in
      (point.j == lower[point.i] && lower[point.i] > 0)
        || (point.j == upper[point.i] && upper[point.i] < m)
    }
  }
}
