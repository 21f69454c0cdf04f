import ArgumentParser
import Bitext
import Foundation

/// The language-pair options shared by the commands that align: `--source-lang`,
/// `--target-lang` and `--presegmented`.
struct PairOptions: ParsableArguments {
  @Option(
    name: .long,
    help:
      "Language of the source text (BCP 47: fr, fr-CA, fra…); align and run need it, batch and stream use it for inputs that name none."
  )
  var sourceLang: String?

  @Option(name: .long, help: "Language of the target text (BCP 47), as --source-lang.")
  var targetLang: String?

  @Flag(name: .long, help: "The inputs hold one sentence per line.")
  var presegmented = false

  func validate() throws {
    _ = try Self.tag(sourceLang, option: "--source-lang")
    _ = try Self.tag(targetLang, option: "--target-lang")
  }

  /// Both languages, normalised; a usage error when one is missing.
  func languages() throws -> (source: String, target: String) {
    try Self.languages(source: sourceLang, target: targetLang)
  }

  /// Two language codes, normalised; a usage error when one is missing or unknown.
  static func languages(source sourceLang: String?, target targetLang: String?) throws -> (
    source: String, target: String
  ) {
    guard let source = try Self.tag(sourceLang, option: "--source-lang") else {
      throw ValidationError("missing --source-lang (the language of the source text)")
    }
    guard let target = try Self.tag(targetLang, option: "--target-lang") else {
      throw ValidationError("missing --target-lang (the language of the target text)")
    }
    return (source, target)
  }

  /// The languages given, normalised (nil where none is given).
  func defaultLanguages() throws -> (source: String?, target: String?) {
    (
      try Self.tag(sourceLang, option: "--source-lang"),
      try Self.tag(targetLang, option: "--target-lang")
    )
  }

  /// The pipeline for the pair: languages checked, the lexicon loaded, and warnings printed
  /// for a missing lexicon and for languages without sentence rules.
  func pipeline(
    lexicon: LexiconOptions, embeddings: EmbeddingOptions = EmbeddingOptions(),
    minimumScore: Double?, documents: DocumentOptions, threads: ThreadOptions
  ) throws -> BitextPipeline {
    let (source, target) = try languages()
    let (loaded, warnings) = try BitextPipeline.loadLexicon(
      lexicon.choice(), sourceLanguage: source, targetLanguage: target)
    warnings.forEach(Console.warn)
    if !presegmented {
      Set([source, target]).sorted().compactMap(LanguageProfile.missingRulesWarning)
        .forEach(Console.warn)
    }
    let threadCount = threads.threads ?? ProcessInfo.processInfo.activeProcessorCount
    return BitextPipeline(
      options: .init(
        sourceLanguage: source, targetLanguage: target, presegmented: presegmented,
        minimumScore: minimumScore, documents: try documents.readOptions(), threads: threadCount),
      lexicon: loaded, embeddings: try embeddings.encoder(threads: threadCount))
  }

  /// A language code normalised by ``LanguageTag`` (`fr_ca` → `fr-CA`, `fra` → `fr`); a
  /// usage error saying what is accepted when the code is unknown.
  static func tag(_ code: String?, option: String) throws -> String? {
    guard let code else { return nil }
    do { return try LanguageTag(code).description } catch {
      throw ValidationError("\(option): \(error)")
    }
  }
}
