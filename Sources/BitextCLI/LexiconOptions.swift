import ArgumentParser
import Bitext

/// The lexicon options shared by the commands that align: `--lexicon auto|none|FILE…` and
/// `--lexicon-dir`.
struct LexiconOptions: ParsableArguments {
  @Option(
    name: .long, parsing: .singleValue,
    help: "Dictionary evidence: auto, none, or a lexicon TSV file (repeatable).")
  var lexicon: [String] = []

  @Option(name: .customLong("lexicon-dir"), help: "The lexicon data directory (for auto).")
  var lexiconDirectory: String?

  /// The pipeline's lexicon choice: nothing or `auto` → the imported lexicons of the pair,
  /// `none` → no lexicon, otherwise the files named.
  func choice() throws -> BitextPipeline.LexiconChoice {
    if lexicon.isEmpty || lexicon == ["auto"] {
      return .auto(directory: lexiconDirectory ?? LexiconStore.defaultDirectory())
    }
    if lexicon == ["none"] { return .none }
    if lexicon.contains("auto") || lexicon.contains("none") {
      throw ValidationError("--lexicon takes auto, none, or lexicon files, not a mix")
    }
    return .files(lexicon)
  }
}
