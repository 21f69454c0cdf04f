import Testing

@testable import BitextAlign

@Test(arguments: ["1-1", "0-1", "5-1", "12-3"])
func shapesReadBackWhatTheyWrite(text: String) {
  #expect(BeadShape(text)?.description == text)
}

@Test(arguments: ["", "1", "0-0", "-1-1", "a-b", "1-2-3", "1 - 2"])
func malformedShapesAreRefused(text: String) {
  #expect(BeadShape(text) == nil)
}

@Test func shapesOrderBySizeThenSource() {
  let shapes = ["2-1", "1-1", "0-1", "1-2", "1-0"].compactMap(BeadShape.init)
  #expect(shapes.sorted().map(\.description) == ["0-1", "1-0", "1-1", "1-2", "2-1"])
}

@Test func aBeadKnowsItsShape() {
  #expect(Bead(source: 3..<5, target: 7..<7).shape == BeadShape(2, 0))
}
