import BitextText
import Testing

@testable import BitextAlign

@Suite struct BandedSearchTests {
  let shapes = [BeadShape(0, 1), BeadShape(1, 0), BeadShape(1, 1), BeadShape(2, 1)]

  @Test func findsTheCheapestPathAndItsMargins() throws {
    // 1-1 beads cost 1, except that source sentences 1 and 2 are cheaper merged (2-1 costs 0.5).
    let search = BandedSearch(shapes: shapes)
    let band = AlignmentBand.diagonal(sourceCount: 4, targetCount: 3, width: 4)
    let steps = try #require(
      search.run(
        band: band, sourceCount: 4, targetCount: 3,
        costs: BeadCostFunction { shape, i, _ in
          switch (shape.source, shape.target) {
          case (1, 1): return 1
          case (2, 1): return i == 1 ? 0.5 : 5
          default: return 4
          }
        }))
    #expect(steps.map(\.shape) == [BeadShape(1, 1), BeadShape(2, 1), BeadShape(1, 1)])
    #expect(steps.map(\.end.i) == [1, 3, 4])
    #expect(steps.map(\.end.j) == [1, 2, 3])
    // The merge beats the next best way to reach (3, 2) — 1-1 then 1-0, or 1-0 then 1-1 — by
    // 1 + 4 − 0.5 = 4.5.
    #expect(abs(steps[1].margin - 4.5) < 1e-6)
  }

  @Test func unreachableCornersGiveNoPath() {
    let search = BandedSearch(shapes: [BeadShape(1, 1)])
    let band = AlignmentBand.diagonal(sourceCount: 3, targetCount: 2, width: 3)
    #expect(
      search.run(
        band: band, sourceCount: 3, targetCount: 2, costs: BeadCostFunction { _, _, _ in 1 })
        == nil)
  }

  @Test func marginsAreCappedAndProgressEndsAtOne() throws {
    var heard: [Double] = []
    let band = AlignmentBand.diagonal(sourceCount: 2, targetCount: 2, width: 2)
    let steps = try #require(
      BandedSearch(shapes: [BeadShape(1, 1)]).run(
        band: band, sourceCount: 2, targetCount: 2, costs: BeadCostFunction { _, _, _ in 1 },
        progress: ProgressSpan { heard.append($0) }))
    #expect(steps.allSatisfy { $0.margin == Double(BandedSearch.maximumMargin) })
    #expect(heard.last == 1)
  }
}

@Suite struct BandedSearchBlockTests {
  /// Pseudo-random costs that depend only on the bead.
  static func cost(_ shape: BeadShape, _ i: Int, _ j: Int) -> Double {
    var x = UInt64(
      truncatingIfNeeded: i &* 7919 &+ j &* 104_729 &+ shape.source &* 31 &+ shape.target)
    x ^= x >> 13
    x = x &* 0x9E37_79B9_7F4A_7C15
    x ^= x >> 29
    return Double(x % 1000) / 100 + Double(shape.source + shape.target)
  }

  /// The plain dynamic program over the whole grid.
  static func reference(shapes: [BeadShape], n: Int, m: Int) -> (cost: Double, path: [Int]) {
    var total = [[Double]](repeating: [Double](repeating: .infinity, count: m + 1), count: n + 1)
    var choice = [[Int]](repeating: [Int](repeating: -1, count: m + 1), count: n + 1)
    total[0][0] = 0
    for i in 0...n {
      for j in 0...m where i > 0 || j > 0 {
        for (k, shape) in shapes.enumerated() {
          let pi = i - shape.source
          let pj = j - shape.target
          guard pi >= 0, pj >= 0, total[pi][pj] < .infinity else { continue }
          let candidate = total[pi][pj] + cost(shape, pi, pj)
          if candidate < total[i][j] {
            total[i][j] = candidate
            choice[i][j] = k
          }
        }
      }
    }
    var path: [Int] = []
    var (i, j) = (n, m)
    while i > 0 || j > 0 {
      path.append(choice[i][j])
      (i, j) = (i - shapes[choice[i][j]].source, j - shapes[choice[i][j]].target)
    }
    return (total[n][m], path.reversed())
  }

  /// Over several blocks of rows, with a band covering everything, the search finds the plain
  /// program's path, with one thread or several.
  @Test(arguments: [1, 2, 3])
  func blocksAgreeWithThePlainProgram(threads: Int) throws {
    let shapes = SentenceAligner.searchShapes(AlignerConfiguration.defaultShapes)
    let (n, m) = (3 * BandedSearch.blockRows + 17, 2 * BandedSearch.blockRows + 40)
    let band = AlignmentBand.diagonal(sourceCount: n, targetCount: m, width: m)
    let steps = try #require(
      BandedSearch(shapes: shapes).run(
        band: band, sourceCount: n, targetCount: m, costs: BeadCostFunction(cost: Self.cost),
        work: ParallelWork(threads: threads)))
    let expected = Self.reference(shapes: shapes, n: n, m: m)
    #expect(steps.map { shapes.firstIndex(of: $0.shape)! } == expected.path)
    var i = 0
    var j = 0
    var sum = 0.0
    for step in steps {
      sum += Self.cost(step.shape, i, j)
      (i, j) = step.end
    }
    #expect(abs(sum - expected.cost) < 1e-9)
  }
}
