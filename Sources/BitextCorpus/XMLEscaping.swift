/// Escaping of text for XML 1.0 content and attribute values.
///
/// - `&`, `<`, `>` are always written as entity references (`>` too, so `]]>` never appears).
/// - In attribute values `"` and `'` become `&quot;` / `&apos;`, and tab, LF and CR become
///   character references, so attribute-value normalization cannot turn them into spaces.
/// - In content, CR becomes `&#13;` (parsers would otherwise turn CR and CRLF into LF); tab and
///   LF stay as they are.
/// - Characters XML 1.0 forbids (U+0000–U+001F other than tab, LF, CR, and U+FFFE, U+FFFF) cannot
///   be written at all, not even as character references; they are replaced by U+FFFD
///   REPLACEMENT CHARACTER and counted, so callers can warn.
enum XMLEscaping {
  /// Whether XML 1.0 allows `scalar` in a document.
  static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: true
    case 0x00..<0x20: false
    case 0xFFFE, 0xFFFF: false
    default: true
    }
  }

  /// Appends `text` escaped for element content; returns how many forbidden characters were
  /// replaced by U+FFFD.
  @discardableResult
  static func appendContent(_ text: String, to out: inout [UInt8]) -> Int {
    append(text, attribute: false, to: &out)
  }

  /// Appends `text` escaped for a double- or single-quoted attribute value; returns how many
  /// forbidden characters were replaced by U+FFFD.
  @discardableResult
  static func appendAttribute(_ text: String, to out: inout [UInt8]) -> Int {
    append(text, attribute: true, to: &out)
  }

  /// `text` escaped for element content (see ``appendContent(_:to:)``).
  static func content(_ text: String) -> String {
    var out: [UInt8] = []
    appendContent(text, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// `text` escaped for an attribute value (see ``appendAttribute(_:to:)``).
  static func attribute(_ text: String) -> String {
    var out: [UInt8] = []
    appendAttribute(text, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  private static let replacement: [UInt8] = Array("\u{FFFD}".utf8)

  private static func append(_ text: String, attribute: Bool, to out: inout [UInt8]) -> Int {
    var replaced = 0
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out.append(contentsOf: "&amp;".utf8)
      case "<": out.append(contentsOf: "&lt;".utf8)
      case ">": out.append(contentsOf: "&gt;".utf8)
      case "\r": out.append(contentsOf: "&#13;".utf8)
      case "\"" where attribute: out.append(contentsOf: "&quot;".utf8)
      case "'" where attribute: out.append(contentsOf: "&apos;".utf8)
      case "\t" where attribute: out.append(contentsOf: "&#9;".utf8)
      case "\n" where attribute: out.append(contentsOf: "&#10;".utf8)
      default:
        if scalar.isASCII, scalar.value >= 0x20 || scalar == "\t" || scalar == "\n" {
          out.append(UInt8(scalar.value))
        } else if isAllowed(scalar) {
          out.append(contentsOf: scalar.utf8)
        } else {
          out.append(contentsOf: replacement)
          replaced += 1
        }
      }
    }
    return replaced
  }
}
