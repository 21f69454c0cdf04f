import Testing

@testable import BitextAlign

@Suite struct BandedSearchTests {
  let shapes = [BeadShape(0, 1), BeadShape(1, 0), BeadShape(1, 1), BeadShape(2, 1)]

  @Test func findsTheCheapestPathAndItsMargins() throws {
    // 1-1 beads cost 1, except that source sentences 1 and 2 are cheaper merged (2-1 costs 0.5).
    let search = BandedSearch(shapes: shapes)
    let band = AlignmentBand.diagonal(sourceCount: 4, targetCount: 3, width: 4)
    let steps = try #require(
      search.run(band: band, sourceCount: 4, targetCount: 3) { shape, i, _ in
        switch (shape.source, shape.target) {
        case (1, 1): return 1
        case (2, 1): return i == 1 ? 0.5 : 5
        default: return 4
        }
      })
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
    #expect(search.run(band: band, sourceCount: 3, targetCount: 2) { _, _, _ in 1 } == nil)
  }

  @Test func marginsAreCappedAndProgressEndsAtOne() throws {
    var heard: [Double] = []
    let band = AlignmentBand.diagonal(sourceCount: 2, targetCount: 2, width: 2)
    let steps = try #require(
      BandedSearch(shapes: [BeadShape(1, 1)]).run(
        band: band, sourceCount: 2, targetCount: 2, progress: ProgressSpan { heard.append($0) }
      ) { _, _, _ in 1 })
    #expect(steps.allSatisfy { $0.margin == Double(BandedSearch.maximumMargin) })
    #expect(heard.last == 1)
  }
}
