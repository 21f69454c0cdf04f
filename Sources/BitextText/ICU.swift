import CICUShim

/// Thin, safe wrappers over the system ICU calls Bitext uses, through the C shim.
///
/// Every function checks ICU's status and grows its buffer on overflow; failures surface as
/// ``ICUError`` values, never as crashes.
package enum ICU {
  /// The version of the system ICU linked in, e.g. `"72.1"`.
  package static var version: String { String(cString: bitext_icu_version()) }

  /// Converts valid UTF-8 to UTF-16 code units.
  package static func utf16(fromUTF8 bytes: UnsafeBufferPointer<UInt8>) throws(ICUError) -> [UInt16]
  {
    guard bytes.count > 0 else { return [] }
    return try fill(initialCapacity: bytes.count + 1) { destination, capacity, status in
      bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) { source in
        bitext_utf8_to_utf16(source, Int32(bytes.count), destination, capacity, &status)
      }
    }
  }

  /// Converts a string to UTF-16 code units through ICU (faster than `Array(text.utf16)` for
  /// native UTF-8 strings).
  package static func utf16(_ text: String) -> [UInt16] {
    var copy = text
    let units = copy.withUTF8 { buffer in try? utf16(fromUTF8: buffer) }
    return units ?? Array(text.utf16)
  }

  /// Why bytes could not be converted from a named encoding.
  package enum CharsetFailure: Error, Equatable {
    /// ICU knows no encoding of that name.
    case unknownName
    /// The byte sequence at `offset` is invalid or unmapped in the encoding.
    case invalid(offset: Int)
    /// ICU failed otherwise.
    case icu(ICUError)
  }

  /// ICU's canonical name of an encoding, or nil when ICU knows none of that name.
  package static func canonicalCharsetName(_ name: String) -> String? {
    guard !name.isEmpty, let canonical = bitext_charset_canonical_name(name) else { return nil }
    return String(cString: canonical)
  }

  /// Converts bytes in the encoding ICU names `charset` (`windows-1252`, `UTF-16LE`…) to
  /// UTF-16 code units, refusing invalid or unmapped bytes.
  package static func utf16(fromCharset charset: String, _ bytes: UnsafeBufferPointer<UInt8>)
    throws(CharsetFailure) -> [UInt16]
  {
    guard canonicalCharsetName(charset) != nil else { throw .unknownName }
    guard bytes.count > 0 else { return [] }
    var capacity = bytes.count * 2 + 16
    while true {
      var status: Int32 = 0
      var errorOffset: Int32 = -1
      var length: Int32 = 0
      let result = [UInt16](unsafeUninitializedCapacity: capacity) { buffer, count in
        length = bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
          bitext_charset_to_utf16(
            charset, $0, Int32(bytes.count), buffer.baseAddress, Int32(capacity), &errorOffset,
            &status)
        }
        count = status <= 0 ? Int(length) : 0
      }
      if status == BITEXT_BUFFER_OVERFLOW && capacity < Int(Int32.max) / 2 {
        capacity *= 2
        continue
      }
      if errorOffset >= 0 { throw .invalid(offset: Int(errorOffset)) }
      if status > 0 { throw .icu(ICUError(status: status)) }
      return result
    }
  }

  /// Converts UTF-16 code units to UTF-8 bytes.
  package static func utf8(fromUTF16 units: [UInt16]) throws(ICUError) -> [UInt8] {
    guard !units.isEmpty else { return [] }
    var capacity = units.count * 3 + 1
    for _ in 0..<2 {
      var status: Int32 = 0
      var length: Int32 = 0
      let result = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
        length = units.withUnsafeBufferPointer { source in
          buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: capacity) { destination in
            bitext_utf16_to_utf8(
              source.baseAddress, Int32(source.count), destination, Int32(capacity), &status)
          }
        }
        count = (status <= 0 && Int(length) <= capacity) ? Int(length) : 0
      }
      if status == BITEXT_BUFFER_OVERFLOW {
        capacity = Int(length) + 1
        continue
      }
      if status > 0 { throw ICUError(status: status) }
      return result
    }
    throw ICUError(status: BITEXT_BUFFER_OVERFLOW)
  }

  /// Applies a normalization form to UTF-16 text; returns the input unchanged when ICU's quick
  /// check says it is already normalized.
  package static func normalize(_ text: [UInt16], form: NormalizationForm) throws(ICUError)
    -> [UInt16]
  {
    try normalizeIfNeeded(text, form: form) ?? text
  }

  /// Applies a normalization form; returns nil when the text is already normalized.
  package static func normalizeIfNeeded(_ text: [UInt16], form: NormalizationForm) throws(ICUError)
    -> [UInt16]?
  {
    guard !text.isEmpty else { return nil }
    var status: Int32 = 0
    let already = text.withUnsafeBufferPointer {
      bitext_is_normalized(form.shimValue, $0.baseAddress, Int32($0.count), &status)
    }
    if status <= 0 && already == 1 { return nil }
    let result = try text.withUnsafeBufferPointer { source throws(ICUError) in
      try fill(initialCapacity: source.count + source.count / 4 + 8) {
        destination, capacity, status in
        bitext_normalize(
          form.shimValue, source.baseAddress, Int32(source.count), destination, capacity, &status)
      }
    }
    return result == text ? nil : result
  }

  /// Full Unicode case folding of UTF-16 text.
  package static func foldCase(_ text: [UInt16]) throws(ICUError) -> [UInt16] {
    guard !text.isEmpty else { return text }
    return try text.withUnsafeBufferPointer { source throws(ICUError) in
      try fill(initialCapacity: source.count + 8) { destination, capacity, status in
        bitext_fold_case(source.baseAddress, Int32(source.count), destination, capacity, &status)
      }
    }
  }

  /// Case-folds a string (full folding: "Straße" → "strasse").
  package static func foldCase(_ text: String) -> String {
    let units = Array(text.utf16)
    guard let folded = try? foldCase(units) else { return text.lowercased() }
    return String(decoding: folded, as: UTF16.self)
  }

  /// Calls an ICU fill function, retrying once with the exact size on buffer overflow.
  static func fill(
    initialCapacity: Int,
    _ body: (UnsafeMutablePointer<UInt16>, Int32, inout Int32) -> Int32
  ) throws(ICUError) -> [UInt16] {
    var capacity = max(initialCapacity, 1)
    for _ in 0..<3 {
      var status: Int32 = 0
      var length: Int32 = 0
      let result = [UInt16](unsafeUninitializedCapacity: capacity) { buffer, count in
        length = body(buffer.baseAddress!, Int32(capacity), &status)
        count = (status <= 0 && Int(length) <= capacity) ? Int(length) : 0
      }
      if status == BITEXT_BUFFER_OVERFLOW || (status <= 0 && Int(length) > capacity) {
        capacity = Int(length) + 1
        continue
      }
      if status > 0 { throw ICUError(status: status) }
      return result
    }
    throw ICUError(status: BITEXT_BUFFER_OVERFLOW)
  }
}

