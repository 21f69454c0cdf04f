import ArgumentParser
import BitextAlign
import BitextCorpus
import BitextLexicon
import BitextText
import Foundation

/// `bitext align`: align the sentences of a text with those of its translation.
struct AlignCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "align",
    abstract: "Align the sentences of a text and of its translation.",
    discussion: """
      Reads two texts (raw text, segmented into sentences, or with --presegmented one sentence
      per line) and prints their alignment: with --format beads one bead per line, 0-based
      sentence ids, e.g. `[3, 4]:[5]` (an empty side is `[]`); with --format tsv one line per
      bead: score, source text, target text (sentences of a side joined by a space).

      The lexicon adds dictionary evidence: auto uses the lexicons of the pair in the lexicon
      directory (see `bitext dict`) when there are any, none aligns on lengths and cognates,
      a path reads that lexicon file (TSV, as written by `bitext dict`).

      Examples:
        bitext align --source-lang fr --target-lang en fr.txt en.txt
        bitext align --source-lang fr --target-lang en --presegmented --format tsv -o out.tsv fr.txt en.txt
      """
  )

  /// Output formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case beads, tsv
  }

  @Option(name: .long, help: "Language of the source text (BCP 47).")
  var sourceLang: String

  @Option(name: .long, help: "Language of the target text (BCP 47).")
  var targetLang: String

  @Flag(name: .long, help: "The inputs hold one sentence per line.")
  var presegmented = false

  @Option(name: .long, help: "Dictionary evidence: auto, none, or a lexicon TSV file.")
  var lexicon = "auto"

  @Option(name: .long, help: "Output format: beads or tsv.")
  var format: Format = .beads

  @Option(
    name: .shortAndLong,
    help: "Write the output to this file (atomically) instead of standard output.")
  var output: String?

  @Option(name: .long, help: "Leave out beads whose score is below this value (0–1).")
  var minScore: Double?

  @Argument(help: "The source text (UTF-8).")
  var source: String

  @Argument(help: "The target text (UTF-8).")
  var target: String

  func run() throws {
    let sourceDocument = try document(source, language: sourceLang)
    let targetDocument = try document(target, language: targetLang)
    let sourceSentences = sourceDocument.sentences.map(\.text)
    let targetSentences = targetDocument.sentences.map(\.text)
    if sourceSentences.isEmpty || targetSentences.isEmpty {
      let empty = sourceSentences.isEmpty ? source : target
      warn(
        "\(InputReader.name(empty)): no sentences; every sentence of the other side is left unaligned"
      )
    } else {
      let ratio =
        Double(max(sourceSentences.count, targetSentences.count))
        / Double(min(sourceSentences.count, targetSentences.count))
      if ratio > 10 {
        warn(
          "the texts have \(sourceSentences.count) and \(targetSentences.count) sentences (more than 10:1): are they translations of each other?"
        )
      }
    }
    let evidence = try loadEvidence()
    let aligner = SentenceAligner(sourceLanguage: sourceLang, targetLanguage: targetLang)
    var beads = aligner.align(source: sourceSentences, target: targetSentences, lexicon: evidence)
    if let minScore { beads = beads.filter { $0.score >= minScore } }
    let text: String
    switch format {
    case .beads:
      text = beads.map { $0.beadsLine + "\n" }.joined()
    case .tsv:
      text = beads.map { bead in
        let s = bead.source.map { sourceSentences[$0] }.joined(separator: " ")
        let t = bead.target.map { targetSentences[$0] }.joined(separator: " ")
        return "\(String(format: "%.3f", bead.score))\t\(Self.tsvField(s))\t\(Self.tsvField(t))\n"
      }.joined()
    }
    if let output {
      do {
        try AtomicFile.write(data: Data(text.utf8), to: URL(fileURLWithPath: output))
      } catch {
        throw CLIError("\(error)")
      }
    } else {
      StandardOutput.write(text)
    }
  }

  private func document(_ path: String, language: String) throws -> TextDocument {
    let bytes = try InputReader.read(path)
    do {
      if presegmented { return try TextDocument.presegmented(bytes: bytes) }
      return try TextDocument(bytes: bytes, segmenter: SentenceSegmenter(language: language))
    } catch {
      throw CLIError("\(InputReader.name(path)): \(error)")
    }
  }

  private func loadEvidence() throws -> (any TranslationEvidence)? {
    switch lexicon {
    case "none":
      return nil
    case "auto":
      let store = LexiconStore(directory: LexiconStore.defaultDirectory())
      let loaded: LexiconStore.Loaded?
      do {
        loaded = try store.load(source: sourceLang, target: targetLang)
      } catch {
        throw CLIError("\(error)")
      }
      guard let loaded, !loaded.lexicon.isEmpty else {
        warn(
          "no \(sourceLang)-\(targetLang) lexicon in \(store.directory): aligning on lengths and cognates (see `bitext dict import`)"
        )
        return nil
      }
      return LexiconEvidence(lexicon: loaded.lexicon)
    default:
      do {
        let read = try LexiconStore.read(
          file: lexicon, sourceLanguage: sourceLang, targetLanguage: targetLang,
          provenance: "file")
        return LexiconEvidence(lexicon: read.lexicon)
      } catch {
        throw CLIError("\(error)")
      }
    }
  }

  /// A sentence as one TSV field: tabs and line breaks become spaces.
  static func tsvField(_ text: String) -> String {
    String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
  }
}
