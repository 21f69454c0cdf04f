import CTextScan

/// Counting loops over whole texts, written so the compiler vectorizes them: no bounds
/// checks, no overflow traps and no conditions in the loop body (each test is arithmetic on
/// 16-bit lanes, summed per block so the sums cannot overflow).
enum TextScan {
  /// Units per block: the largest per-unit value summed is 3, and 3 × 16 384 fits in 16 bits.
  private static let block = 16384

  /// 1 when `x` (below 0x8000) is not zero, 0 when it is.
  @inline(__always)
  private static func nonZero(_ x: UInt16) -> UInt16 { (0 &- x) >> 15 }

  /// The number of UTF-8 bytes that encode `units` (UTF-16): 1 byte, +1 from U+0080, +1 from
  /// U+0800 except surrogates (a pair of surrogates counts 2 + 2 = 4 bytes; a lone surrogate
  /// counts 2).
  static func utf8Length(of units: UnsafeBufferPointer<UInt16>) -> Int {
    guard let base = units.baseAddress else { return 0 }
    var total = 0
    var start = 0
    while start < units.count {
      let end = min(start + block, units.count)
      var sum: UInt16 = 0
      for p in start..<end {
        let unit = base[p]
        // 2 from U+0080, 3 from U+0800; the third term is 0 for a surrogate, 1 otherwise.
        sum &+=
          nonZero(unit >> 7) &+ nonZero(unit >> 11) &+ nonZero(((unit & 0xF800) ^ 0xD800) >> 11)
      }
      total += Int(sum)
      start = end
    }
    return total
  }

  /// The number of times `byte` occurs in `bytes`.
  static func count(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = bytes.baseAddress else { return 0 }
    var others = 0
    var start = 0
    while start < bytes.count {
      let end = min(start + block, bytes.count)
      var sum: UInt16 = 0
      for p in start..<end {
        sum &+= nonZero(UInt16(base[p] ^ byte))
      }
      others += Int(sum)
      start = end
    }
    return bytes.count - others
  }

  /// The first offset from `start` on whose unit may be a line break, terminal punctuation or
  /// a list bullet (`\n` `!` `.` `?`, U+2022...U+2029, U+203C...U+2049, U+2200...U+27FF), or
  /// `units.count`: every unit before it is none of these.
  ///
  /// A filter for the sentence rules' scan: the ranges hold other characters too.
  static func firstSentenceMark(in units: UnsafeBufferPointer<UInt16>, from start: Int) -> Int {
    guard let base = units.baseAddress else { return 0 }
    return Int(bitext_first_sentence_mark(base, Int64(units.count), Int64(start)))
  }

  /// The first offset from `start` on whose unit is not plain inline text, or `units.count`.
  ///
  /// Plain inline text is neither a line break nor terminal punctuation of a script Bitext has
  /// no rules for: U+0020...U+0588 (ASCII, Latin, Greek, Cyrillic and Armenian letters),
  /// U+2010...U+2027 (dashes, curly quotes, the ellipsis) and U+202F (narrow no-break space).
  static func firstNonPlain(in units: UnsafeBufferPointer<UInt16>, from start: Int) -> Int {
    guard let base = units.baseAddress else { return 0 }
    return Int(bitext_first_non_plain(base, Int64(units.count), Int64(start)))
  }
}
