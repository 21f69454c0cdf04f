import ArgumentParser
import Bitext
import Foundation

/// `bitext review`: the HTML page to review and correct an alignment.
struct ReviewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "review",
    abstract: "Write an HTML page to review and correct an alignment.",
    discussion: """
      With two texts, aligns them as `bitext align` does and writes the page of
      their alignment; with one argument, an aligned corpus (.tmx, .tsv, .jsonl,
      or --from; Moses is a prefix with --from moses and both languages), writes
      the page of that corpus.

      The page is one HTML file that loads nothing from the network: open it in
      any browser, from disk. It shows the beads side by side, coloured by
      confidence, with their flags (low confidence, omission, number mismatch…),
      the document verdict, the counts per bead shape and per flag, and the
      alignment path. Filter to flagged beads or search both sides; j/k go to
      the next or previous flagged bead. Merge, split, move a sentence to the
      neighbouring bead or mark a bead checked, then "Export corrections":
      corrections.json holds every checked or edited bead, and a re-alignment
      with --constraints corrections.json keeps them. Review a JSONL corpus (or
      the texts) for corrections: TSV, TMX and Moses keep one text per side, not
      the sentences.

      With --constraints corrections.json, the texts are re-aligned keeping the
      beads it confirms (a corpus is read as it is), and those beads start
      checked on the page, so that the next export keeps them too.

      The page is written atomically (a symbolic link is replaced, never written
      through); -o - writes it to standard output, and -o FOLDER/ writes
      FOLDER/review.html.

      Examples:
        bitext review fr.txt en.txt --source-lang fr --target-lang en -o review.html
        bitext review corpus.jsonl -o review.html
        bitext review fr.txt en.txt --source-lang fr --target-lang en --constraints corrections.json -o review.html
      """)

  @OptionGroup var pair: PairOptions

  @OptionGroup var lexiconOptions: LexiconOptions

  @OptionGroup var embeddingOptions: EmbeddingOptions

  @OptionGroup(title: "Constraints") var constraintOptions: ConstraintOptions

  @OptionGroup(title: "Performance") var threadOptions: ThreadOptions

  @OptionGroup(title: "Input documents") var documentOptions: DocumentOptions

  @Option(
    name: .shortAndLong,
    help:
      "The page to write (e.g. review.html; - for standard output, a folder for FOLDER/review.html)."
  )
  var output: String

  @Option(
    name: .long, help: "The document id of two aligned texts (default: the source file's name).")
  var document: String?

  @Option(
    name: .customLong("from"), help: "The format of a corpus whose extension does not say it.")
  var inputFormat: CorpusFormat?

  @Option(name: .long, help: "Beads scoring below this value are flagged low-confidence (0–1).")
  var lowScore = 0.5

  @Option(name: .long, help: "The page's title (default: the document or the corpus file).")
  var title: String?

  @Argument(help: "The source and target texts to align, or one aligned corpus.")
  var inputs: [String] = []

  func validate() throws {
    guard (0...1).contains(lowScore) else {
      throw ValidationError("--low-score must be between 0 and 1 (got \(lowScore))")
    }
    switch inputs.count {
    case 1:
      try corpusInput().validate(
        purpose: "reviewed", alternative: "; to align two texts, give both")
      if constraintOptions.anchors != nil {
        throw ValidationError("--anchors guide an alignment: give the two texts to align")
      }
    case 2:
      if inputFormat != nil {
        throw ValidationError("--from names the format of one corpus, not of two texts")
      }
    default:
      throw ValidationError(
        "give two texts to align (SOURCE TARGET) or one aligned corpus, not \(inputs.count) arguments"
      )
    }
  }

  func run() throws {
    let corpus: AlignedCorpus
    let defaultTitle: String
    var notice: String?
    var embeddings: EmbeddingMemo?
    let confirmed = try constraintOptions.corrections()
    if inputs.count == 2 {
      let documentID =
        document ?? URL(fileURLWithPath: inputs[0]).deletingPathExtension().lastPathComponent
      (corpus, embeddings) = try align(documentID: documentID, corrections: confirmed)
      defaultTitle = "Bitext review: \(documentID)"
    } else {
      corpus = try corpusInput().read()
      let encoder = try embeddingOptions.encoder(
        threads: threadOptions.threads ?? ProcessInfo.processInfo.activeProcessorCount)
      if encoder?.staticVectors != nil {
        Console.note(
          "the omission check reads embeddings of the full encoder only (e5-small, not its static vectors): checking without them"
        )
      }
      embeddings = encoder.flatMap { $0.staticVectors == nil ? EmbeddingMemo(encoder: $0) : nil }
      guard !corpus.beads.isEmpty else {
        throw BitextError(
          "\(TextFile.displayName(inputs[0])) holds no beads: nothing to review, nothing written")
      }
      defaultTitle = "Bitext review: \(TextFile.displayName(inputs[0]))"
      if let format = try corpusInput().format, format == .tsv || format == .moses {
        notice =
          "This corpus was read from \(format == .tsv ? "TSV" : "Moses files"), which keep neither sentence ids nor sentence boundaries: the ids here count rows, so corrections exported from this page will not match the documents' sentences. Review the JSONL corpus, or the texts, to export corrections for --constraints."
        Console.warn(
          "\(TextFile.displayName(inputs[0])): \(format.rawValue) keeps no sentence ids; corrections exported from the page name rows, not sentences (review a JSONL corpus or the texts for --constraints)"
        )
      }
    }
    let report = QualityCheck(lowScore: lowScore).report(corpus, embeddings: embeddings)
    let page = ReviewPage(
      corpus: corpus, report: report,
      options: .init(
        title: title ?? defaultTitle, lowScore: lowScore, notice: notice, confirmed: confirmed))
    let written = try Self.write(page.html(), to: output)
    Console.report(
      "bitext review: \(corpus.beads.count) beads, \(report.flaggedBeads) flagged; wrote \(written)\n"
    )
  }

  /// The corpus input of the one-argument form, with the language options.
  private func corpusInput() throws -> CorpusInput {
    CorpusInput(
      path: inputs[0], givenFormat: inputFormat,
      sourceLanguage: try PairOptions.tag(pair.sourceLang, option: "--source-lang"),
      targetLanguage: try PairOptions.tag(pair.targetLang, option: "--target-lang"))
  }

  /// Aligns the two texts as `bitext align` does, keeping the beads `corrections` confirms.
  private func align(documentID: String, corrections: CorrectionSet?) throws -> (
    AlignedCorpus, EmbeddingMemo?
  ) {
    let pipeline = try pair.pipeline(
      lexicon: lexiconOptions, embeddings: embeddingOptions, minimumScore: nil,
      documents: documentOptions,
      threads: threadOptions)
    let (sourceLang, targetLang) = (
      pipeline.options.sourceLanguage, pipeline.options.targetLanguage
    )
    let sourceDocument = try pipeline.document(file: inputs[0], language: sourceLang)
    let targetDocument = try pipeline.document(file: inputs[1], language: targetLang)
    let result = try AlignmentProgressDisplay.align(
      pipeline, source: sourceDocument, target: targetDocument, document: documentID,
      constraints: constraintOptions, corrections: corrections)
    guard result.sourceSentences > 0 || result.targetSentences > 0 else {
      throw BitextError(
        "\(inputs.map(TextFile.displayName).joined(separator: " and ")) hold no sentences: nothing to review, nothing written"
      )
    }
    result.warnings.forEach(Console.warn)
    return (result.corpus, result.reviewEmbeddings)
  }

  /// Writes the page to `path`: standard output for `-`, `review.html` inside a folder (a
  /// path ending in `/` or naming one), else the file, atomically. Returns where it went.
  static func write(_ page: [UInt8], to path: String) throws -> String {
    if path == "-" {
      try AtomicFile.writeAll(page, descriptor: 1, name: "standard output")
      return "standard output"
    }
    var isFolder: ObjCBool = false
    let folder =
      path.hasSuffix("/")
      || (FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        && isFolder.boolValue)
    let file = folder ? OutputFolder.path("review.html", in: path) : path
    try AtomicFile.write(page, to: file)
    return file
  }
}
