/// JSON text that can sit inside an HTML `<script>` element: strings are escaped per RFC 8259,
/// and also `<`, `>` and `&` (as `\u003c`, `\u003e`, `\u0026`, so no `</script>` or `<!--` can
/// appear) and the line and paragraph separators U+2028 and U+2029. Numbers are written in a
/// fixed form, so equal values always give equal bytes.
enum ScriptJSON {
  /// Appends `text` as a quoted JSON string.
  static func appendString(_ text: String, to out: inout [UInt8]) {
    let hex = Array("0123456789abcdef".utf8)
    out.append(UInt8(ascii: "\""))
    var utf8 = text.utf8.makeIterator()
    // Bytes read ahead while looking for U+2028 (E2 80 A8) and U+2029 (E2 80 A9).
    var pending: [UInt8] = []
    while true {
      let next: UInt8
      if !pending.isEmpty {
        next = pending.removeFirst()
      } else if let byte = utf8.next() {
        next = byte
      } else {
        break
      }
      switch next {
      case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
      case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
      case 0x0A: out.append(contentsOf: "\\n".utf8)
      case 0x0D: out.append(contentsOf: "\\r".utf8)
      case 0x09: out.append(contentsOf: "\\t".utf8)
      case 0x00..<0x20, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"):
        out.append(contentsOf: "\\u00".utf8)
        out.append(hex[Int(next >> 4)])
        out.append(hex[Int(next & 0xF)])
      case 0xE2:
        let second = utf8.next()
        let third = second == 0x80 ? utf8.next() : nil
        if let third, third == 0xA8 || third == 0xA9 {
          out.append(contentsOf: (third == 0xA8 ? "\\u2028" : "\\u2029").utf8)
        } else {
          out.append(next)
          pending = [second, third].compactMap { $0 }
        }
      default: out.append(next)
      }
    }
    out.append(UInt8(ascii: "\""))
  }

  /// Appends a number in its shortest round-trip form (`0.8734`, `1.0`), so the page reads back
  /// the same `Double`; a value that is not finite is written `null`.
  static func appendNumber(_ value: Double, to out: inout [UInt8]) {
    guard value.isFinite else {
      out.append(contentsOf: "null".utf8)
      return
    }
    out.append(contentsOf: String(value == 0 ? 0 : value).utf8)
  }

  /// Appends an optional string: the quoted string, or `null`.
  static func appendString(_ text: String?, orNullTo out: inout [UInt8]) {
    if let text { appendString(text, to: &out) } else { out.append(contentsOf: "null".utf8) }
  }
}
