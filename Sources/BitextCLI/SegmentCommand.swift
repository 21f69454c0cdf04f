import ArgumentParser
import BitextCorpus
import BitextDocument
import BitextText
import Foundation

/// `bitext segment`: normalize a text and print its sentences.
struct SegmentCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "segment",
    abstract: "Normalize a text and split it into sentences.",
    discussion: """
      Prints one sentence per line, with an empty line between paragraphs; or,
      with --format jsonl, one JSON object per sentence:
      {"paragraph","index","start","end","text"} where start/end are UTF-8 byte
      offsets in the normalized text.

      A blank line separates paragraphs; single newlines inside a paragraph are
      hard-wrapping (use --line-breaks-are-sentences when every line is a
      sentence).

      Examples:
        bitext segment --lang fr article.txt
        cat article.txt | bitext segment --lang fr --format jsonl
        bitext segment --lang en --line-breaks-are-sentences subtitles.txt
      """
  )

  /// Output formats of `bitext segment`.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, jsonl
  }

  @Option(name: .long, help: "Language of the text (BCP 47: fr, en, de…).")
  var lang: String

  @Option(name: .long, help: "Output format: text (one sentence per line) or jsonl.")
  var format: Format = .text

  @Option(name: .long, help: "Unicode normalization form: nfc or nfkc.")
  var normalization: String = "nfc"

  @Flag(name: .long, help: "Every line break ends a sentence.")
  var lineBreaksAreSentences = false

  @OptionGroup(title: "Input document") var documentOptions: DocumentOptions

  @Argument(
    help:
      "The document to read (text, HTML, DOCX, ODT or PDF); '-' or nothing reads standard input.")
  var file: String?

  func run() throws {
    guard let form = NormalizationForm(rawValue: normalization.lowercased()) else {
      throw ValidationError("--normalization must be nfc or nfkc")
    }
    let path = file ?? TextFile.standardInputPath
    let read = try DocumentReader(options: documentOptions.readOptions()).read(path)
    let language = try PairOptions.tag(lang, option: "--lang")!
    let profile = LanguageProfile.named(language)
    LanguageProfile.missingRulesWarning(for: language).map(Console.warn)
    let document: TextDocument
    do {
      document = try read.textDocument(
        normalizer: Normalizer(form: form),
        segmenter: SentenceSegmenter(
          profile: profile, lineBreaksAreSentences: lineBreaksAreSentences))
    } catch {
      throw FileError(path: TextFile.displayName(path), .unprocessable(error))
    }
    var out = ""
    var lastParagraph = document.sentences.first?.paragraph ?? 0
    for (index, sentence) in document.sentences.enumerated() {
      switch format {
      case .text:
        if sentence.paragraph != lastParagraph { out += "\n" }
        out += sentence.text + "\n"
      case .jsonl:
        out +=
          "{\"paragraph\":\(sentence.paragraph),\"index\":\(index),\"start\":\(sentence.range.lowerBound),"
          + "\"end\":\(sentence.range.upperBound),\"text\":\(JSONText.quoted(sentence.text)),"
          + "\"block\":\(JSONText.quoted(document.blocks[sentence.paragraph].kind.name)),"
          + "\"location\":\(JSONText.quoted(document.blocks[sentence.paragraph].location))}\n"
      }
      lastParagraph = sentence.paragraph
      if out.utf8.count > 1 << 20 {
        Console.output(out)
        out = ""
      }
    }
    Console.output(out)
  }
}
