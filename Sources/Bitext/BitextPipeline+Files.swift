extension BitextPipeline {
  /// Reads one side from a file (`-` for standard input) with ``TextFile``: errors name the
  /// file and the line and byte offset of a problem.
  public func document(file path: String, language: String) throws(FileError) -> TextDocument {
    let text = try TextFile.read(path)
    do {
      return try document(text.utf8, language: language)
    } catch {
      throw FileError(path: TextFile.displayName(path), .unprocessable(error))
    }
  }
}
