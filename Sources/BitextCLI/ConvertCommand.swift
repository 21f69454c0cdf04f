import ArgumentParser
import BitextCorpus
import BitextText
import Foundation

extension CorpusFormat: ExpressibleByArgument {}

/// `bitext convert`: reads an aligned corpus in one format and writes it in another.
struct ConvertCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "convert",
    abstract: "Convert an aligned corpus between TMX, TSV, Moses, JSONL and beads.",
    discussion: """
      The input format comes from the file extension (.tmx, .tsv, .jsonl) or
      --from. Moses input is a prefix: PREFIX.<source-lang> and
      PREFIX.<target-lang> are read, so both languages are needed. Output goes to
      standard output (-o -, the default) or to a file written atomically; Moses
      output needs -o PREFIX and writes PREFIX.<source-lang> and
      PREFIX.<target-lang>.

      TMX cannot hold control characters, U+FFFE or U+FFFF: they become U+FFFD
      (with a warning). TSV escapes \\\\, tab, newline and CR as \\\\\\\\, \\\\t,
      \\\\n, \\\\r (other control characters as \\\\u00XX). Moses turns line
      breaks inside a segment into spaces.
      """)

  @Argument(help: "The input corpus (a file, a Moses prefix, or - for standard input).")
  var input: String

  @Option(name: .customLong("to"), help: "The output format.")
  var outputFormat: CorpusFormat

  @Option(
    name: [.short, .customLong("output")],
    help: "The output file or Moses prefix; - is standard output.")
  var output: String = "-"

  @Option(name: .customLong("from"), help: "The input format, when the extension does not say it.")
  var inputFormat: CorpusFormat?

  @Option(help: "The source language code (selects the TMX source side; names TSV/Moses sides).")
  var sourceLang: String?

  @Option(help: "The target language code.")
  var targetLang: String?

  @Flag(help: "Write a header line in TSV output.")
  var tsvHeader = false

  @Flag(help: "Leave the score column out of TSV output.")
  var noScore = false

  func validate() throws {
    _ = try PairOptions.tag(sourceLang, option: "--source-lang")
    _ = try PairOptions.tag(targetLang, option: "--target-lang")
    try corpusInput().validate()
    if outputFormat == .moses && output == "-" {
      throw ValidationError("Moses output is two files: give an output prefix with -o PREFIX")
    }
  }

  func run() throws {
    let corpus = try readCorpus()
    if outputFormat == .tmx || outputFormat == .moses {
      for language in [corpus.sourceLanguage, corpus.targetLanguage] where language == "und" {
        throw ValidationError(
          "\(outputFormat.rawValue) output needs language codes, and the input has none: pass --source-lang and --target-lang"
        )
      }
    }
    let writer = CorpusWriter(
      options: .init(toolVersion: BitextVersion.current, tsvHeader: tsvHeader, tsvScore: !noScore))
    let report = try writer.write(
      corpus, format: outputFormat, to: OutputOptions.destination(output))
    report.warnings.forEach(Console.warn)
  }

  /// The input format: `--from`, else the extension.
  func resolvedInputFormat() -> CorpusFormat? {
    (try? corpusInput())?.format
  }

  /// The input with the language options.
  func corpusInput() throws -> CorpusInput {
    CorpusInput(
      path: input, givenFormat: inputFormat,
      sourceLanguage: try PairOptions.tag(sourceLang, option: "--source-lang"),
      targetLanguage: try PairOptions.tag(targetLang, option: "--target-lang"))
  }

  /// Reads the input corpus with the language options; its warnings go to standard error.
  func readCorpus() throws -> AlignedCorpus {
    try corpusInput().read()
  }
}
