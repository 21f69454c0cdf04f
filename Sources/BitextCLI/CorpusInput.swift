import ArgumentParser
import BitextCorpus
import BitextText
import Foundation

/// An aligned corpus given on the command line: a file, a Moses prefix or `-` (standard
/// input), in the format `--from` names or its extension tells. `bitext convert` and
/// `bitext review` read their corpus through it.
struct CorpusInput {
  /// The path, prefix or `-`.
  var path: String
  /// The format given with `--from`, if any.
  var givenFormat: CorpusFormat?
  /// The source language (normalised), if given.
  var sourceLanguage: String?
  /// The target language (normalised), if given.
  var targetLanguage: String?

  /// The input format: the one given, else the extension's.
  var format: CorpusFormat? {
    givenFormat ?? CorpusFormat(pathExtension: URL(fileURLWithPath: path).pathExtension)
  }

  /// Usage errors for inputs that cannot be read: an unknown format, the beads format (no
  /// text), Moses from standard input. `purpose` says what is done with the corpus
  /// (`converted`); `alternative` is added to the unknown-format message.
  func validate(purpose: String = "converted", alternative: String = "") throws {
    guard let format else {
      throw ValidationError(
        "cannot tell the format of '\(path)' from its extension; pass --from (one of \(CorpusFormat.allValueStrings.joined(separator: ", ")))\(alternative)"
      )
    }
    if format == .beads {
      throw ValidationError(
        "the beads format holds sentence ids, not text; it cannot be \(purpose)")
    }
    if format == .moses && path == "-" {
      throw ValidationError("Moses input is two files: give the prefix, not -")
    }
  }

  /// Reads the corpus; its warnings go to standard error.
  func read() throws -> AlignedCorpus {
    let reader = CorpusReader(
      options: .init(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage))
    guard let format else { throw ValidationError("unknown input format") }
    let report: CorpusReadReport
    if path == "-" {
      let data = Data(try TextFile.bytes(path))
      report = try reader.decodeReport(data, format: format, path: TextFile.displayName(path))
    } else {
      report = try reader.readReport(from: URL(fileURLWithPath: path), format: format)
    }
    report.warnings.forEach(Console.warn)
    return report.corpus
  }
}
