/// The length-only pass's bead costs (``BeadCosts/lengthCost(_:_:_:)``), row by row.
struct LengthCostRows: BeadCostRows {
  let costs: BeadCosts

  func fill(
    row i: Int, band: AlignmentBand, shapes: [BeadShape], into out: UnsafeMutablePointer<Double>
  ) {
    let lo = band.lower[i]
    let hi = band.upper[i]
    let shapeCount = shapes.count
    for (k, shape) in shapes.enumerated() where i + shape.source < band.lower.count {
      let endRow = i + shape.source
      let first = max(lo, band.lower[endRow] - shape.target)
      let last = min(hi, band.upper[endRow] - shape.target)
      guard first <= last else { continue }
      costs.lengthCosts(
        shape, row: i, columns: first...last, into: out + (first - lo) * shapeCount + k,
        stride: shapeCount)
    }
  }
}
