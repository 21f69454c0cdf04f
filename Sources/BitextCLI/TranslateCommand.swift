import ArgumentParser
import Bitext
import Foundation

/// `bitext translate`: machine-translate sentences, one per line, with Apertium or the gloss
/// translator.
struct TranslateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "translate",
    abstract: "Machine-translate sentences (one per line): Apertium, or the gloss translator.",
    discussion: """
      Reads one sentence per line and prints one translation per line (an empty
      line stays empty); a document (HTML, DOCX, ODT, PDF) is translated block by
      block. The whole input goes to the engine at once.

      --engine auto (the default) uses Apertium when it is installed with a route
      for the pair — a direct pair, else up to three pivot routes (fr→ca→en,
      fr→es→en, fr→eo→en) combined line by line, keeping the output the others
      agree with most — and otherwise the gloss translator, with a warning naming
      the Debian packages to install. With Apertium, names the text shows that a
      route would mangle, numbers, URLs and e-mail addresses pass through
      unchanged, and words a route left untranslated get the gloss of their
      source word. --engine gloss translates word by word with the lexicon;
      --engine apertium fails when Apertium or a route is missing.

      With --format jsonl each line is {"source":…,"translation":…,"origin":…,
      "unknown":[…]} (origin: mt:apertium:fr-ca-en, mt:gloss; unknown: source
      words left untranslated).

      --lexicon auto (the default) uses the lexicons of the pair in the lexicon
      directory (imported with `bitext dict import freedict fra-eng`); otherwise
      give one or more TSV lexicon files
      (source<TAB>target[<TAB>weight[<TAB>provenance]]). The gloss translator
      needs one; Apertium uses it to repair what it leaves untranslated.

      Examples:
        bitext translate --source-lang fr --target-lang en fr.sentences.txt
        echo "Le président biélorusse a parlé." | bitext translate --source-lang fr --target-lang en --format jsonl
        bitext translate --source-lang fr --target-lang en --engine gloss --lexicon glossary.tsv -
      """
  )

  /// Output formats of `bitext translate`.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, jsonl
  }

  @Option(name: .long, help: "The source language (BCP 47: fr, fr-CA, fra…).")
  var sourceLang: String?

  @Option(name: .long, help: "The target language (BCP 47).")
  var targetLang: String?

  @Option(name: .long, help: .hidden)
  var from: String?

  @Option(name: .long, help: .hidden)
  var to: String?

  @OptionGroup var lexiconOptions: LexiconOptions

  @OptionGroup(title: "Translation") var translationOptions: TranslationOptions

  @OptionGroup(title: "Input document") var documentOptions: DocumentOptions

  @Option(name: .long, help: "Output format: text (one translation per line) or jsonl.")
  var format: Format = .text

  @Argument(help: "The sentences to translate (UTF-8, one per line); '-' or nothing reads stdin.")
  var file: String?

  /// The two languages, from `--source-lang`/`--target-lang` or their old spellings
  /// `--from`/`--to`.
  func languages() throws -> (source: String, target: String) {
    guard sourceLang == nil || from == nil, targetLang == nil || to == nil else {
      throw ValidationError("--from and --to are old spellings of --source-lang and --target-lang")
    }
    return try PairOptions.languages(source: sourceLang ?? from, target: targetLang ?? to)
  }

  func run() throws {
    let (sourceTag, targetTag) = try languages()
    let source = LanguageTag.primaryLanguage(sourceTag)
    let target = LanguageTag.primaryLanguage(targetTag)
    let lexicon = try loadLexicon(source: source, target: target)
    let path = file ?? TextFile.standardInputPath
    let read = try DocumentReader(options: documentOptions.readOptions()).read(path)
    // A text is translated line by line; a structured document block by block.
    let text =
      read.format == .text
      ? read.blocks.first?.text ?? ""
      : read.blocks.map { String($0.text.map { $0.isNewline ? " " : $0 }) }.joined(
        separator: "\n")
    let normalizer = Normalizer()
    let lines = try TextFile.lines(text).map { try Self.clean($0, with: normalizer) }
    let translator: MachineTranslator
    let translation: MachineTranslator.Translation
    do {
      translator = try translationOptions.translator(
        source: source, target: target, lexicon: lexicon)
      translator.warnings.forEach(Console.warn)
      translation = try translator.translate(lines)
      translation.warnings.forEach(Console.warn)
    } catch {
      throw TranslationOptions.error(error, file: path, unit: "line")
    }
    var out = ""
    for (index, line) in lines.enumerated() {
      switch format {
      case .text:
        out += translation.lines[index] + "\n"
      case .jsonl:
        out +=
          "{\"source\":\(JSONText.quoted(line)),\"translation\":\(JSONText.quoted(translation.lines[index])),"
          + "\"origin\":\(JSONText.quoted(translation.origins[index])),"
          + "\"unknown\":[\(translation.unknownWords[index].map(JSONText.quoted).joined(separator: ","))]}\n"
      }
      if out.utf8.count > 1 << 20 {
        Console.output(out)
        out = ""
      }
    }
    Console.output(out)
  }

  /// A line as the rest of Bitext reads text (see ``Normalizer``: NFC, control characters such
  /// as ESC removed), kept on one line: the line breaks the normalizer makes of U+2028, U+2029,
  /// NEL, CR and form feed become spaces, so line i of the output always translates line i.
  static func clean(_ line: Substring, with normalizer: Normalizer) throws -> String {
    let normalized = try normalizer.normalize(String(line))
    guard normalized.utf8.contains(0x0A) else { return normalized }
    return String(normalized.map { $0 == "\n" ? " " : $0 })
  }

  /// The lexicon of the pair, nil when there is none; the gloss engine needs one.
  func loadLexicon(source: String, target: String) throws -> Lexicon? {
    let choice = try lexiconOptions.choice()
    if case .none = choice {
      guard translationOptions.engine != .gloss else {
        throw ValidationError("--engine gloss needs a lexicon: --lexicon auto or a lexicon file")
      }
      return nil
    }
    let (lexicon, warnings) = try BitextPipeline.loadLexicon(
      choice, sourceLanguage: source, targetLanguage: target)
    guard let lexicon else {
      let pair = [source, target].map { LanguageCode.threeLetter($0) ?? $0 }.joined(separator: "-")
      let directory = lexiconOptions.lexiconDirectory ?? LexiconStore.defaultDirectory()
      guard translationOptions.engine != .gloss else {
        throw BitextError(
          "no \(source)-\(target) lexicon in \(directory): run `bitext dict import freedict \(pair)`"
            + " (or give a TSV file with --lexicon FILE)")
      }
      return nil
    }
    warnings.forEach(Console.warn)
    return lexicon
  }
}
