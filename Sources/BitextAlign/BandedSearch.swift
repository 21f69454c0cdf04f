/// Monotone dynamic programming over an ``AlignmentBand``: the cheapest sequence of beads from
/// `(0, 0)` to `(n, m)` under a bead cost function.
struct BandedSearch {
  /// One bead of the best path, with its cost and its margin over the best alternative bead
  /// ending at the same cell.
  struct Step {
    var shape: BeadShape
    var end: (i: Int, j: Int)
    var cost: Double
    var margin: Double
  }

  let shapes: [BeadShape]

  /// The best path, or `nil` when `(n, m)` cannot be reached inside the band.
  /// `cost(shape, i, j)` is the cost of the bead of `shape` *starting* at `(i, j)`.
  func run(
    band: AlignmentBand, sourceCount n: Int, targetCount m: Int,
    cost: (BeadShape, Int, Int) -> Double
  ) -> [Step]? {
    var total = [Double](repeating: .infinity, count: band.cellCount)
    var choice = [UInt8](repeating: UInt8.max, count: band.cellCount)
    var margins = [Float](repeating: 0, count: band.cellCount)
    guard let origin = band.index(0, 0), band.index(n, m) != nil else { return nil }
    total[origin] = 0
    for i in 0...n {
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
        margins[here] = second == .infinity ? 10 : Float(min(10, second - best))
      }
    }
    guard let end = band.index(n, m), total[end] < .infinity else { return nil }
    var steps: [Step] = []
    var i = n
    var j = m
    while i > 0 || j > 0 {
      let cell = band.index(i, j)!
      let shape = shapes[Int(choice[cell])]
      let previous = band.index(i - shape.source, j - shape.target)!
      steps.append(
        Step(
          shape: shape, end: (i, j), cost: total[cell] - total[previous],
          margin: Double(margins[cell])))
      i -= shape.source
      j -= shape.target
    }
    return steps.reversed()
  }
}
