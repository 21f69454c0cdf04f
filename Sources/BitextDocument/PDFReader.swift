import BitextText
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads the blocks of a PDF document through Poppler's `pdftotext` (Debian `poppler-utils`),
/// run as a subprocess.
///
/// The PDF's bytes go to `pdftotext` in a private temporary file (see `Subprocess.temporaryFile`),
/// removed right after. Poppler 22.12 reads standard input with `-`, but a damaged file given
/// that way can make it loop for ever (one found by fuzzing takes 0.01 s as a file and never
/// ends from a pipe), so a pipe is not used. `pdftotext -tsv` is used: it gives
/// Poppler's default reading order — each column (flow) whole before the next, which
/// `-layout` would interleave line by line on a two-column page — with every word's box and
/// the lines' hyphens as they are printed (plain default mode joins hyphenated lines and
/// drops every hyphen, `Jean-Paul` included). ``PDFTextLayout`` then drops running headers,
/// footers and page numbers, cuts paragraphs and undoes hyphenation.
enum PDFReader {
  /// The blocks of a document given as the file's bytes; `path` names it in errors.
  static func blocks(_ bytes: [UInt8], path: String, options: DocumentReadOptions) throws(FileError)
    -> [DocumentBlock]
  {
    let layout = try layout(bytes, path: path)
    guard layout.pageCount > 0 else {
      throw FileError(path: path, .malformed(location: "", reason: "the PDF has no pages"))
    }
    guard layout.hasText else {
      throw FileError(
        path: path,
        .malformed(
          location: "", reason: "no text layer (a scanned PDF?): run OCR first, e.g. ocrmypdf"))
    }
    return layout.blocks()
  }

  /// The message when `pdftotext` cannot be found.
  static let missingTool =
    "pdftotext (poppler-utils) is needed to read PDF files: apt-get install poppler-utils"

  /// The lines of the document, as `pdftotext -tsv` lays them out.
  static func layout(_ bytes: [UInt8], path: String) throws(FileError) -> PDFTextLayout {
    guard let tool = Subprocess.executable(named: "pdftotext") else {
      throw FileError(path: path, .malformed(location: "", reason: missingTool))
    }
    let file: String
    do throws(Subprocess.SpawnError) {
      file = try Subprocess.temporaryFile(bytes, prefix: "bitext-pdf")
    } catch {
      throw FileError(
        path: path, .unreadable("cannot write a temporary copy for pdftotext: \(error)"))
    }
    defer { unlink(file) }
    let result: Subprocess.Output
    do throws(Subprocess.SpawnError) {
      result = try Subprocess.run(
        tool, arguments: ["-tsv", "-enc", "UTF-8", "-eol", "unix", file, "-"],
        timeLimit: timeLimit(bytes.count))
    } catch {
      throw FileError(path: path, .malformed(location: "", reason: "cannot run \(tool): \(error)"))
    }
    if result.timedOut {
      throw FileError(
        path: path,
        .malformed(
          location: "",
          reason: "pdftotext did not finish within \(Int(timeLimit(bytes.count))) seconds "
            + "(a damaged PDF?)"))
    }
    let messages = String(decoding: result.error, as: UTF8.self)
    if let problem = problem(status: result.status, signaled: result.signaled, messages: messages) {
      throw FileError(path: path, .malformed(location: "", reason: problem))
    }
    return PDFTextLayout.parse(tsv: String(decoding: result.output, as: UTF8.self))
  }

  /// How long `pdftotext` may take on a PDF of `size` bytes: 60 seconds, and 10 more for
  /// each MiB over 6 (it reads some MB/s; a damaged file can make it loop).
  static func timeLimit(_ size: Int) -> Double {
    max(60, 10 * Double(size) / Double(1 << 20))
  }

  /// What went wrong, from `pdftotext`'s exit status and messages, or nil when it succeeded.
  ///
  /// Poppler's exit codes: 0 success, 1 the file cannot be opened (an encrypted one says
  /// `Incorrect password`), 2 the output cannot be written, 3 the owner's permissions forbid
  /// copying, 99 anything else (a document of zero pages gives `Invalid page count 0`).
  static func problem(status: Int32, signaled: Bool, messages: String) -> String? {
    let lines = messages.split(whereSeparator: \.isNewline).map {
      String($0).trimmingCharacters(in: .whitespaces)
    }
    var seen = Set<String>()
    let unique = lines.filter { !$0.isEmpty && seen.insert($0).inserted }
    let summary = unique.prefix(3).joined(separator: "; ")
    if signaled {
      return "pdftotext crashed on this PDF (signal \(status))"
        + (summary.isEmpty ? "" : ": \(summary)")
    }
    if status == 0 { return nil }
    if messages.contains("Incorrect password") || status == 3 {
      return "encrypted PDF: remove the password first (e.g. qpdf --decrypt)"
    }
    if messages.contains("Invalid page count 0") || messages.contains("Wrong page range") {
      return "the PDF has no pages"
    }
    if status == 1 {
      return "damaged PDF, pdftotext cannot open it"
        + (summary.isEmpty ? "" : ": \(summary)")
    }
    return "pdftotext failed (exit status \(status))" + (summary.isEmpty ? "" : ": \(summary)")
  }
}
