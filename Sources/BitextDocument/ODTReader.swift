import BitextText

/// Reads the blocks of a ODT document.
enum ODTReader {
  /// The blocks of a document given as the file's bytes; `path` names it in errors.
  static func blocks(_ bytes: [UInt8], path: String, options: DocumentReadOptions) throws(FileError)
    -> [DocumentBlock]
  {
    throw FileError(path: path, .malformed(location: "", reason: "ODT is not read yet"))
  }
}
