import Testing

@testable import BitextAlign

@Test func lengthCostGrowsWithTheDeviationFromTheExpectedRatio() {
  let model = LengthModel(sourceTotal: 1000, targetTotal: 1200)
  let expected = model.cost(source: 100, target: 120)
  #expect(expected < model.cost(source: 100, target: 150))
  #expect(model.cost(source: 100, target: 150) < model.cost(source: 100, target: 300))
  #expect(model.cost(source: 100, target: 100) > expected)
}

@Test func anExtremeLengthRatioIsClamped() {
  #expect(LengthModel(sourceTotal: 10, targetTotal: 3000).ratio == 2.5)
  #expect(LengthModel(sourceTotal: 3000, targetTotal: 10).ratio == 0.4)
  #expect(LengthModel(sourceTotal: 0, targetTotal: 10).ratio == 1)
}

@Test func veryUnequalSentenceCountsUseMeanSentenceLengths() {
  // 1 sentence of 100 characters against 30 of 40: mean lengths give 0.4, totals 12.
  #expect(
    abs(
      LengthModel(sourceTotal: 100, targetTotal: 1200, sourceCount: 1, targetCount: 30).ratio
        - 0.4) < 1e-9)
  #expect(
    LengthModel(sourceTotal: 100, targetTotal: 120, sourceCount: 10, targetCount: 12).ratio == 1.2)
}
