import ArgumentParser
import Bitext

/// How input documents are read: `--input-format`, `--encoding` and `--keep-boilerplate`,
/// shared by every command that reads a text.
struct DocumentOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The format of the inputs: text, html, docx, odt or pdf (default: detected from the content, then the extension).",
      valueName: "format"))
  var inputFormat: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The encoding of inputs without a byte order mark or a declaration of their own (windows-1252, ISO-8859-15, UTF-16LE…; default UTF-8).",
      valueName: "name"))
  var encoding: String?

  @Flag(name: .long, help: "Keep HTML navigation, headers, footers and asides.")
  var keepBoilerplate = false

  func validate() throws {
    _ = try readOptions()
  }

  /// The options as the document reader takes them; a usage error for an unknown format or
  /// encoding name.
  func readOptions() throws -> DocumentReadOptions {
    var format: DocumentFormat?
    if let inputFormat {
      guard let known = DocumentFormat(rawValue: inputFormat.lowercased()) else {
        throw ValidationError(
          "--input-format must be one of \(DocumentFormat.names), not '\(inputFormat)'")
      }
      format = known
    }
    if let encoding, !DocumentText.isKnownEncoding(encoding) {
      throw ValidationError(
        "--encoding: unknown encoding '\(encoding)' (names such as windows-1252, ISO-8859-15, UTF-16LE, Shift_JIS, KOI8-R)"
      )
    }
    return DocumentReadOptions(
      format: format, encoding: encoding, keepsBoilerplate: keepBoilerplate)
  }
}
