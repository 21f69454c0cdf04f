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

  /// Reads the file at `path` (`-` for standard input).
  public func read(_ path: String) throws(FileError) -> StructuredDocument {
    let bytes = try TextFile.bytes(path, limit: TextFile.maximumSize)
    return try read(bytes: bytes, path: path)
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
    return StructuredDocument(format: format, blocks: blocks)
  }
}
