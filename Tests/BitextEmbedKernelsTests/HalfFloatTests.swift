import Testing

@testable import BitextEmbedKernels

@Suite struct HalfFloatTests {
  @Test(arguments: [
    (UInt16(0x3C00), Float(1)), (0xC000, -2), (0x3555, 0.333_251_95), (0x7BFF, 65504),
    (0x0001, 0x1p-24), (0x03FF, 0x1.ff8p-15), (0x0000, 0), (0x7C00, .infinity),
    (0xFC00, -.infinity),
  ])
  func widensExactly(bits: UInt16, value: Float) {
    #expect(floatFromHalfBits(bits) == value)
  }

  @Test func negativeZeroAndNaN() {
    #expect(floatFromHalfBits(0x8000).sign == .minus)
    #expect(floatFromHalfBits(0x8000) == 0)
    #expect(floatFromHalfBits(0x7E00).isNaN)
  }

  @Test func agreesWithFloat16OnEveryPattern() {
    for bits in UInt16.min...UInt16.max {
      let expected = Float(Float16(bitPattern: bits))
      let widened = floatFromHalfBits(bits)
      #expect(widened == expected || (widened.isNaN && expected.isNaN), "bits \(bits)")
      if widened != expected && !(widened.isNaN && expected.isNaN) { return }
    }
  }
}
