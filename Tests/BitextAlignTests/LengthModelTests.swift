import Testing

@testable import BitextAlign

@Test func lengthCostGrowsWithTheDeviationFromTheExpectedRatio() {
  let model = LengthModel(sourceTotal: 1000, targetTotal: 1200)
  let expected = model.cost(source: 100, target: 120)
  #expect(expected < model.cost(source: 100, target: 150))
  #expect(model.cost(source: 100, target: 150) < model.cost(source: 100, target: 300))
  #expect(model.cost(source: 100, target: 100) > expected)
}