/// A failure reported by ICU, with its `UErrorCode`.
public struct ICUError: Error, Sendable, Equatable, CustomStringConvertible {
  /// ICU's `UErrorCode` value (always > 0).
  public var status: Int32
  /// Creates an error for an ICU status code.
  public init(status: Int32) { self.status = status }
  /// The message shown to the user.
  public var description: String { "ICU error \(status)" }
}

/// Unicode normalization forms Bitext applies.
public enum NormalizationForm: String, Sendable, CaseIterable {
  /// Canonical composition (the default: never changes how text looks).
  case nfc
  /// Compatibility composition (folds ligatures, full-width forms, superscripts…).
  case nfkc

  var shimValue: Int32 {
    switch self {
    case .nfc: Int32(BITEXT_NFC.rawValue)
    case .nfkc: Int32(BITEXT_NFKC.rawValue)
    }
  }
}

/// An ICU break iterator; each call iterates over a buffer for the duration of the call.
///
/// Not shareable between tasks: make one per task (they are cheap next to the text they break).
final class ICUBreaker {
  enum Kind: Int32 {
    case character = 0
    case word = 1
    case line = 2
    case sentence = 3
  }

  private let handle: OpaquePointer

  init(kind: Kind, locale: String) throws(ICUError) {
    var status: Int32 = 0
    guard let handle = bitext_breaker_open(kind.rawValue, locale, &status) else {
      throw ICUError(status: status > 0 ? status : 5)
    }
    self.handle = handle
  }

  deinit {
    bitext_breaker_close(handle)
  }

  /// Sets the text; returns every boundary after offset 0, in UTF-16 offsets.
  func boundaries(_ units: [UInt16]) throws(ICUError) -> [Int] {
    var result: [Int] = []
    try iterate(units) { offset, _ in result.append(offset) }
    return result
  }

  /// Sets the text and calls `body` with each boundary after offset 0 and its rule status.
  func iterate(_ units: [UInt16], _ body: (Int, Int32) -> Void) throws(ICUError) {
    var status: Int32 = 0
    units.withUnsafeBufferPointer { buffer in
      bitext_breaker_set_text(handle, buffer.baseAddress, Int32(buffer.count), &status)
      guard status <= 0 else { return }
      while true {
        let next = bitext_breaker_next(handle)
        if next < 0 { break }
        body(Int(next), bitext_breaker_rule_status(handle))
      }
      // Detach the iterator from the buffer before it may move.
      bitext_breaker_set_text(handle, nil, 0, &status)
      status = 0
    }
    if status > 0 { throw ICUError(status: status) }
  }
}
