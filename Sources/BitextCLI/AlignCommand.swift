import ArgumentParser
import Bitext
import Foundation

/// `bitext align`: align the sentences of a text with those of its translation.
struct AlignCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "align",
    abstract: "Align the sentences of a text and of its translation.",
    discussion: """
      Reads two texts (raw text, segmented into sentences, or with --presegmented
      one sentence per line) and writes their alignment in any corpus format.
      --format beads (the default) prints the research format, one bead per line
      with 0-based sentence ids, e.g. `[3, 4]:[5]` (an empty side is `[]`); tsv,
      tmx, jsonl and moses write the aligned texts (moses needs -o PREFIX and
      writes PREFIX.<source-lang> and PREFIX.<target-lang>).

      The lexicon adds dictionary evidence: auto uses the lexicons of the pair in
      the lexicon directory (see `bitext dict`) when there are any, none aligns on
      lengths and cognates, a path reads that lexicon file (TSV, as written by
      `bitext dict`; repeat the option for several).

      Examples:
        bitext align --source-lang fr --target-lang en fr.txt en.txt
        bitext align --source-lang fr --target-lang en --format tmx -o corpus.tmx fr.txt en.txt
        bitext align --source-lang de --target-lang fr --presegmented --lexicon none de.txt fr.txt
      """
  )

  @OptionGroup var pair: PairOptions

  @OptionGroup var lexiconOptions: LexiconOptions

  @OptionGroup var embeddingOptions: EmbeddingOptions

  @OptionGroup(title: "Constraints") var constraintOptions: ConstraintOptions

  @OptionGroup(title: "Performance") var threadOptions: ThreadOptions

  @OptionGroup(title: "Input documents") var documentOptions: DocumentOptions

  @OptionGroup(title: "Output (format default: beads)") var outputOptions: OutputOptions

  @Option(
    name: .shortAndLong,
    help: "Write the output to this file (atomically) instead of standard output ('-').")
  var output: String?

  @Option(name: .long, help: "The document id written into tmx and jsonl output.")
  var document: String?

  @Argument(help: "The source text (UTF-8).")
  var source: String

  @Argument(help: "The target text (UTF-8).")
  var target: String

  func run() throws {
    let corpusFormat = try outputOptions.corpusFormat(default: .beads)
    let pipeline = try pair.pipeline(
      lexicon: lexiconOptions, embeddings: embeddingOptions, minimumScore: outputOptions.minScore,
      documents: documentOptions,
      threads: threadOptions)
    let (sourceLang, targetLang) = (
      pipeline.options.sourceLanguage, pipeline.options.targetLanguage
    )
    let sourceDocument = try pipeline.document(file: source, language: sourceLang)
    let targetDocument = try pipeline.document(file: target, language: targetLang)
    let documentID =
      document ?? URL(fileURLWithPath: source).deletingPathExtension().lastPathComponent
    let result = try AlignmentProgressDisplay.align(
      pipeline, source: sourceDocument, target: targetDocument, document: documentID,
      constraints: constraintOptions, corrections: try constraintOptions.corrections())
    result.warnings.forEach(Console.warn)
    let report = try CorpusWriter(toolVersion: BitextVersion.current).write(
      outputOptions.corpus(result.corpus, for: corpusFormat), format: corpusFormat,
      to: OutputOptions.destination(output))
    report.warnings.forEach(Console.warn)
  }
}
