/// The backslash escapes Bitext's TSV uses so that every row has the same number of fields and
/// every text survives a round trip:
///
/// | character | written as |
/// |---|---|
/// | backslash | `\\` |
/// | tab | `\t` |
/// | line feed | `\n` |
/// | carriage return | `\r` |
/// | other C0 control (U+0000–U+001F) | `\u00XX` (4 hex digits) |
/// | NEL, line and paragraph separators (U+0085, U+2028, U+2029) | `\u0085`, `\u2028`, `\u2029` |
/// | U+FEFF (zero-width no-break space, the byte order mark) | `\uFEFF` |
///
/// NEL and the separators are line breaks to many readers (Python's `splitlines`, editors), so
/// a row holding one would split there; U+FEFF at the start of a file reads as a byte order
/// mark and would be dropped. Every other character is written as itself (UTF-8). Unescaping accepts exactly these forms.
enum TSVEscaping {
  /// `text` escaped for a TSV field.
  static func escape(_ text: String) -> String {
    var out: [UInt8] = []
    append(text, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends `text` escaped for a TSV field.
  static func append(_ text: String, to out: inout [UInt8]) {
    var text = text
    text.withUTF8 { append(utf8: $0, to: &out) }
  }

  private static func append(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    var i = 0
    while i < bytes.count {
      let byte = bytes[i]
      i += 1
      if byte == 0xC2 && i < bytes.count && bytes[i] == 0x85 {
        out.append(contentsOf: "\\u0085".utf8)
        i += 1
        continue
      }
      if byte == 0xEF && i + 1 < bytes.count && bytes[i] == 0xBB && bytes[i + 1] == 0xBF {
        out.append(contentsOf: "\\uFEFF".utf8)
        i += 2
        continue
      }
      if byte == 0xE2 && i + 1 < bytes.count && bytes[i] == 0x80
        && (bytes[i + 1] == 0xA8 || bytes[i + 1] == 0xA9)
      {
        out.append(contentsOf: (bytes[i + 1] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
        i += 2
        continue
      }
      switch byte {
      case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
      case 0x09: out.append(contentsOf: "\\t".utf8)
      case 0x0A: out.append(contentsOf: "\\n".utf8)
      case 0x0D: out.append(contentsOf: "\\r".utf8)
      case 0x00..<0x20:
        out.append(contentsOf: "\\u00".utf8)
        out.append(hexDigit(byte >> 4))
        out.append(hexDigit(byte & 0xF))
      default: out.append(byte)
      }
    }
  }

  /// The text of an escaped field, or the 0-based character offset of the first bad escape.
  static func unescape<S: StringProtocol>(_ field: S) -> Result<String, BadEscape> {
    guard field.utf8.contains(UInt8(ascii: "\\")) else { return .success(String(field)) }
    var out: [UInt8] = []
    let bytes = Array(field.utf8)
    var i = 0
    while i < bytes.count {
      let byte = bytes[i]
      guard byte == UInt8(ascii: "\\") else {
        out.append(byte)
        i += 1
        continue
      }
      guard i + 1 < bytes.count else { return .failure(BadEscape(byteOffset: i)) }
      switch bytes[i + 1] {
      case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "u"):
        guard i + 5 < bytes.count else { return .failure(BadEscape(byteOffset: i)) }
        var value: UInt32 = 0
        for k in 2...5 {
          guard let digit = hexValue(bytes[i + k]) else {
            return .failure(BadEscape(byteOffset: i))
          }
          value = value << 4 | UInt32(digit)
        }
        guard
          value < 0x20 || value == 0x85 || value == 0x2028 || value == 0x2029 || value == 0xFEFF,
          let scalar = Unicode.Scalar(value)
        else { return .failure(BadEscape(byteOffset: i)) }
        out.append(contentsOf: String(scalar).utf8)
        i += 4
      default: return .failure(BadEscape(byteOffset: i))
      }
      i += 2
    }
    return .success(String(decoding: out, as: UTF8.self))
  }

  /// A backslash that does not start one of the escapes above.
  struct BadEscape: Error, Sendable, Equatable {
    /// The byte offset of the backslash in the field.
    var byteOffset: Int
  }

  private static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    default: nil
    }
  }
}
