import Testing

@testable import BitextAlign

@Test func diagonalBandHoldsBothCornersAndGrowsMonotonically() {
  for (n, m, width) in [(10, 10, 2), (3, 40, 5), (40, 3, 1), (0, 5, 1)] {
    let band = AlignmentBand.diagonal(sourceCount: n, targetCount: m, width: width)
    #expect(band.index(0, 0) != nil)
    #expect(band.index(n, m) != nil)
    #expect(zip(band.lower, band.lower.dropFirst()).allSatisfy { $0 <= $1 })
    #expect(zip(band.upper, band.upper.dropFirst()).allSatisfy { $0 <= $1 })
  }
}

@Test func bandAroundAPathCoversThePathAndItsNeighbourhood() {
  let path = [(i: 1, j: 1), (i: 3, j: 2), (i: 4, j: 5), (i: 6, j: 6)]
  let band = AlignmentBand.around(path: path, sourceCount: 6, targetCount: 6, width: 1)
  for point in path { #expect(band.index(point.i, point.j) != nil) }
  #expect(band.index(2, 1) != nil)  // inside the 2-1 bead's rows
  #expect(band.index(0, 4) == nil)  // far from the path
  #expect(band.cellCount < 7 * 7)
}
