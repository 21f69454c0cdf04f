import ArgumentParser
import Bitext
import Foundation

/// `bitext run`: the whole pipeline in one command.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Normalize, segment, align (or reconstruct) and export a document pair.",
    discussion: """
      With a TARGET text, aligns SOURCE with it; without one, reconstructs the
      target side from SOURCE by machine translation (see `bitext translate`:
      Apertium when installed with a route for the pair, else the gloss translator,
      which needs a lexicon) and also writes it as DIR/reconstructed.<target-lang>.txt.
      Every reconstructed sentence is marked as machine output: JSONL "origin",
      TMX <prop type="x-origin">.

      Writes DIR/corpus.tmx, DIR/corpus.tsv and DIR/corpus.jsonl (with --format,
      only DIR/corpus.<format>; Moses writes DIR/corpus.<source-lang> and
      DIR/corpus.<target-lang>) and DIR/review.html, the page to review and
      correct the alignment in a browser (see `bitext review`), and prints a
      summary on standard error. Every file is encoded before the first is
      written, and they are written atomically and together: if one cannot be
      written, none is replaced. An output that is a symbolic link is replaced,
      never written through. Inputs without any sentence are an error: nothing
      is written.

      The summary ends with the beads a reviewer should check (the first five,
      with the reason of each flag): low confidence, omissions (1-0, 0-1 and
      their runs), numbers, URLs or names on one side only, a length ratio far
      from the document's, untranslated text, many-to-many beads.

      Examples:
        bitext run article.fr.txt article.en.txt --source-lang fr --target-lang en --out out/
        bitext run article.fr.txt --source-lang fr --target-lang en --out out/
      """
  )

  @OptionGroup var pair: PairOptions

  @Option(name: .long, help: "The output folder (created if needed).")
  var out: String

  @OptionGroup var lexiconOptions: LexiconOptions

  @OptionGroup var embeddingOptions: EmbeddingOptions

  @OptionGroup(title: "Constraints") var constraintOptions: ConstraintOptions

  @OptionGroup(title: "Performance") var threadOptions: ThreadOptions

  @OptionGroup(title: "Input documents") var documentOptions: DocumentOptions

  @OptionGroup(title: "Output (default: tmx, tsv and jsonl)") var outputOptions: OutputOptions

  @Option(
    name: .long, help: "The document id written into the corpus (default: the source file's name).")
  var document: String?

  @Option(
    name: .long,
    help:
      "Beads scoring below this value count as low-confidence in the summary, its flags and the review page."
  )
  var lowScore = 0.5

  @OptionGroup(title: "Translation (without a target text)") var translation: TranslationOptions

  @Argument(help: "The source text (UTF-8).")
  var source: String

  @Argument(help: "The target text (UTF-8); omit it to reconstruct the target side.")
  var target: String?

  func validate() throws {
    if target == nil && (constraintOptions.constraints != nil || constraintOptions.anchors != nil) {
      throw ValidationError(
        "--constraints and --anchors need a target text: without one, the target is reconstructed sentence by sentence"
      )
    }
  }

  func run() throws {
    let formats: [CorpusFormat] =
      outputOptions.format == nil
      ? [.tmx, .tsv, .jsonl] : [try outputOptions.corpusFormat(default: .tmx)]
    let pipeline = try pair.pipeline(
      lexicon: lexiconOptions, embeddings: embeddingOptions, minimumScore: outputOptions.minScore,
      documents: documentOptions,
      threads: threadOptions)
    let (sourceLang, targetLang) = (
      pipeline.options.sourceLanguage, pipeline.options.targetLanguage
    )
    let sourceDocument = try pipeline.document(file: source, language: sourceLang)
    let documentID =
      document ?? URL(fileURLWithPath: source).deletingPathExtension().lastPathComponent
    let result: BitextPipeline.Result
    var origin: String?
    var files: [(name: String, bytes: [UInt8])] = []
    let corrections = try constraintOptions.corrections()
    if let target {
      let targetDocument = try pipeline.document(file: target, language: targetLang)
      result = try AlignmentProgressDisplay.align(
        pipeline, source: sourceDocument, target: targetDocument, document: documentID,
        constraints: constraintOptions, corrections: corrections)
    } else {
      let reconstructed: BitextPipeline.Result
      let translator: MachineTranslator
      do {
        translator = try translation.translator(
          source: sourceLang, target: targetLang, lexicon: pipeline.lexicon)
        reconstructed = try pipeline.reconstruct(
          source: sourceDocument, document: documentID, translator: translator)
      } catch {
        throw TranslationOptions.error(error, file: source, unit: "sentence")
      }
      origin = translator.origin
      result = reconstructed
      files.append(
        ("reconstructed.\(targetLang).txt", Array((reconstructed.reconstructedText ?? "").utf8)))
    }
    guard result.sourceSentences > 0 || result.targetSentences > 0 else {
      let inputs = [source, target].compactMap { $0 }.map(TextFile.displayName)
      throw BitextError(
        "\(inputs.joined(separator: " and ")) hold no sentences: nothing to align, nothing written")
    }
    result.warnings.forEach(Console.warn)
    let writer = CorpusWriter(toolVersion: BitextVersion.current)
    for format in formats {
      let corpus = outputOptions.corpus(result.corpus, for: format)
      if format == .moses {
        let moses = writer.encodeMoses(corpus)
        files.append(("corpus.\(sourceLang)", [UInt8](moses.source)))
        files.append(("corpus.\(targetLang)", [UInt8](moses.target)))
      } else {
        files.append(
          ("corpus.\(format.rawValue)", [UInt8](try writer.encode(corpus, format: format))))
      }
    }
    let report = QualityCheck(lowScore: lowScore).report(
      result.corpus, embeddings: result.reviewEmbeddings)
    let review = ReviewPage(
      corpus: result.corpus, report: report,
      options: .init(
        title: "Bitext review: \(documentID)", lowScore: lowScore,
        confirmed: corrections))
    files.append(("review.html", review.html()))
    try OutputFolder.write(files, into: out)
    Console.report(
      summary(
        result, report: report, files: files.map(\.name), languages: (sourceLang, targetLang),
        origin: origin))
  }

  private func summary(
    _ result: BitextPipeline.Result, report: QualityReport, files: [String],
    languages: (String, String), origin: String?
  ) -> String {
    let summary = CorpusSummary(result.corpus, lowScore: lowScore)
    let shapes = summary.shapes.map { "\($0.shape): \($0.count)" }.joined(separator: ", ")
    var text = """
      bitext run: \(result.sourceSentences) \(languages.0) sentences, \(result.targetSentences) \(languages.1) sentences\(origin.map { " (reconstructed by \($0))" } ?? "")
        beads: \(summary.beads) (\(shapes))
        mean confidence: \(String(format: "%.3f", summary.meanScore)); below \(lowScore): \(summary.lowScoring.count)

      """
    for (document, verdict) in result.corpus.verdicts.sorted(by: { $0.key < $1.key }) {
      text +=
        "  verdict: \(verdict.kind.rawValue) (confidence \(String(format: "%.3f", verdict.confidence)))"
        + (result.corpus.verdicts.count > 1 ? " for \(document)" : "") + "\n"
    }
    for line in QualitySummary().lines(report, corpus: result.corpus) { text += "  \(line)\n" }
    let written = files.filter { $0.hasPrefix("corpus.") || $0 == "review.html" }
    text += "  wrote \(OutputFolder.path(written[0], in: out))"
    text += written.dropFirst().map { ", \($0)" }.joined() + "\n"
    return text
  }
}

/// Writes the files of a run into its output folder, atomically and together (``AtomicFile``).
enum OutputFolder {
  /// The path of a file in a folder, without a doubled slash (`out/` + `corpus.tmx`).
  static func path(_ name: String, in folder: String) -> String {
    var folder = Substring(folder)
    while folder.count > 1 && folder.hasSuffix("/") { folder = folder.dropLast() }
    return folder == "/" ? "/" + name : "\(folder)/\(name)"
  }

  /// Writes every file, all or nothing (``AtomicFile/write(together:wrapping:_:)``): the two
  /// Moses sides, or the corpus in several formats, are never left from different runs.
  static func write(_ files: [(name: String, bytes: [UInt8])], into folder: String)
    throws(FileError)
  {
    try AtomicFile.write(
      together: files.map { path($0.name, in: folder) }, wrapping: same
    ) { (index: Int, sink: ([UInt8]) throws(FileError) -> Void) throws(FileError) in
      try sink(files[index].bytes)
    }
  }

  /// A file error as it is.
  private static func same(_ error: FileError) -> FileError { error }
}
