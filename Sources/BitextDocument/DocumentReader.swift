import BitextText

/// Reads a document of any supported format into blocks: the one way Bitext reads a text
/// that is to be segmented and aligned.
///
/// ```swift
/// let document = try DocumentReader(options: DocumentReadOptions()).read("page.fr.html")
/// ```
///
/// The format is detected from the content (magic bytes, byte order mark, the root element),
/// then from the file name's extension; ``DocumentReadOptions/format`` overrides both. Every
/// error is a ``FileError`` naming the file and, when known, the place.
public struct DocumentReader: Sendable {
  /// The settings.
  public var options: DocumentReadOptions

  /// Creates a reader.
  public init(options: DocumentReadOptions = DocumentReadOptions()) {
    self.options = options
  }

  /// Reads the file at `path` (`-` for standard input). An input that is to be read as
  /// UTF-8 text or HTML is checked for binary data in its first 64 KiB before the rest is
  /// read, so `/dev/zero` or a large binary file is refused at once.
  public func read(_ path: String) throws(FileError) -> StructuredDocument {
    let options = options
    let bytes = try TextFile.bytes(path, limit: TextFile.maximumSize) {
      head, name throws(FileError) in
      guard Self.isUTF8Text(head, options: options) else { return }
      do throws(FileError) {
        try TextFile.refuseBinary(head, name: name)
      } catch {
        throw FileError(path: error.path, error.problem, hint: DocumentText.utf16Hint(head))
      }
    }
    return try read(bytes: bytes, path: path)
  }

  /// Whether an input starting with `head` is to be read as UTF-8 (a text or a page without
  /// another encoding, not a container, a PDF or UTF-16/32 text).
  static func isUTF8Text(_ head: [UInt8], options: DocumentReadOptions) -> Bool {
    if let format = options.format, format != .text && format != .html { return false }
    if let encoding = options.encoding, ICU.canonicalCharsetName(encoding) != "UTF-8" {
      return false
    }
    if let mark = DocumentText.byteOrderMark(head), mark.charset != "UTF-8" { return false }
    if options.format == nil {
      let magic: [[UInt8]] = [
        [0x50, 0x4B, 0x03, 0x04], [0xD0, 0xCF, 0x11, 0xE0], Array("{\\rtf".utf8),
      ]
      if magic.contains(where: { head.starts(with: $0) }) { return false }
      if DocumentFormat.containsPDFMagic(head) { return false }
    }
    return true
  }

  /// Reads a document's bytes; `path` names it in errors and gives its extension.
  public func read(bytes: [UInt8], path: String) throws(FileError) -> StructuredDocument {
    let name = TextFile.displayName(path)
    let format: DocumentFormat
    if let chosen = options.format {
      format = chosen
    } else {
      format = try DocumentFormat.detect(bytes, path: path)
    }
    let blocks: [DocumentBlock]
    switch format {
    case .text:
      blocks = try PlainTextReader.blocks(
        DocumentText.utf8(bytes, path: name, encoding: options.encoding))
    case .html:
      blocks = try HTMLReader.blocks(
        DocumentText.utf8(
          bytes, path: name, encoding: options.encoding ?? HTMLCharset.declared(in: bytes)),
        path: name, options: options)
    case .docx:
      blocks = try DOCXReader.blocks(bytes, path: name, options: options)
    case .odt:
      blocks = try ODTReader.blocks(bytes, path: name, options: options)
    case .pdf:
      blocks = try PDFReader.blocks(bytes, path: name, options: options)
    }
    let document = StructuredDocument(format: format, blocks: blocks)
    // A page or an office file that yields no text at all is an error, not an empty side
    // aligned in silence (an empty plain text stays an empty text).
    if document.blocks.isEmpty && format != .text {
      throw FileError(
        path: name,
        .malformed(
          location: "",
          reason: format == .html && !options.keepsBoilerplate
            ? "no text in this page outside navigation, headers, footers and asides (--keep-boilerplate keeps them)"
            : "no text in this \(format.rawValue) document"))
    }
    return document
  }
}
