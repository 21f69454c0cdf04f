/// IEEE 754 half-precision bits widened to `Float` (subnormals, infinities and NaN included),
/// without relying on the platform's `Float16`.
@inline(__always)
package func floatFromHalfBits(_ bits: UInt16) -> Float {
  let sign = UInt32(bits & 0x8000) << 16
  let exponent = UInt32(bits >> 10) & 0x1F
  let mantissa = UInt32(bits & 0x3FF)
  if exponent == 0x1F {
    return Float(bitPattern: sign | 0x7F80_0000 | (mantissa << 13))
  }
  if exponent == 0 {
    // Zero or subnormal: the value is mantissa × 2^-24.
    let magnitude = Float(mantissa) * 0x1p-24
    return sign == 0 ? magnitude : -magnitude
  }
  return Float(bitPattern: sign | ((exponent + 112) << 23) | (mantissa << 13))
}
