import ArgumentParser
import BitextCorpus
import BitextLexicon
import BitextText
import BitextTranslate
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
        bitext translate --from fr --to en fr.sentences.txt
        echo "Le président biélorusse a parlé." | bitext translate --from fr --to en --format jsonl
        bitext translate --from fr --to en --lexicon glossary.tsv --lexicon names.tsv -
      """
  )

  /// Output formats of `bitext translate`.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, jsonl
  }

  @Option(name: .long, help: "The source language (e.g. fr).")
  var from: String

  @Option(name: .long, help: "The target language (e.g. en).")
  var to: String

  @Option(
    name: .long,
    help: "auto (the imported lexicons of the pair) or a TSV lexicon file; repeat for several.")
  var lexicon: [String] = ["auto"]

  @Option(name: .customLong("lexicon-dir"), help: "The lexicon data directory (for auto).")
  var lexiconDirectory: String?

  @Option(name: .long, help: "Output format: text (one translation per line) or jsonl.")
  var format: Format = .text

  @Argument(help: "The sentences to translate (UTF-8, one per line); '-' or nothing reads stdin.")
  var file: String?

  func validate() throws {
    guard !from.isEmpty, !to.isEmpty else { throw ValidationError("--from and --to are required") }
    guard !lexicon.isEmpty else { throw ValidationError("--lexicon needs auto or a file") }
    if lexicon.contains("auto"), lexicon.count > 1 {
      throw ValidationError("--lexicon auto cannot be combined with files")
    }
  }

  func run() throws {
    let source = LanguageCode.twoLetter(from)
    let target = LanguageCode.twoLetter(to)
    let loaded = try loadLexicon(source: source, target: target)
    let text = try TextFile.read(file ?? TextFile.standardInputPath)
    let translator = GlossTranslator(
      lexicon: loaded, sourceLanguage: source, targetLanguage: target)
    var out = ""
    for line in TextFile.lines(text).map(String.init) {
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

  func loadLexicon(source: String, target: String) throws -> Lexicon {
    if lexicon == ["auto"] {
      let directory = lexiconDirectory ?? LexiconStore.defaultDirectory()
      guard let loaded = try LexiconStore(directory: directory).load(source: source, target: target)
      else {
        let pair = [source, target].map { LanguageCode.threeLetter($0) ?? $0 }.joined(
          separator: "-")
        throw CLIError(
          "no \(source)-\(target) lexicon in \(directory): run `bitext dict import freedict \(pair)`"
            + " (or give a TSV file with --lexicon FILE)")
      }
      Console.warn(loaded.issues)
      return loaded.lexicon
    }
    var combined = Lexicon(sourceLanguage: source, targetLanguage: target)
    for path in lexicon {
      guard FileManager.default.fileExists(atPath: path) else {
        throw CLIError("\(path): no such lexicon file")
      }
      let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
      let read = try LexiconStore.read(
        file: path, sourceLanguage: source, targetLanguage: target, provenance: name)
      Console.warn(read.issues)
      combined.merge(read.lexicon)
    }
    return combined
  }
}
