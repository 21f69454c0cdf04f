/// The costs of the beads that start on one row of an ``AlignmentBand``, for
/// ``BandedSearch``: the search asks for each row once and never asks a cost twice.
protocol BeadCostRows: Sendable {
  /// Writes the cost of the bead of `shapes[k]` starting at `(i, j)` to
  /// `out[(j - band.lower[i]) * shapes.count + k]`, for every `j` of row `i` of `band` and every
  /// shape whose bead ends inside the band; other entries are never read.
  func fill(
    row i: Int, band: AlignmentBand, shapes: [BeadShape], into out: UnsafeMutablePointer<Double>)
}

/// Monotone dynamic programming over an ``AlignmentBand``: the cheapest sequence of beads from
/// `(0, 0)` to `(n, m)` under a bead cost function. The search does not know what a cost is.
///
/// Rows are taken in blocks: the costs of the beads starting in a block are computed first,
/// spread over the threads of a ``ParallelWork``, then the block's cells are relaxed in
/// order. Only the block and the rows a bead can reach back keep costs and totals; every cell
/// keeps its best shape (a byte) and, when asked, its margin. The result does not depend on
/// the number of threads.
struct BandedSearch {
  /// One bead of the best path, with its margin over the best alternative bead ending at the
  /// same cell.
  struct Step {
    var shape: BeadShape
    var end: (i: Int, j: Int)
    var margin: Double
  }

  /// The largest margin recorded: beyond it a bead is as sure as it gets.
  static let maximumMargin: Float = 10
  /// Rows whose costs are computed together.
  static let blockRows = 64

  let shapes: [BeadShape]

  /// The best path, or `nil` when `(n, m)` cannot be reached inside the band. `costs` gives
  /// the cost of each bead by its *start*; `progress` hears of every block of rows. Without
  /// `recordsMargins` every step's margin is 0.
  func run<Costs: BeadCostRows>(
    band: AlignmentBand, sourceCount n: Int, targetCount m: Int, costs: Costs,
    work: ParallelWork = ParallelWork(threads: 1), recordsMargins: Bool = true,
    progress: ProgressSpan = ProgressSpan(handler: nil)
  ) -> [Step]? {
    guard band.index(0, 0) != nil, band.index(n, m) != nil, shapes.count < Int(UInt8.max) else {
      return nil
    }
    let shapeCount = shapes.count
    let reach = shapes.map(\.source).max() ?? 0
    var choice = [UInt8](repeating: UInt8.max, count: band.cellCount)
    var margins = [Float](repeating: 0, count: recordsMargins ? band.cellCount : 0)
    func rowEnd(_ row: Int) -> Int { row < band.offsets.count ? band.offsets[row] : band.cellCount }
    // The largest window of rows held at once: a block and the rows before it a bead reaches.
    var windowCells = 0
    for blockStart in stride(from: 0, through: n, by: Self.blockRows) {
      let end = min(n + 1, blockStart + Self.blockRows)
      windowCells = max(windowCells, rowEnd(end) - band.offsets[max(0, blockStart - reach)])
    }
    var totals = [Double](repeating: .infinity, count: windowCells)
    var costBuffer = [Double](repeating: .infinity, count: windowCells * shapeCount)
    var base = 0
    for blockStart in stride(from: 0, through: n, by: Self.blockRows) {
      progress(Double(blockStart) / Double(max(n, 1)))
      let blockEnd = min(n + 1, blockStart + Self.blockRows)
      let windowStart = max(0, blockStart - reach)
      let newBase = band.offsets[windowStart]
      // Keep the rows a bead of this block can start on.
      let carried = band.offsets[blockStart] - newBase
      if carried > 0 && newBase != base {
        let from = newBase - base
        totals.withUnsafeMutableBufferPointer { buffer in
          let start = buffer.baseAddress!
          start.update(from: start + from, count: carried)
        }
        costBuffer.withUnsafeMutableBufferPointer { buffer in
          let start = buffer.baseAddress!
          start.update(from: start + from * shapeCount, count: carried * shapeCount)
        }
      }
      base = newBase
      costBuffer.withUnsafeMutableBufferPointer { buffer in
        let out = UncheckedBox(buffer.baseAddress!)
        work.forEachChunk(of: blockStart..<blockEnd) { rows in
          for row in rows where band.lower[row] <= band.upper[row] {
            costs.fill(
              row: row, band: band, shapes: shapes,
              into: out.value + (band.offsets[row] - base) * shapeCount)
          }
        }
      }
      relax(
        rows: blockStart..<blockEnd, band: band, base: base, totals: &totals,
        costs: costBuffer, choice: &choice, margins: &margins, recordsMargins: recordsMargins)
    }
    guard let end = band.index(n, m), choice[end] != UInt8.max || (n == 0 && m == 0) else {
      return nil
    }
    var steps: [Step] = []
    var i = n
    var j = m
    while i > 0 || j > 0 {
      let cell = band.index(i, j)!
      let shape = shapes[Int(choice[cell])]
      steps.append(
        Step(shape: shape, end: (i, j), margin: recordsMargins ? Double(margins[cell]) : 0))
      i -= shape.source
      j -= shape.target
    }
    progress(1)
    return steps.reversed()
  }

