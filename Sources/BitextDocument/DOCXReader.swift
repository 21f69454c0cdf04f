import BitextText

/// Reads the blocks of a DOCX document.
enum DOCXReader {
  /// The blocks of a document given as the file's bytes; `path` names it in errors.
  static func blocks(_ bytes: [UInt8], path: String, options: DocumentReadOptions) throws(FileError)
    -> [DocumentBlock]
  {
    throw FileError(path: path, .malformed(location: "", reason: "DOCX is not read yet"))
  }
}
