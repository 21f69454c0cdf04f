import Testing

@testable import BitextAlign

@Test func nestedSpansMapSharesIntoTheWhole() {
  var heard: [Double] = []
  let whole = ProgressSpan { heard.append($0) }
  let second = whole.scaled(from: 0.5, to: 1)
  let lastQuarter = second.scaled(from: 0.5, to: 1)
  second(0)
  lastQuarter(0.5)
  lastQuarter(2)  // clamped
  #expect(heard == [0.5, 0.875, 1])
}
