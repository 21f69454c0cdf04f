import ArgumentParser
import Bitext

/// How `translate` and a `run` without a target text translate: the engine and its route.
struct TranslationOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Translation engine: auto (Apertium when installed with a route for the pair, else the gloss), apertium or gloss.",
      valueName: "engine"))
  var engine: MachineTranslator.Engine = .auto

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Only this Apertium route, by its languages (fr-ca-en, fr-es-en…); default: up to three routes combined line by line.",
      valueName: "route"))
  var route: String?

  /// The translator's settings.
  var configuration: MachineTranslator.Configuration {
    MachineTranslator.Configuration(engine: engine, route: route)
  }

  /// The machine translator of the pair, with Apertium when this machine has it and the gloss
  /// translator when there is a lexicon.
  func translator(source: String, target: String, lexicon: Lexicon?) throws(TranslationError)
    -> MachineTranslator
  {
    try MachineTranslator(
      sourceLanguage: source, targetLanguage: target,
      gloss: lexicon.map {
        GlossTranslator(lexicon: $0, sourceLanguage: source, targetLanguage: target)
      },
      installation: engine == .gloss ? nil : try ApertiumInstallation.discover(),
      configuration: configuration)
  }

  /// A translation error as the user knows the input: `file: sentence 12: …`.
  static func error(_ error: TranslationError, file: String, unit: String) -> BitextError {
    let place = error.line.map { ": \(unit) \($0 + 1)" } ?? ""
    return BitextError("\(TextFile.displayName(file))\(place): \(error.message)")
  }
}

extension MachineTranslator.Engine: ExpressibleByArgument {}
