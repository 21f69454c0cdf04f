import BitextText

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

  /// Relaxes the cells of `rows` in order: each takes the cheapest bead ending there (the
  /// first shape in order among equally cheap ones) and keeps its margin over the next
  /// cheapest. `totals` and `costs` hold the window of cells from `base` on.
  ///
  /// A row is taken shape by shape for the shapes that start on earlier rows (a loop without
  /// branches over the row's columns), then column by column for the shapes that start on
  /// the same row (they need the row's own totals); the order does not change the result.
  private func relax(
    rows: Range<Int>, band: AlignmentBand, base: Int, totals: inout [Double], costs: [Double],
    choice: inout [UInt8], margins: inout [Float], recordsMargins: Bool
  ) {
    let shapeCount = shapes.count
    let targets = shapes.map(\.target)
    let earlier = shapes.indices.filter { shapes[$0].source > 0 }
    let sameRow = shapes.indices.filter { shapes[$0].source == 0 }
    let width = rows.map { band.upper[$0] - band.lower[$0] + 1 }.max() ?? 0
    var best = [Double](repeating: .infinity, count: max(0, width))
    var second = best
    // the shape indices as Doubles, to be selected with the costs; 255 for none
    var bestShape = [Double](repeating: 255, count: max(0, width))
    totals.withUnsafeMutableBufferPointer { totals in
      costs.withUnsafeBufferPointer { costs in
        choice.withUnsafeMutableBufferPointer { choice in
          margins.withUnsafeMutableBufferPointer { margins in
            best.withUnsafeMutableBufferPointer { best in
              second.withUnsafeMutableBufferPointer { second in
                bestShape.withUnsafeMutableBufferPointer { bestShape in
                  for i in rows {
                    let lo = band.lower[i]
                    let hi = band.upper[i]
                    guard lo <= hi else { continue }
                    let count = hi - lo + 1
                    best.baseAddress!.update(repeating: .infinity, count: count)
                    second.baseAddress!.update(repeating: .infinity, count: count)
                    bestShape.baseAddress!.update(repeating: 255, count: count)
                    for k in earlier {
                      let pi = i - shapes[k].source
                      guard pi >= 0 else { continue }
                      let b = targets[k]
                      let first = max(lo, band.lower[pi] + b)
                      let last = min(hi, band.upper[pi] + b)
                      guard first <= last else { continue }
                      // the start cell of the bead ending at (i, j) is at start + j
                      let start = band.offsets[pi] - band.lower[pi] - base - b
                      let shape = Double(k)
                      var j = first
                      // two columns at a time, with selects rather than branches
                      while j < last {
                        let cell = start + j
                        let candidate =
                          UnsafeRawPointer(totals.baseAddress! + cell).loadUnaligned(
                            as: SIMD2<Double>.self)
                          + SIMD2(
                            costs[cell * shapeCount + k], costs[(cell + 1) * shapeCount + k])
                        let x = j - lo
                        let current = UnsafeRawPointer(best.baseAddress! + x).loadUnaligned(
                          as: SIMD2<Double>.self)
                        let runnerUp = UnsafeRawPointer(second.baseAddress! + x).loadUnaligned(
                          as: SIMD2<Double>.self)
                        let shapes = UnsafeRawPointer(bestShape.baseAddress! + x).loadUnaligned(
                          as: SIMD2<Double>.self)
                        let cheaper = candidate .< current
                        UnsafeMutableRawPointer(second.baseAddress! + x).storeBytes(
                          of: runnerUp.replacing(with: candidate, where: candidate .< runnerUp)
                            .replacing(with: current, where: cheaper), as: SIMD2<Double>.self)
                        UnsafeMutableRawPointer(bestShape.baseAddress! + x).storeBytes(
                          of: shapes.replacing(with: shape, where: cheaper),
                          as: SIMD2<Double>.self)
                        UnsafeMutableRawPointer(best.baseAddress! + x).storeBytes(
                          of: current.replacing(with: candidate, where: cheaper),
                          as: SIMD2<Double>.self)
                        j += 2
                      }
                      if j == last {
                        let cell = start + j
                        let candidate = totals[cell] + costs[cell * shapeCount + k]
                        let x = j - lo
                        if candidate < best[x] {
                          second[x] = best[x]
                          bestShape[x] = shape
                          best[x] = candidate
                        } else {
                          second[x] = min(second[x], candidate)
                        }
                      }
                    }
                    let rowStart = band.offsets[i] - lo
                    for j in lo...hi {
                      let here = rowStart + j
                      if i == 0 && j == 0 {
                        totals[here - base] = 0
                        continue
                      }
                      let x = j - lo
                      var cheapest = best[x]
                      var next = second[x]
                      var shape = UInt8(bestShape[x])
                      for k in sameRow where j - targets[k] >= lo {
                        let cell = here - targets[k] - base
                        let candidate = totals[cell] + costs[cell * shapeCount + k]
                        guard candidate < .infinity else { continue }
                        if candidate < cheapest {
                          next = cheapest
                          cheapest = candidate
                          shape = UInt8(k)
                        } else if candidate == cheapest {
                          next = cheapest
                          shape = min(shape, UInt8(k))
                        } else {
                          next = min(next, candidate)
                        }
                      }
                      totals[here - base] = cheapest
                      choice[here] = shape
                      if recordsMargins {
                        margins[here] =
                          next == .infinity
                          ? Self.maximumMargin : min(Self.maximumMargin, Float(next - cheapest))
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