  /// Relaxes the cells of `rows` in order: each takes the cheapest bead ending there.
  /// `totals` and `costs` hold the window of cells from `base` on.
  private func relax(
    rows: Range<Int>, band: AlignmentBand, base: Int, totals: inout [Double], costs: [Double],
    choice: inout [UInt8], margins: inout [Float], recordsMargins: Bool
  ) {
    let shapeCount = shapes.count
    // Per shape, for the current row: where the row its beads start on begins in the window
    // (minus that row's first column), and that row's columns; shapes reaching above row 0
    // get an empty range.
    var startBase = [Int](repeating: 0, count: shapeCount)
    var startLower = [Int](repeating: 0, count: shapeCount)
    var startUpper = [Int](repeating: -1, count: shapeCount)
    let targets = shapes.map(\.target)
    totals.withUnsafeMutableBufferPointer { totals in
      costs.withUnsafeBufferPointer { costs in
        choice.withUnsafeMutableBufferPointer { choice in
          margins.withUnsafeMutableBufferPointer { margins in
            for i in rows {
              let lo = band.lower[i]
              let hi = band.upper[i]
              guard lo <= hi else { continue }
              for k in 0..<shapeCount {
                let pi = i - shapes[k].source
                if pi >= 0 {
                  startBase[k] = band.offsets[pi] - band.lower[pi] - base
                  startLower[k] = band.lower[pi] + targets[k]
                  startUpper[k] = band.upper[pi] + targets[k]
                } else {
                  startLower[k] = 1
                  startUpper[k] = 0
                }
              }
              let rowStart = band.offsets[i] - lo
              for j in lo...hi {
                let here = rowStart + j
                if i == 0 && j == 0 {
                  totals[here - base] = 0
                  continue
                }
                var best = Double.infinity
                var second = Double.infinity
                var bestShape = UInt8.max
                for k in 0..<shapeCount where j >= startLower[k] && j <= startUpper[k] {
                  let start = startBase[k] + j - targets[k]
                  let startTotal = totals[start]
                  guard startTotal < .infinity else { continue }
                  let candidate = startTotal + costs[start * shapeCount + k]
                  if candidate < best {
                    second = best
                    best = candidate
                    bestShape = UInt8(k)
                  } else if candidate < second {
                    second = candidate
                  }
                }
                totals[here - base] = best
                choice[here] = bestShape
                if recordsMargins {
                  margins[here] =
                    second == .infinity
                    ? Self.maximumMargin : min(Self.maximumMargin, Float(second - best))
                }
              }
            }
          }
        }
      }
    }
  }
}
