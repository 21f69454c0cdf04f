/// The encoding an HTML or XML document declares in its first bytes: `<meta charset>`, the
/// `Content-Type` of `<meta http-equiv>`, or the XML declaration, in the spirit of the HTML
/// standard's prescan.
enum HTMLCharset {
  /// How far the declaration is looked for, as browsers do.
  static let prescanLength = 1024

  /// The declared encoding, or nil. As the HTML standard says, `ISO-8859-1` and `US-ASCII`
  /// mean windows-1252, and a UTF-16 declaration in ASCII-compatible bytes means UTF-8.
  static func declared(in bytes: [UInt8]) -> String? {
    let head = ArraySlice(
      bytes.prefix(prescanLength).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
    var name: String?
    if head.starts(with: "<?xml".utf8), let end = head.firstIndex(of: UInt8(ascii: ">")) {
      name = value(after: Array("encoding".utf8), in: head[..<end], original: bytes)
    }
    var searchFrom = head.startIndex
    while name == nil, let meta = head[searchFrom...].firstRange(of: "<meta".utf8)?.lowerBound {
      let end = head[meta...].firstIndex(of: UInt8(ascii: ">")) ?? head.endIndex
      name = value(after: Array("charset".utf8), in: head[meta..<end], original: bytes)
      searchFrom = end
    }
    guard let name else { return nil }
    switch name.lowercased() {
    case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252":
      return "windows-1252"
    case "utf-16", "utf-16le", "utf-16be", "utf16":
      return "UTF-8"
    default:
      return name
    }
  }

  /// The value following `key`, optional spaces, `=`, optional spaces and an optional quote,
  /// read from the original (not lower-cased) bytes.
  private static func value(after key: [UInt8], in tag: ArraySlice<UInt8>, original: [UInt8])
    -> String?
  {
    var from = tag.startIndex
    while let found = tag[from...].firstRange(of: key)?.lowerBound {
      var i = found + key.count
      from = i
      while i < tag.endIndex && (tag[i] == 0x20 || tag[i] == 0x09 || tag[i] == 0x0A) { i += 1 }
      guard i < tag.endIndex, tag[i] == UInt8(ascii: "=") else { continue }
      i += 1
      while i < tag.endIndex && (tag[i] == 0x20 || tag[i] == 0x09 || tag[i] == 0x0A) { i += 1 }
      if i < tag.endIndex && (tag[i] == UInt8(ascii: "\"") || tag[i] == UInt8(ascii: "'")) {
        i += 1
      }
      var end = i
      while end < tag.endIndex,
        tag[end] > 0x20, !"\"';>/".utf8.contains(tag[end])
      {
        end += 1
      }
      guard end > i else { continue }
      return String(decoding: original[i..<end], as: UTF8.self)
    }
    return nil
  }

}
