import Foundation

/// A matrix stored as 4-bit blocks: each row of `columns` weights is `columns / 32` blocks of
/// 18 bytes, a half-float scale `d` then 16 bytes whose low nibbles are weights 0–15 and high
/// nibbles weights 16–31 of the block; a nibble `q` stands for `(q − 8) × d`.
///
/// The bytes stay where they are (usually a memory-mapped model file); rows are widened to
/// `Float` when read.
package struct Q4Rows: Sendable {
  /// Weights per block.
  package static let blockWeights = 32
  /// Bytes per block: the half-float scale and 16 bytes of nibbles.
  package static let blockBytes = 18

  /// The rows.
  package let rows: Int
  /// The weights per row, a multiple of ``blockWeights``.
  package let columns: Int
  private let data: Data
  private let offset: Int

  /// The bytes a matrix of this shape occupies.
  package static func byteCount(rows: Int, columns: Int) -> Int {
    rows * (columns / blockWeights) * blockBytes
  }

  /// A view of the matrix stored at `offset` in `data`; `data` must hold
  /// ``byteCount(rows:columns:)`` bytes from there, and `columns` be a multiple of 32.
  package init(data: Data, offset: Int, rows: Int, columns: Int) {
    precondition(columns % Self.blockWeights == 0 && rows >= 0)
    precondition(offset >= 0 && data.count - offset >= Self.byteCount(rows: rows, columns: columns))
    self.data = data
    self.offset = offset
    self.rows = rows
    self.columns = columns
  }

  /// Widens row `row` into `out` (``columns`` floats).
  package func decodeRow(_ row: Int, into out: UnsafeMutablePointer<Float>) {
    precondition(row >= 0 && row < rows)
    data.withUnsafeBytes { raw in
      let blocks = columns / Self.blockWeights
      var block = raw.baseAddress! + offset + row * blocks * Self.blockBytes
      var target = out
      for _ in 0..<blocks {
        let scale = floatFromHalfBits(block.loadUnaligned(as: UInt16.self))
        let nibbles = (block + 2).loadUnaligned(as: SIMD16<UInt8>.self)
        let low = SIMD16<Float>(SIMD16<Int32>(truncatingIfNeeded: nibbles & 0x0F) &- 8)
        let high = SIMD16<Float>(SIMD16<Int32>(truncatingIfNeeded: nibbles &>> 4) &- 8)
        UnsafeMutableRawPointer(target).storeBytes(of: low * scale, as: SIMD16<Float>.self)
        UnsafeMutableRawPointer(target + 16).storeBytes(of: high * scale, as: SIMD16<Float>.self)
        block += Self.blockBytes
        target += Self.blockWeights
      }
    }
  }
}
