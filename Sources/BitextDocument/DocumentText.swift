import BitextText

/// Decodes the bytes of a text or an HTML page to UTF-8: the byte order mark first (UTF-8,
/// UTF-16 or UTF-32), then the encoding named by the user or declared by the document, then
/// UTF-8, checked. Legacy encodings are converted with ICU's converters.
public enum DocumentText {
  /// Whether ICU knows an encoding of this name (`windows-1252`, `latin1`, `UTF-16LE`…).
  public static func isKnownEncoding(_ name: String) -> Bool {
    ICU.canonicalCharsetName(name) != nil
  }

  /// The hint added to a UTF-8 error when no encoding was named.
  static let encodingHint =
    "if the file is in another encoding, name it with --encoding (windows-1252, ISO-8859-15, UTF-16LE…)"

  /// The text of `bytes` as UTF-8, without a byte order mark. `encoding` is used when the
  /// bytes start with no byte order mark; nil or a UTF-8 name means UTF-8.
  static func utf8(_ bytes: [UInt8], path: String, encoding: String?) throws(FileError) -> [UInt8] {
    if let (charset, length) = byteOrderMark(bytes) {
      if charset == "UTF-8" {
        let skip = TextFile.byteOrderMarkLength(bytes)
        return try checkedUTF8(bytes, from: skip, path: path, hint: nil)
      }
      return try converted(bytes, from: length, charset: charset, path: path)
    }
    if let encoding {
      guard let canonical = ICU.canonicalCharsetName(encoding) else {
        throw FileError(
          path: path,
          .malformed(
            location: "",
            reason:
              "unknown encoding '\(encoding)' (ICU knows names such as windows-1252, ISO-8859-15, UTF-16LE, Shift_JIS, KOI8-R)"
          ))
      }
      if canonical == "UTF-8" { return try checkedUTF8(bytes, from: 0, path: path, hint: nil) }
      return try converted(bytes, from: 0, charset: encoding, path: path)
    }
    return try checkedUTF8(bytes, from: 0, path: path, hint: utf16Hint(bytes) ?? encodingHint)
  }

  /// The encoding a byte order mark names and the mark's length, or nil.
  static func byteOrderMark(_ bytes: [UInt8]) -> (charset: String, length: Int)? {
    func starts(_ prefix: [UInt8]) -> Bool { bytes.starts(with: prefix) }
    if starts([0xEF, 0xBB, 0xBF]) { return ("UTF-8", 3) }
    if starts([0xFF, 0xFE, 0, 0]) { return ("UTF-32LE", 4) }
    if starts([0, 0, 0xFE, 0xFF]) { return ("UTF-32BE", 4) }
    if starts([0xFF, 0xFE]) { return ("UTF-16LE", 2) }
    if starts([0xFE, 0xFF]) { return ("UTF-16BE", 2) }
    return nil
  }

  /// A hint for text that looks like UTF-16 without a byte order mark (every other byte of its
  /// start is NUL), or nil.
  static func utf16Hint(_ bytes: [UInt8]) -> String? {
    let window = min(bytes.count, 512) & ~1
    guard window >= 8 else { return nil }
    var evenZeros = 0
    var oddZeros = 0
    for i in 0..<window where bytes[i] == 0 {
      if i % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
    }
    let half = window / 2
    if oddZeros * 10 >= half * 7 && evenZeros * 10 < half {
      return "it looks like UTF-16 without a byte order mark: pass --encoding UTF-16LE"
    }
    if evenZeros * 10 >= half * 7 && oddZeros * 10 < half {
      return "it looks like UTF-16 without a byte order mark: pass --encoding UTF-16BE"
    }
    return nil
  }

  /// The bytes from `start` on, checked to be UTF-8 text (not binary data).
  private static func checkedUTF8(_ bytes: [UInt8], from start: Int, path: String, hint: String?)
    throws(FileError) -> [UInt8]
  {
    let problem: TextInputError? = bytes.withUnsafeBufferPointer { buffer in
      let rest = UnsafeBufferPointer(rebasing: buffer[start...])
      if let offset = TextDecoder.firstInvalidUTF8Offset(rest) {
        return .invalidUTF8(offset: offset)
      }
      if let offset = TextDecoder.binaryOffset(rest) { return .binary(offset: offset) }
      return nil
    }
    if let problem {
      let isEncoding: Bool
      if case .invalidUTF8 = problem { isEncoding = true } else { isEncoding = false }
      throw FileError(
        path: path, TextFile.notText(problem, shiftedBy: start, in: bytes),
        hint: isEncoding ? hint : utf16Hint(bytes))
    }
    return start == 0 ? bytes : Array(bytes[start...])
  }

  /// The bytes from `start` on converted from `charset` to UTF-8; invalid bytes and binary
  /// data are errors that name the byte offset in the file.
  private static func converted(_ bytes: [UInt8], from start: Int, charset: String, path: String)
    throws(FileError) -> [UInt8]
  {
    let result: Result<[UInt16], ICU.CharsetFailure> = bytes.withUnsafeBufferPointer { buffer in
      Result { () throws(ICU.CharsetFailure) in
        try ICU.utf16(fromCharset: charset, UnsafeBufferPointer(rebasing: buffer[start...]))
      }
    }
    let units: [UInt16]
    switch result {
    case .success(let value): units = value
    case .failure(.invalid(let offset)):
      throw FileError(
        path: path,
        TextFile.notText(.invalidEncoding(charset, offset: offset), shiftedBy: start, in: bytes),
        hint: "is the encoding right? (--encoding names it)")
    case .failure(.unknownName):
      throw FileError(path: path, .malformed(location: "", reason: "unknown encoding '\(charset)'"))
    case .failure(.icu(let error)):
      throw FileError(path: path, .unprocessable(.icu(error)))
    }
    let utf8: [UInt8]
    do { utf8 = try ICU.utf8(fromUTF16: units) } catch {
      throw FileError(path: path, .unprocessable(.icu(error)))
    }
    let binary = utf8.withUnsafeBufferPointer { TextDecoder.binaryOffset($0) }
    if binary != nil {
      throw FileError(
        path: path,
        .malformed(
          location: "", reason: "binary data (NUL or control characters) once read as \(charset)"))
    }
    return utf8
  }
}
