import BitextText
import Foundation

/// The posterior probability of each bead of a path: the cost model read as a distribution
/// over all monotone paths (a path's probability proportional to `exp(−cost / temperature)`),
/// restricted to a narrow band around the path, and each bead's share of the paths that go
/// through it (forward–backward in log space). Unlike the path margin, which only compares the
/// beads ending at one cell, this sees every alternative that avoids the bead — a 2-2 bead
/// instead of two 1-1 beads, a deletion instead of a merge.
struct PathPosterior: Sendable {
  /// The half-width of the band around the path.
  var width: Int
  /// The temperature that turns costs into log probabilities.
  var temperature: Double

  /// The posterior of each bead of `beads`, a path from `(0, 0)` to `(n, m)` under `costs`.
  func posteriors<Costs: BeadCostRows>(
    of beads: [Bead], sourceCount n: Int, targetCount m: Int, costs: Costs,
    shapes: [BeadShape], work: ParallelWork
  ) -> [Double] {
    let band = AlignmentBand.around(
      path: beads.map { ($0.source.upperBound, $0.target.upperBound) }, sourceCount: n,
      targetCount: m, width: width)
    let shapeCount = shapes.count
    // The cost of every bead starting in the band, by its start cell, scaled by 1/temperature.
    var scaled = [Float](repeating: .infinity, count: band.cellCount * shapeCount)
    let inverse = 1 / temperature
    scaled.withUnsafeMutableBufferPointer { buffer in
      let out = UncheckedBox(buffer.baseAddress!)
      work.forEachChunk(of: 0..<(n + 1)) { rows in
        var row: [Double] = []
        for i in rows where band.lower[i] <= band.upper[i] {
          let cells = band.upper[i] - band.lower[i] + 1
          row = [Double](repeating: .infinity, count: cells * shapeCount)
          row.withUnsafeMutableBufferPointer {
            costs.fill(row: i, band: band, shapes: shapes, into: $0.baseAddress!)
          }
          let start = out.value + band.offsets[i] * shapeCount
          for j in band.lower[i]...band.upper[i] {
            for (k, shape) in shapes.enumerated()
            where band.index(i + shape.source, j + shape.target) != nil {
              let index = (j - band.lower[i]) * shapeCount + k
              start[index] = Float(row[index] * inverse)
            }
          }
        }
      }
    }
    // Forward: log of the summed probability of the paths from (0, 0) to each cell.
    var forward = [Double](repeating: -.infinity, count: band.cellCount)
    forward[band.index(0, 0)!] = 0
    for i in 0...n where band.lower[i] <= band.upper[i] {
      for j in band.lower[i]...band.upper[i] {
        let cell = band.index(i, j)!
        if i == 0 && j == 0 { continue }
        var sum = LogSum()
        for (k, shape) in shapes.enumerated() {
          guard let start = band.index(i - shape.source, j - shape.target) else { continue }
          sum.add(forward[start] - Double(scaled[start * shapeCount + k]))
        }
        forward[cell] = sum.value
      }
    }
    // Backward: from each cell to (n, m).
    var backward = [Double](repeating: -.infinity, count: band.cellCount)
    backward[band.index(n, m)!] = 0
    for i in stride(from: n, through: 0, by: -1) where band.lower[i] <= band.upper[i] {
      for j in stride(from: band.upper[i], through: band.lower[i], by: -1) {
        let cell = band.index(i, j)!
        if i == n && j == m { continue }
        var sum = LogSum()
        for (k, shape) in shapes.enumerated() {
          guard let end = band.index(i + shape.source, j + shape.target) else { continue }
          sum.add(backward[end] - Double(scaled[cell * shapeCount + k]))
        }
        backward[cell] = sum.value
      }
    }
    let total = forward[band.index(n, m)!]
    return beads.map { bead in
      guard let k = shapes.firstIndex(of: bead.shape),
        let start = band.index(bead.source.lowerBound, bead.target.lowerBound),
        let end = band.index(bead.source.upperBound, bead.target.upperBound)
      else { return 0 }
      let cost = Double(scaled[start * shapeCount + k])
      return min(1, exp(forward[start] - cost + backward[end] - total))
    }
  }

  /// log Σ exp(terms), −∞ for none.
  static func logSum(_ terms: [Double]) -> Double {
    var sum = LogSum()
    for term in terms { sum.add(term) }
    return sum.value
  }
}

/// A running `log Σ exp(xᵢ)` that never overflows: the sum is kept relative to the largest
/// term so far. Terms of −∞ (and NaN, from an impossible bead) add nothing.
struct LogSum {
  private var top = -Double.infinity
  private var scaled = 0.0

  @inline(__always)
  mutating func add(_ x: Double) {
    guard x > -.infinity else { return }
    if x <= top {
      scaled += exp(x - top)
    } else {
      scaled = scaled * exp(top - x) + 1
      top = x
    }
  }

  /// The log of the sum, −∞ for no term.
  var value: Double { top == -.infinity ? -.infinity : top + log(scaled) }
}
