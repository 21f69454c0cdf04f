/// Element-wise functions of the encoder over 8 lanes at a time: `exp`, `erf`, GELU, and the
/// row-wise layer normalization and softmax built on them. Each lane is computed the same way
/// whatever its neighbours, so results do not depend on how a matrix is split.
package enum VectorMath {
  /// `e^x` per lane, relative error below 2·10⁻⁷ over the range of `Float`; below −87.3
  /// gives 0 and above 88.7 gives `Float.infinity`.
  @inline(__always)
  package static func exp(_ x: SIMD8<Float>) -> SIMD8<Float> {
    let low = SIMD8<Float>(repeating: -87.3)
    let high = SIMD8<Float>(repeating: 88.7)
    let clamped = x.replacing(with: low, where: x .< low).replacing(with: high, where: x .> high)
    // x = n·ln 2 + r with |r| ≤ ln 2 / 2; ln 2 split in two for an exact n·ln 2. Adding
    // 1.5·2²³ rounds x·log₂e to an integer held in the low bits of the sum.
    let shifted = clamped * 1.442_695_04 + 0x1.8p23
    let n = shifted - 0x1.8p23
    let integer = unsafeBitCast(shifted, to: SIMD8<Int32>.self) &- 0x4B40_0000
    var r = clamped - n * 0.693_145_75
    r = r - n * 1.428_606_8e-6
    // e^r by its Taylor polynomial to degree 6 (Horner).
    var p = SIMD8<Float>(repeating: 1.0 / 720)
    p = p * r + 1.0 / 120
    p = p * r + 1.0 / 24
    p = p * r + 1.0 / 6
    p = p * r + 0.5
    p = p * r + 1
    p = p * r + 1
    // × 2^n through the exponent bits, in two factors so that n = 128 stays in range.
    let half = integer &>> 1
    let first = unsafeBitCast((half &+ 127) &<< 23, to: SIMD8<Float>.self)
    let second = unsafeBitCast((integer &- half &+ 127) &<< 23, to: SIMD8<Float>.self)
    var result = p * first * second
    result.replace(with: 0, where: x .< -87.3)
    result.replace(with: Float.infinity, where: x .> 88.7)
    return result
  }

  /// The error function per lane, absolute error below 2·10⁻⁷ (Abramowitz and Stegun
  /// 7.1.26, with `exp` above).
  @inline(__always)
  package static func erf(_ x: SIMD8<Float>) -> SIMD8<Float> {
    let a = x.replacing(with: -x, where: x .< 0)
    let t = 1 / (1 + 0.327_591_1 * a)
    var p = SIMD8<Float>(repeating: 1.061_405_429)
    p = p * t - 1.453_152_027
    p = p * t + 1.421_413_741
    p = p * t - 0.284_496_736
    p = p * t + 0.254_829_592
    p = p * t
    let magnitude = SIMD8<Float>(repeating: 1) - p * exp(-(a * a))
    return magnitude.replacing(with: -magnitude, where: x .< 0)
  }

  /// GELU (the exact form, `x·Φ(x)`) in place over `count` floats.
  package static func gelu(_ values: UnsafeMutablePointer<Float>, count: Int) {
    var index = 0
    let raw = UnsafeMutableRawPointer(values)
    while index + 8 <= count {
      let x = (raw + index * 4).loadUnaligned(as: SIMD8<Float>.self)
      let y = 0.5 * x * (1 + erf(x * 0.707_106_781_186_547_5))
      (raw + index * 4).storeBytes(of: y, as: SIMD8<Float>.self)
      index += 8
    }
    while index < count {
      let x = SIMD8<Float>(repeating: values[index])
      values[index] = (0.5 * x * (1 + erf(x * 0.707_106_781_186_547_5)))[0]
      index += 1
    }
  }

  /// Softmax in place over `count` floats (any count).
  package static func softmax(_ values: UnsafeMutablePointer<Float>, count: Int) {
    var maximum = -Float.infinity
    for index in 0..<count { maximum = max(maximum, values[index]) }
    var sum: Float = 0
    var index = 0
    let raw = UnsafeMutableRawPointer(values)
    var sums = SIMD8<Float>()
    while index + 8 <= count {
      let e = exp((raw + index * 4).loadUnaligned(as: SIMD8<Float>.self) - maximum)
      (raw + index * 4).storeBytes(of: e, as: SIMD8<Float>.self)
      sums += e
      index += 8
    }
    sum = sums.sum()
    while index < count {
      let e = exp(SIMD8<Float>(repeating: values[index] - maximum))[0]
      values[index] = e
      sum += e
      index += 1
    }
    let inverse = 1 / sum
    for index in 0..<count { values[index] *= inverse }
  }

  /// Layer normalization of each of `rows` rows of `width` floats in place, after adding the
  /// same rows of `residual` when given: `(x − mean) / √(variance + ε) · gain + shift`.
  /// `width` must be a multiple of 16.
  package static func layerNorm(
    _ x: UnsafeMutablePointer<Float>, adding residual: UnsafePointer<Float>?, rows: Int,
    width: Int, gain: UnsafePointer<Float>, shift: UnsafePointer<Float>, epsilon: Float
  ) {
    precondition(width % 16 == 0)
    let gain = UnsafeRawPointer(gain)
    let shift = UnsafeRawPointer(shift)
    for row in 0..<rows {
      let r = UnsafeMutableRawPointer(x + row * width)
      var sum = SIMD16<Float>()
      for offset in stride(from: 0, to: width * 4, by: 64) {
        var v = (r + offset).loadUnaligned(as: SIMD16<Float>.self)
        if let residual {
          v += (UnsafeRawPointer(residual + row * width) + offset).loadUnaligned(
            as: SIMD16<Float>.self)
          (r + offset).storeBytes(of: v, as: SIMD16<Float>.self)
        }
        sum += v
      }
      let mean = sum.sum() / Float(width)
      var squares = SIMD16<Float>()
      for offset in stride(from: 0, to: width * 4, by: 64) {
        let d = (r + offset).loadUnaligned(as: SIMD16<Float>.self) - mean
        squares.addProduct(d, d)
      }
      let inverse = 1 / (squares.sum() / Float(width) + epsilon).squareRoot()
      for offset in stride(from: 0, to: width * 4, by: 64) {
        let d = (r + offset).loadUnaligned(as: SIMD16<Float>.self) - mean
        let g = (gain + offset).loadUnaligned(as: SIMD16<Float>.self)
        let s = (shift + offset).loadUnaligned(as: SIMD16<Float>.self)
        (r + offset).storeBytes(of: d * inverse * g + s, as: SIMD16<Float>.self)
      }
    }
  }
}
