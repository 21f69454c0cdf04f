import BitextText

extension DocumentFormat {
  /// The format of a document, from its content first (magic bytes, the zip parts of an office
  /// document, the root of a web page), then from the extension of `path`; text when nothing
  /// says otherwise. Formats Bitext does not read (legacy Word, RTF, other zip archives,
  /// spreadsheets) are errors that say how to convert them.
  public static func detect(_ bytes: [UInt8], path: String) throws(FileError) -> DocumentFormat {
    let name = TextFile.displayName(path)
    let head = Array(bytes.prefix(1024))
    if containsPDFMagic(head) { return .pdf }
    if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
      return try zipFormat(bytes, path: path, name: name)
    }
    if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
      throw FileError(
        path: name,
        .malformed(
          location: "",
          reason:
            "a Word 97-2003 (.doc) or other legacy Office file, which Bitext does not read; save it as .docx or convert it with 'soffice --headless --convert-to docx'"
        ))
    }
    if bytes.starts(with: Array("{\\rtf".utf8)) {
      throw FileError(
        path: name,
        .malformed(
          location: "",
          reason:
            "an RTF file, which Bitext does not read; convert it with 'soffice --headless --convert-to docx'"
        ))
    }
    if looksLikeHTML(head) { return .html }
    return byExtension(path) ?? .text
  }

  /// Whether the first KiB of a file holds PDF's `%PDF-` header (readers allow bytes before
  /// it).
  static func containsPDFMagic(_ bytes: [UInt8]) -> Bool {
    let magic = Array("%PDF-".utf8)
    let end = min(bytes.count, 1024) - magic.count
    guard end >= 0 else { return false }
    return (0...end).contains { start in
      bytes[start] == magic[0] && bytes[start..<(start + magic.count)].elementsEqual(magic)
    }
  }

  /// The format an extension names (`.html`, `.htm`, `.xhtml`, `.docx`, `.odt`, `.pdf`,
  /// `.txt`), or nil.
  public static func byExtension(_ path: String) -> DocumentFormat? {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    switch path[path.index(after: dot)...].lowercased() {
    case "html", "htm", "xhtml", "xht": return .html
    case "docx": return .docx
    case "odt": return .odt
    case "pdf": return .pdf
    case "txt", "text": return .text
    default: return nil
    }
  }

  /// Whether the first bytes are those of a web page: a doctype, an `html` root, or markup
  /// with a `head` or `body`. NUL bytes (UTF-16 or UTF-32 text) are skipped.
  static func looksLikeHTML(_ head: [UInt8]) -> Bool {
    let skip = DocumentText.byteOrderMark(head)?.length ?? 0
    let text = head.dropFirst(skip).filter { $0 != 0 }.map {
      $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0
    }
    guard let first = text.firstIndex(where: { $0 > 0x20 }), text[first] == UInt8(ascii: "<")
    else { return false }
    let start = Array(text[first...])
    if start.starts(with: Array("<!doctype html".utf8)) || start.starts(with: Array("<html".utf8)) {
      return true
    }
    return ["<html", "<body", "<head"].contains { start.firstRange(of: $0.utf8) != nil }
  }

  /// DOCX or ODT from a zip archive's parts: an ODT starts with its `mimetype` part, a DOCX
  /// names `word/document.xml`; a container of another kind is an error.
  private static func zipFormat(_ bytes: [UInt8], path: String, name: String) throws(FileError)
    -> DocumentFormat
  {
    let mimeStart = 30 + "mimetype".utf8.count
    if bytes.count > mimeStart, bytes[30..<mimeStart].elementsEqual("mimetype".utf8) {
      let mime = String(
        decoding: bytes[mimeStart..<min(bytes.count, mimeStart + 80)], as: UTF8.self)
      if mime.hasPrefix("application/vnd.oasis.opendocument.text") { return .odt }
      if mime.hasPrefix("application/vnd.oasis.opendocument.") {
        throw FileError(
          path: name,
          .malformed(
            location: "",
            reason:
              "an OpenDocument file that is not a text document (spreadsheet, presentation…); Bitext reads OpenDocument text (.odt)"
          ))
      }
    }
    let part = "word/document.xml".utf8
    if bytes.prefix(1 << 16).firstRange(of: part) != nil
      || bytes.suffix(1 << 16).firstRange(of: part) != nil
    {
      return .docx
    }
    if let format = byExtension(path), format == .docx || format == .odt { return format }
    throw FileError(
      path: name,
      .malformed(
        location: "",
        reason:
          "a zip archive that is neither a Word (.docx) nor an OpenDocument text (.odt) document"
      ))
  }

}
