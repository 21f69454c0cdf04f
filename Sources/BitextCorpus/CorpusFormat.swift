/// The corpus file formats Bitext reads and writes.
public enum CorpusFormat: String, CaseIterable, Sendable, Hashable, Codable {
  /// TMX 1.4b translation memory (XML), one `<tu>` per bead.
  case tmx
  /// Tab-separated `source<TAB>target[<TAB>score]`, backslash escapes (see ``TSVEscaping``).
  case tsv
  /// Two line-aligned plain-text files, `PREFIX.<source language>` and `PREFIX.<target language>`.
  case moses
  /// JSON Lines, one bead per line with every field (full fidelity).
  case jsonl
  /// The research format: one bead per line, `[source ids]:[target ids]`, e.g. `[8, 9]:[10]`.
  case beads

  /// The format a file name's extension names, or nil (Moses has no extension of its own).
  public init?(pathExtension: String) {
    switch pathExtension.lowercased() {
    case "tmx": self = .tmx
    case "tsv", "tab": self = .tsv
    case "jsonl", "ndjson": self = .jsonl
    case "beads", "align", "path": self = .beads
    default: return nil
    }
  }

  /// Whether the format stores sentence texts (the beads format does not, so it cannot be read
  /// into an ``AlignedCorpus``).
  public var storesText: Bool { self != .beads }
}
