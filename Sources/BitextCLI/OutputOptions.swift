import ArgumentParser
import Bitext

/// The output options shared by the commands that align: `--format` and `--min-score`.
struct OutputOptions: ParsableArguments {
  @Option(name: .long, help: "Output format: tmx, tsv, moses, jsonl or beads.")
  var format: String?

  @Option(name: .long, help: "Leave out beads whose score is below this value (0–1).")
  var minScore: Double?

  func validate() throws {
    _ = try corpusFormat(default: .jsonl)
    try Self.check(minScore: minScore)
  }

  /// A usage error unless the `--min-score` given is between 0 and 1.
  static func check(minScore: Double?) throws {
    if let minScore, !(0...1).contains(minScore) {
      throw ValidationError("--min-score must be between 0 and 1 (got \(minScore))")
    }
  }

  /// The format asked for, or `fallback` when none is.
  func corpusFormat(default fallback: CorpusFormat) throws -> CorpusFormat {
    guard let format else { return fallback }
    guard let parsed = CorpusFormat(rawValue: format.lowercased()) else {
      throw ValidationError(
        "unknown format '\(format)'; use one of: "
          + CorpusFormat.allCases.map(\.rawValue).joined(separator: ", "))
    }
    return parsed
  }
}
