/// The full pass's bead costs (``BeadCosts/fullCost(_:_:_:coverage:)``), row by row: at each
/// start cell, the pair masks and the matched weights that several shapes share are computed
/// once. The sums are taken in the same order as bead by bead, so the costs are the same.
struct FullCostRows: BeadCostRows {
  let costs: BeadCosts
  let coverage: PairCoverage
  /// The most source and target sentences of a bead.
  private let reach: (source: Int, target: Int)
  /// For each source offset `s`, the most target sentences of a shape with more than `s`
  /// source sentences (the prefix ORs of row `s` the shapes need); likewise for targets.
  private let sourceNeeds: [Int]
  private let targetNeeds: [Int]

  init(costs: BeadCosts, coverage: PairCoverage, shapes: [BeadShape]) {
    self.costs = costs
    self.coverage = coverage
    let maximumSource = shapes.map(\.source).max() ?? 0
    let maximumTarget = shapes.map(\.target).max() ?? 0
    reach = (maximumSource, maximumTarget)
    sourceNeeds = (0..<maximumSource).map { s in
      shapes.filter { $0.source > s }.map(\.target).max() ?? 0
    }
    targetNeeds = (0..<maximumTarget).map { t in
      shapes.filter { $0.target > t }.map(\.source).max() ?? 0
    }
  }

  func fill(
    row i: Int, band: AlignmentBand, shapes: [BeadShape], into out: UnsafeMutablePointer<Double>
  ) {
    let lo = band.lower[i]
    let hi = band.upper[i]
    let n = band.lower.count - 1
    let m = costs.target.count
    let shapeCount = shapes.count
    let (reachA, reachB) = reach
    let source = costs.source
    let target = costs.target
    let minimumWords = costs.configuration.unsupportedMergeMinimumWords
    // Prefix ORs and their weights: source offset s with its first b targets at
    // s * (reachB + 1) + b; target offset t with its first a sources at t * (reachA + 1) + a.
    let sourceStride = reachB + 1
    let targetStride = reachA + 1
    // The length costs first, in place; the similarity terms are added to them below.
    LengthCostRows(costs: costs).fill(row: i, band: band, shapes: shapes, into: out)
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: reachA * sourceStride) { sourceOr in
      withUnsafeTemporaryAllocation(of: UInt64.self, capacity: reachB * targetStride) { targetOr in
        withUnsafeTemporaryAllocation(of: Double.self, capacity: reachA * sourceStride) {
          sourceWeight in
          withUnsafeTemporaryAllocation(of: Double.self, capacity: reachB * targetStride) {
            targetWeight in
            let rows = min(reachA, n - i)
            for j in lo...hi {
              let columns = min(reachB, m - j)
              for t in 0..<columns { targetOr[t * targetStride] = 0 }
              for t in 0..<columns { targetWeight[t * targetStride] = 0 }
              // A prefix OR that gains no word keeps the weight of the one before.
              for s in 0..<rows {
                var sourceMask: UInt64 = 0
                var weight = 0.0
                let needed = min(sourceNeeds[s], columns)
                for t in 0..<needed {
                  let masks = coverage.masks(i + s, j + t)
                  if masks.source & ~sourceMask != 0 {
                    sourceMask |= masks.source
                    weight = source.weight(of: sourceMask, in: i + s)
                  }
                  sourceOr[s * sourceStride + t + 1] = sourceMask
                  sourceWeight[s * sourceStride + t + 1] = weight
                  if s < targetNeeds[t] {
                    let previous = targetOr[t * targetStride + s]
                    let mask = previous | masks.target
                    targetOr[t * targetStride + s + 1] = mask
                    targetWeight[t * targetStride + s + 1] =
                      mask == previous
                      ? targetWeight[t * targetStride + s] : target.weight(of: mask, in: j + t)
                  }
                }
              }
              for (k, shape) in shapes.enumerated() {
                let a = shape.source
                let b = shape.target
                let endRow = i + a
                guard endRow <= n, j + b >= band.lower[endRow], j + b <= band.upper[endRow] else {
                  continue
                }
                var sums = SimilaritySums(minimumWords: minimumWords)
                if a > 0 && b > 0 {
                  let countsUnsupported = a + b > 2
                  for s in 0..<a {
                    sums.add(
                      i + s, of: source, mask: sourceOr[s * sourceStride + b],
                      weight: sourceWeight[s * sourceStride + b],
                      countsUnsupported: countsUnsupported)
                  }
                  for t in 0..<b {
                    sums.add(
                      j + t, of: target, mask: targetOr[t * targetStride + a],
                      weight: targetWeight[t * targetStride + a],
                      countsUnsupported: countsUnsupported)
                  }
                }
                let cell = (j - lo) * shapeCount + k
                out[cell] = costs.fullCost(
                  shape, i, j, lengthCost: out[cell], similarity: sums.share,
                  shareSum: sums.shareSum, unsupported: sums.unsupported)
              }
            }
          }
        }
      }
    }
  }
}
