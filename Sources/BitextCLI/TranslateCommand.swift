import ArgumentParser
import Bitext
import Foundation

/// `bitext translate`: gloss-translate sentences, one per line, with a bilingual lexicon.
struct TranslateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "translate",
    abstract: "Gloss-translate sentences (one per line) word by word with a lexicon.",
    discussion: """
      Reads one sentence per line and prints one translation per line (an empty
      line stays empty). The gloss takes the longest multi-word entries, function
      words and elisions, lemmas of inflected words, the best sense of each word;
      numbers and names pass through; French adjectives move before their noun.
      With --format jsonl each line is
      {"source":…,"translation":…,"unknown":[…]} (unknown: words not in the lexicon).

      --lexicon auto (the default) uses the lexicons of the pair in the lexicon
      directory (imported with `bitext dict import freedict fra-eng`); otherwise
      give one or more TSV lexicon files
      (source<TAB>target[<TAB>weight[<TAB>provenance]]).

      Examples:
        bitext translate --source-lang fr --target-lang en fr.sentences.txt
        echo "Le président biélorusse a parlé." | bitext translate --source-lang fr --target-lang en --format jsonl
        bitext translate --source-lang fr --target-lang en --lexicon glossary.tsv --lexicon names.tsv -
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
    let loaded = try loadLexicon(source: source, target: target)
    let read = try DocumentReader(options: documentOptions.readOptions()).read(
      file ?? TextFile.standardInputPath)
    // A text is translated line by line; a structured document block by block.
    let text =
      read.format == .text
      ? read.blocks.first?.text ?? ""
      : read.blocks.map { String($0.text.map { $0.isNewline ? " " : $0 }) }.joined(
        separator: "\n")
    let translator = GlossTranslator(
      lexicon: loaded, sourceLanguage: source, targetLanguage: target)
    var out = ""
    let normalizer = Normalizer()
    for rawLine in TextFile.lines(text) {
      let line = try Self.clean(rawLine, with: normalizer)
      let translation = translator.translate(line)
      switch format {
      case .text:
        out += translation.text + "\n"
      case .jsonl:
        out +=
          "{\"source\":\(JSONText.quoted(line)),\"translation\":\(JSONText.quoted(translation.text)),"
          + "\"unknown\":[\(translation.unknownWords.map(JSONText.quoted).joined(separator: ","))]}\n"
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

  /// The lexicon to translate with; translation without one is an error.
  func loadLexicon(source: String, target: String) throws -> Lexicon {
    let choice = try lexiconOptions.choice()
    if case .none = choice {
      throw ValidationError("translate needs a lexicon: --lexicon auto or a lexicon file")
    }
    let (lexicon, warnings) = try BitextPipeline.loadLexicon(
      choice, sourceLanguage: source, targetLanguage: target)
    guard let lexicon else {
      let pair = [source, target].map { LanguageCode.threeLetter($0) ?? $0 }.joined(separator: "-")
      let directory = lexiconOptions.lexiconDirectory ?? LexiconStore.defaultDirectory()
      throw BitextError(
        "no \(source)-\(target) lexicon in \(directory): run `bitext dict import freedict \(pair)`"
          + " (or give a TSV file with --lexicon FILE)")
    }
    warnings.forEach(Console.warn)
    return lexicon
  }
}
