import Foundation

/// −log of the two-tailed probability of a standard normal deviation, `−log 2(1 − Φ(|z|))`,
/// tabulated so that the length cost of a bead costs an interpolation instead of `erfc` and
/// `log` (the length-only pass evaluates tens of millions of beads on long texts).
///
/// The table runs to |z| = 8 in steps of 1/256; beyond, the probability is below 10⁻¹² and the
/// cost stays at its cap, `−log 10⁻¹²`. Linear interpolation is within 10⁻⁵ of the exact value.
struct GaussianTail: Sendable {
  /// Table entries per unit of |z|.
  static let resolution = 256.0
  /// The largest tabulated |z|.
  static let limit = 8.0
  private let table: [Double]

  /// Builds the table.
  init() {
    let count = Int(Self.limit * Self.resolution) + 2
    table = (0..<count).map { index in
      let z = Double(index) / Self.resolution
      return Self.exact(z)
    }
  }

  /// The exact cost, capped at `−log 10⁻¹²`.
  static func exact(_ z: Double) -> Double {
    -log(max(erfc(abs(z) / 2.0.squareRoot()), 1e-12))
  }

  /// The interpolated cost of a deviation `z`.
  @inline(__always)
  func cost(_ z: Double) -> Double {
    withTable { Self.cost(z, table: $0, count: $1) }
  }

  /// Calls `body` with the table's first entry and its number of entries.
  @inline(__always)
  func withTable<R>(_ body: (UnsafePointer<Double>, Int) -> R) -> R {
    table.withUnsafeBufferPointer { body($0.baseAddress!, $0.count) }
  }

  /// The interpolated cost of a deviation `z` from a table of `count` entries.
  @inline(__always)
  static func cost(_ z: Double, table: UnsafePointer<Double>, count: Int) -> Double {
    let x = abs(z) * resolution
    guard x < limit * resolution else { return table[count - 1] }
    let index = Int(x)
    let fraction = x - Double(index)
    return table[index] + fraction * (table[index + 1] - table[index])
  }
}
