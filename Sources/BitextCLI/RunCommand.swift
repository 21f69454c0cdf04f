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
      target side from SOURCE with the gloss translator (a lexicon for the pair is
      then required) and also writes it as DIR/reconstructed.<target-lang>.txt.

      Writes DIR/corpus.tmx, DIR/corpus.tsv and DIR/corpus.jsonl, and prints a
      summary on standard error. Every file is encoded before the first is
      written, and each is written atomically.

      Examples:
        bitext run article.fr.txt article.en.txt --source-lang fr --target-lang en --out out/
        bitext run article.fr.txt --source-lang fr --target-lang en --out out/
      """
  )

  @Option(name: .long, help: "Language of the source text (BCP 47).")
  var sourceLang: String

  @Option(name: .long, help: "Language of the target text (BCP 47).")
  var targetLang: String

  @Option(name: .long, help: "The output folder (created if needed).")
  var out: String

  @OptionGroup var lexiconOptions: LexiconOptions

  @Flag(name: .long, help: "The inputs hold one sentence per line.")
  var presegmented = false

  @Option(
    name: .long, help: "The document id written into the corpus (default: the source file's name).")
  var document: String?

  @Option(
    name: .long, help: "Beads scoring below this value count as low-confidence in the summary.")
  var lowScore = 0.5

  @Argument(help: "The source text (UTF-8).")
  var source: String

  @Argument(help: "The target text (UTF-8); omit it to reconstruct the target side.")
  var target: String?

  func run() throws {
    let choice = try lexiconOptions.choice()
    let (lexicon, lexiconWarnings) = try BitextPipeline.loadLexicon(
      choice, sourceLanguage: sourceLang, targetLanguage: targetLang)
    lexiconWarnings.forEach(Console.warn)
    let pipeline = BitextPipeline(
      options: .init(
        sourceLanguage: sourceLang, targetLanguage: targetLang, presegmented: presegmented),
      lexicon: lexicon)
    let sourceDocument = try pipeline.document(file: source, language: sourceLang)
    let documentID =
      document ?? URL(fileURLWithPath: source).deletingPathExtension().lastPathComponent
    let result: BitextPipeline.Result
    var extraFiles: [(name: String, bytes: [UInt8])] = []
    if let target {
      let targetDocument = try pipeline.document(file: target, language: targetLang)
      result = pipeline.align(source: sourceDocument, target: targetDocument, document: documentID)
    } else {
      guard let reconstructed = pipeline.reconstruct(source: sourceDocument, document: documentID)
      else {
        throw CLIError(
          "reconstructing the \(targetLang) side needs a \(sourceLang)-\(targetLang) lexicon: run `bitext dict import freedict` for the pair, or pass --lexicon FILE"
        )
      }
      result = reconstructed
      extraFiles.append(
        ("reconstructed.\(targetLang).txt", Array((reconstructed.reconstructedText ?? "").utf8)))
    }
    result.warnings.forEach(Console.warn)
    let writer = CorpusWriter(toolVersion: BitextVersion.current)
    var files = extraFiles
    for format in [CorpusFormat.tmx, .tsv, .jsonl] {
      let data: Data
      do { data = try writer.encode(result.corpus, format: format) } catch {
        throw CLIError("\(error)")
      }
      files.append(("corpus.\(format.rawValue)", [UInt8](data)))
    }
    try OutputFolder.write(files, into: out)
    Console.report(summary(result))
  }

  private func summary(_ result: BitextPipeline.Result) -> String {
    let beads = result.corpus.beads
    var kinds: [String: Int] = [:]
    for bead in beads { kinds["\(bead.sourceIDs.count)-\(bead.targetIDs.count)", default: 0] += 1 }
    let kindText = kinds.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
      .map { "\($0.key): \($0.value)" }.joined(separator: ", ")
    let mean = beads.isEmpty ? 0 : beads.map(\.score).reduce(0, +) / Double(beads.count)
    let low = beads.filter { $0.score < lowScore }
    var text = """
      bitext run: \(result.sourceSentences) \(sourceLang) sentences, \(result.targetSentences) \(targetLang) sentences\(target == nil ? " (reconstructed)" : "")
        beads: \(beads.count) (\(kindText))
        mean confidence: \(String(format: "%.3f", mean)); below \(lowScore): \(low.count)

      """
    for bead in low.prefix(5) {
      text +=
        "    [\(bead.sourceIDs.map(String.init).joined(separator: ", "))]:[\(bead.targetIDs.map(String.init).joined(separator: ", "))] \(String(format: "%.2f", bead.score)) \(bead.sourceText.prefix(60))\n"
    }
    text += "  wrote \(OutputFolder.path("corpus.tmx", in: out)), corpus.tsv, corpus.jsonl\n"
    return text
  }
}

/// Writes the files of a run into its output folder, each atomically (``AtomicFile``).
enum OutputFolder {
  /// The path of a file in a folder, without a doubled slash (`out/` + `corpus.tmx`).
  static func path(_ name: String, in folder: String) -> String {
    var folder = Substring(folder)
    while folder.count > 1 && folder.hasSuffix("/") { folder = folder.dropLast() }
    return folder == "/" ? "/" + name : "\(folder)/\(name)"
  }

  /// Writes every file; the contents are all encoded before the first write.
  static func write(_ files: [(name: String, bytes: [UInt8])], into folder: String)
    throws(FileError)
  {
    for file in files { try AtomicFile.write(file.bytes, to: path(file.name, in: folder)) }
  }
}
