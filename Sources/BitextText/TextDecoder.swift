#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns raw bytes into text, refusing what is not UTF-8 text.
///
/// Validation is exact: the error names the byte offset of the first byte that is not part of
/// a well-formed UTF-8 sequence, so users can find it (`head -c OFFSET FILE | tail -c 20`).
public enum TextDecoder {
  /// Decodes UTF-8 bytes; throws for invalid UTF-8 and for binary data (a NUL byte, or more
  /// than 1 % of C0 control characters other than tab, LF, CR, FF in the first 64 KiB).
  public static func decode<Bytes: Collection>(_ bytes: Bytes) throws(TextInputError) -> String
  where Bytes.Element == UInt8 {
    let array = Array(bytes)
    return try array.withUnsafeBufferPointer { buffer throws(TextInputError) in
      try decode(buffer)
    }
  }

  /// Decodes UTF-8 bytes from a buffer; see ``decode(_:)-(Collection)``.
  public static func decode(_ buffer: UnsafeBufferPointer<UInt8>) throws(TextInputError) -> String {
    if let offset = firstInvalidUTF8Offset(buffer) { throw .invalidUTF8(offset: offset) }
    if let offset = binaryOffset(buffer) { throw .binary(offset: offset) }
    return String(decoding: buffer, as: UTF8.self)
  }

  /// Validates UTF-8 bytes and converts them to UTF-16 through ICU in one pass; same errors
  /// as ``decode(_:)-(UnsafeBufferPointer<UInt8>)``.
  public static func utf16(_ buffer: UnsafeBufferPointer<UInt8>) throws(TextInputError) -> [UInt16]
  {
    if let offset = binaryOffset(buffer) { throw .binary(offset: offset) }
    do {
      return try ICU.utf16(fromUTF8: buffer)
    } catch {
      throw .invalidUTF8(offset: firstInvalidUTF8Offset(buffer) ?? 0)
    }
  }

  /// The offset of the first byte that is not part of well-formed UTF-8, or nil if all is valid.
  public static func firstInvalidUTF8Offset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var i = 0
    let n = bytes.count
    while i < n {
      let b0 = bytes[i]
      if b0 < 0x80 {
        i += 1
        continue
      }
      let length: Int
      var lower: UInt8 = 0x80
      var upper: UInt8 = 0xBF
      switch b0 {
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        lower = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED:
        length = 3
        upper = 0x9F
      case 0xF0:
        length = 4
        lower = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4:
        length = 4
        upper = 0x8F
      default: return i
      }
      if i + 1 >= n { return i }
      let b1 = bytes[i + 1]
      if b1 < lower || b1 > upper { return i }
      for k in 2..<length {
        if i + k >= n { return i }
        if bytes[i + k] & 0xC0 != 0x80 { return i }
      }
      i += length
    }
    return nil
  }

  /// The offset of the first sign that the bytes are binary rather than text, or nil.
  public static func binaryOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = bytes.baseAddress, bytes.count > 0 else { return nil }
    if let nul = memchr(base, 0, bytes.count) {
      return base.distance(to: nul.assumingMemoryBound(to: UInt8.self))
    }
    var controls = 0
    var firstControl: Int?
    let window = min(bytes.count, 65536)
    for i in 0..<window {
      let b = bytes[i]
      if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C {
        controls += 1
        if firstControl == nil { firstControl = i }
      }
    }
    if let firstControl, controls * 100 > window { return firstControl }
    return nil
  }
}
