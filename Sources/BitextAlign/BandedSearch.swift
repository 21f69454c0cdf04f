/// Monotone dynamic programming over an ``AlignmentBand``: the cheapest sequence of beads from
/// `(0, 0)` to `(n, m)` under a bead cost function. The search does not know what a cost is.
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

  let shapes: [BeadShape]

  /// The best path, or `nil` when `(n, m)` cannot be reached inside the band.
  /// `cost(shape, i, j)` is the cost of the bead of `shape` *starting* at `(i, j)`; `progress`
  /// hears of every hundredth of the rows.
  func run(
    band: AlignmentBand, sourceCount n: Int, targetCount m: Int,
    progress: ProgressSpan = ProgressSpan(handler: nil),
    cost: (BeadShape, Int, Int) -> Double
  ) -> [Step]? {
    var total = [Double](repeating: .infinity, count: band.cellCount)
    var choice = [UInt8](repeating: UInt8.max, count: band.cellCount)
    var margins = [Float](repeating: 0, count: band.cellCount)
    guard let origin = band.index(0, 0), band.index(n, m) != nil else { return nil }
    total[origin] = 0
    let reportEvery = max(1, n / 100)
    for i in 0...n {
      if i % reportEvery == 0 { progress(Double(i) / Double(max(n, 1))) }
      let lo = band.lower[i]
      let hi = band.upper[i]
      guard lo <= hi else { continue }
      for j in lo...hi {
        let here = band.offsets[i] + j - lo
        if i == 0 && j == 0 { continue }
        var best = Double.infinity
        var second = Double.infinity
        var bestShape = UInt8.max
        for (k, shape) in shapes.enumerated() {
          let pi = i - shape.source
          let pj = j - shape.target
          guard pi >= 0, pj >= 0, let previous = band.index(pi, pj) else { continue }
          let start = total[previous]
          guard start < .infinity else { continue }
          let candidate = start + cost(shape, pi, pj)
          if candidate < best {
            second = best
            best = candidate
            bestShape = UInt8(k)
          } else if candidate < second {
            second = candidate
          }
        }
        total[here] = best
        choice[here] = bestShape
        margins[here] =
          second == .infinity ? Self.maximumMargin : min(Self.maximumMargin, Float(second - best))
      }
    }
    guard let end = band.index(n, m), total[end] < .infinity else { return nil }
    var steps: [Step] = []
    var i = n
    var j = m
    while i > 0 || j > 0 {
      let shape = shapes[Int(choice[band.index(i, j)!])]
      steps.append(Step(shape: shape, end: (i, j), margin: Double(margins[band.index(i, j)!])))
      i -= shape.source
      j -= shape.target
    }
    progress(1)
    return steps.reversed()
  }
}
