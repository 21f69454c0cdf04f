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
      summary on standard error. The files are written into a temporary folder
      first and moved into DIR only when all of them are complete.

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
    lexiconWarnings.forEach(warn)
    let pipeline = BitextPipeline(
      options: .init(
        sourceLanguage: sourceLang, targetLanguage: targetLang, presegmented: presegmented),
      lexicon: lexicon)
    let sourceDocument = try read(source, language: sourceLang, pipeline: pipeline)
    let documentID =
      document ?? URL(fileURLWithPath: source).deletingPathExtension().lastPathComponent
    let result: BitextPipeline.Result
    var extraFiles: [(String, Data)] = []
    if let target {
      let targetDocument = try read(target, language: targetLang, pipeline: pipeline)
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
        ("reconstructed.\(targetLang).txt", Data((reconstructed.reconstructedText ?? "").utf8)))
    }
    result.warnings.forEach(warn)
    let writer = CorpusWriter(toolVersion: BitextVersion.current)
    var files = extraFiles
    for format in [CorpusFormat.tmx, .tsv, .jsonl] {
      let data: Data
      do { data = try writer.encode(result.corpus, format: format) } catch {
        throw CLIError("\(error)")
      }
      files.append(("corpus.\(format.rawValue)", data))
    }
    try OutputFolder.write(files, into: URL(fileURLWithPath: out))
    FileHandle.standardError.write(Data(summary(result).utf8))
  }

  private func read(_ path: String, language: String, pipeline: BitextPipeline) throws
    -> TextDocument
  {
    let bytes = try InputReader.read(path)
    do {
      return try pipeline.document(bytes, language: language)
    } catch {
      throw CLIError("\(InputReader.name(path)): \(error)")
    }
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
    text += "  wrote \(out)/corpus.tmx, corpus.tsv, corpus.jsonl\n"
    return text
  }
}

/// Writes a set of files into a folder so that none is ever half-written: all go into a
/// temporary folder beside it first, then each is renamed into place.
enum OutputFolder {
  static func write(_ files: [(String, Data)], into folder: URL) throws {
    let manager = FileManager.default
    let parent = folder.deletingLastPathComponent()
    let staging = parent.appendingPathComponent(
      ".\(folder.lastPathComponent).bitext-\(UUID().uuidString)")
    do {
      try manager.createDirectory(at: staging, withIntermediateDirectories: true)
    } catch {
      throw CLIError(
        "\(folder.path): cannot create the output folder (\(error.localizedDescription))")
    }
    defer { try? manager.removeItem(at: staging) }
    do {
      for (name, data) in files {
        try data.write(to: staging.appendingPathComponent(name))
      }
      var isDirectory: ObjCBool = false
      if !manager.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
        try manager.moveItem(at: staging, to: folder)
        return
      }
      guard isDirectory.boolValue else {
        throw CLIError("\(folder.path) exists and is not a folder")
      }
      for (name, _) in files {
        let destination = folder.appendingPathComponent(name)
        if rename(staging.appendingPathComponent(name).path, destination.path) != 0 {
          throw CLIError(
            "\(destination.path): cannot be written (\(String(cString: strerror(errno))))")
        }
      }
    } catch let error as CLIError {
      throw error
    } catch {
      throw CLIError("\(folder.path): \(error.localizedDescription)")
    }
  }
}
