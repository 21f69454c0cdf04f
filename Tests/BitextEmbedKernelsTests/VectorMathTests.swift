import Foundation
import Testing

@testable import BitextEmbedKernels

@Suite struct VectorMathTests {
  @Test func expIsAccurateOverTheRangeOfFloat() {
    var worst: Double = 0
    var x: Float = -87
    while x < 88.5 {
      let lanes = SIMD8<Float>((0..<8).map { x + Float($0) * 0.013 })
      let result = VectorMath.exp(lanes)
      for lane in 0..<8 {
        let exact = Foundation.exp(Double(lanes[lane]))
        worst = max(worst, abs(Double(result[lane]) - exact) / exact)
      }
      x += 0.37
    }
    #expect(worst < 3e-7)
  }

  @Test func expUnderflowsToZeroAndOverflowsToInfinity() {
    let result = VectorMath.exp(SIMD8<Float>(-100, -88, 89, 100, 0, 1, -1, 0.5))
    #expect(result[0] == 0 && result[1] == 0)
    #expect(result[2] == .infinity && result[3] == .infinity)
    #expect(result[4] == 1)
  }

  @Test func erfIsAccurate() {
    var worst: Double = 0
    for step in -600...600 {
      let x = Float(step) / 100
      let result = VectorMath.erf(SIMD8<Float>(repeating: x))[0]
      worst = max(worst, abs(Double(result) - Foundation.erf(Double(x))))
    }
    #expect(worst < 3e-7)
  }

  @Test func geluMatchesItsDefinitionOnEveryLength() {
    for count in [1, 7, 8, 9, 33] {
      var values = (0..<count).map { Float($0) * 0.7 - 9 }
      let expected = values.map { x in
        Double(x) * 0.5 * (1 + Foundation.erf(Double(x) / 2.0.squareRoot()))
      }
      VectorMath.gelu(&values, count: count)
      for (value, exact) in zip(values, expected) { #expect(abs(Double(value) - exact) < 1e-5) }
    }
  }

  @Test func softmaxSumsToOneAndKeepsRatios() {
    for count in [1, 5, 8, 19] {
      var values = (0..<count).map { Float($0 % 7) * 3 - 5 }
      let original = values
      VectorMath.softmax(&values, count: count)
      #expect(abs(values.reduce(0, +) - 1) < 1e-5)
      if count > 1 {
        let ratio = Double(values[1] / values[0])
        #expect(abs(ratio - Foundation.exp(Double(original[1] - original[0]))) / ratio < 1e-5)
      }
    }
  }

  @Test func layerNormCentersScalesAndAddsTheResidual() {
    let width = 32
    var x = (0..<(2 * width)).map { Float($0 % 11) - 3 }
    let residual = (0..<(2 * width)).map { Float($0 % 5) * 0.5 }
    let gain = [Float](repeating: 2, count: width)
    let shift = [Float](repeating: 1, count: width)
    let summed = zip(x, residual).map { Double($0 + $1) }
    VectorMath.layerNorm(
      &x, adding: residual, rows: 2, width: width, gain: gain, shift: shift, epsilon: 1e-6)
    for row in 0..<2 {
      let values = summed[(row * width)..<((row + 1) * width)]
      let mean = values.reduce(0, +) / Double(width)
      let variance = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(width)
      for (index, value) in values.enumerated() {
        let expected = (value - mean) / (variance + 1e-6).squareRoot() * 2 + 1
        #expect(abs(Double(x[row * width + index]) - expected) < 1e-4)
      }
    }
  }
}
