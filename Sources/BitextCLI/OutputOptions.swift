import ArgumentParser
import Bitext
import Foundation

/// The output options shared by the commands that align: `--format`, `--min-score` and
/// `--drop-unaligned`.
struct OutputOptions: ParsableArguments {
  @Option(name: .long, help: "Output format: tmx, tsv, moses, jsonl or beads.")
  var format: String?

  @Option(
    name: .long,
    help:
      "Leave out beads whose score is below this value (0–1): the probability that a bead is exactly right."
  )
  var minScore: Double?

  @Flag(
    name: .long,
    help:
      "Leave sentences without a counterpart (1-0 and 0-1 beads) out of TMX, TSV and Moses output; JSONL keeps them."
  )
  var dropUnaligned = false

  /// The corpus as `format` gets it: without its unaligned sentences when `--drop-unaligned`
  /// asks so and the format is one that drops them.
  /// A warning says so when that leaves no bead, so that an empty output is never a silent one.
  func corpus(_ corpus: AlignedCorpus, for format: CorpusFormat) -> AlignedCorpus {
    guard dropUnaligned && format.dropsUnalignedOnRequest else { return corpus }
    let kept = corpus.withoutUnalignedSentences()
    if kept.beads.isEmpty && !corpus.beads.isEmpty {
      Console.warn(
        "--drop-unaligned left none of the \(corpus.beads.count) beads in the \(format.rawValue) output: every bead has an empty side"
      )
    }
    return kept
  }

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

  /// Where `-o PATH` writes: standard output for `-` (or no path), else the file. A path
  /// ending in `/` or naming an existing folder is a folder: Moses output goes into it as
  /// `corpus.<language>` (never `PATH.<language>` beside it), other formats are refused.
  static func destination(_ path: String?) -> CorpusDestination {
    guard let path, path != "-" else { return .standardOutput }
    var isFolder: ObjCBool = false
    let folder =
      path.hasSuffix("/")
      || (FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        && isFolder.boolValue)
    return .file(URL(fileURLWithPath: path, isDirectory: folder))
  }
}
