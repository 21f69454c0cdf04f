import Foundation
import Testing

@testable import BitextEmbedKernels

@Suite struct Q4RowsTests {
  /// One row of two blocks: scale 0.5 then nibbles, scale −2 then nibbles.
  private func matrix() -> Q4Rows {
    var data = Data([0xFF])  // an offset byte before the matrix
    for (scale, seed) in [(Float16(0.5), UInt8(0)), (Float16(-2), 7)] {
      withUnsafeBytes(of: scale.bitPattern.littleEndian) { data.append(contentsOf: $0) }
      for j in 0..<16 { data.append(UInt8((Int(seed) + j) % 16) | UInt8((15 - j) << 4)) }
    }
    return Q4Rows(data: data, offset: 1, rows: 1, columns: 64)
  }

  @Test func lowNibblesAreTheFirstHalfOfABlockAndHighNibblesTheSecond() {
    var row = [Float](repeating: .nan, count: 64)
    matrix().decodeRow(0, into: &row)
    for j in 0..<16 {
      #expect(row[j] == Float(j - 8) * 0.5)
      #expect(row[j + 16] == Float(15 - j - 8) * 0.5)
      #expect(row[32 + j] == Float((7 + j) % 16 - 8) * -2)
      #expect(row[48 + j] == Float(15 - j - 8) * -2)
    }
  }

  @Test func byteCountCountsEighteenBytesPerBlock() {
    #expect(Q4Rows.byteCount(rows: 3, columns: 64) == 3 * 2 * 18)
  }
}
