import BitextText

/// Reads the blocks of a HTML document.
enum HTMLReader {
  /// The blocks of a document given as HTML or XHTML, already decoded to UTF-8; `path` names it in errors.
  static func blocks(_ utf8: [UInt8], path: String, options: DocumentReadOptions) throws(FileError)
    -> [DocumentBlock]
  {
    throw FileError(path: path, .malformed(location: "", reason: "HTML is not read yet"))
  }
}
