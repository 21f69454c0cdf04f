import BitextDocument
import BitextText

extension BitextPipeline {
  /// Reads one side from a file (`-` for standard input): a plain text, an HTML page, a Word
  /// or LibreOffice document or a PDF, read by ``BitextDocument/DocumentReader`` with
  /// ``Options/documents``, then normalized and segmented block by block. Errors name the
  /// file and the place of a problem.
  ///
  /// With ``Options/presegmented``, the file must be a plain text with one sentence per line.
  public func document(file path: String, language: String) throws(FileError) -> TextDocument {
    let name = TextFile.displayName(path)
    let read = try DocumentReader(options: options.documents).read(path)
    do {
      if options.presegmented {
        guard read.format == .text else {
          throw FileError(
            path: name,
            .malformed(
              location: "",
              reason:
                "--presegmented reads plain text with one sentence per line, and this is \(read.format.rawValue)"
            ))
        }
        return try document(read.blocks.first?.text.utf8 ?? "".utf8, language: language)
      }
      return try read.textDocument(
        normalizer: Normalizer(form: options.normalization),
        segmenter: SentenceSegmenter(
          language: language, lineBreaksAreSentences: options.lineBreaksAreSentences))
    } catch let error as FileError {
      throw error
    } catch let error as TextInputError {
      throw FileError(path: name, .unprocessable(error))
    } catch {
      throw FileError(path: name, .unreadable("\(error)"))
    }
  }
}
