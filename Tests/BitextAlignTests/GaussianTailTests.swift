import Foundation
import Testing

@testable import BitextAlign

@Test func tabulatedTailCostIsCloseToTheExactValue() {
  let tail = GaussianTail()
  for step in 0...1000 {
    let z = Double(step) * 0.0093 - 4.5
    #expect(abs(tail.cost(z) - GaussianTail.exact(z)) < 1e-4)
  }
  // 1.96 standard deviations: the two-tailed probability is 5 %.
  #expect(abs(tail.cost(1.96) + log(0.05)) < 1e-3)
}

@Test func tabulatedTailCostGrowsAndIsCappedFarOut() {
  let tail = GaussianTail()
  #expect(tail.cost(0) < 1e-9)
  #expect(tail.cost(0.5) < tail.cost(1))
  #expect(tail.cost(1) < tail.cost(3))
  #expect(tail.cost(-3) == tail.cost(3))
  #expect(abs(tail.cost(50) + log(1e-12)) < 1e-9)
  #expect(tail.cost(.infinity) == tail.cost(50))
}
