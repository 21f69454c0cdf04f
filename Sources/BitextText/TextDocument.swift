/// A text read, normalized and segmented: the result of the text stage for one document.
public struct TextDocument: Sendable, Hashable {
  /// The normalized text the sentence ranges point into.
  public var text: String
  /// The sentences, in order.
  public var sentences: [Sentence]

  /// Creates a document from its parts.
  public init(text: String, sentences: [Sentence]) {
    self.text = text
    self.sentences = sentences
  }

  /// Decodes, normalizes and segments raw bytes: the whole text stage.
  ///
  /// - Throws: ``TextInputError`` for invalid UTF-8 (with the byte offset) or binary data.
  public init<Bytes: Collection>(
    bytes: Bytes, normalizer: Normalizer = Normalizer(), segmenter: SentenceSegmenter
  ) throws(TextInputError) where Bytes.Element == UInt8 {
    let decoded = try TextDecoder.decode(bytes)
    let normalized = try normalizer.normalize(decoded)
    self.init(text: normalized, sentences: try segmenter.sentences(in: normalized))
  }

  /// Treats each line of already segmented text as one sentence (one paragraph per blank-line
  /// separated block; empty lines produce no sentence).
  public static func presegmented<Bytes: Collection>(
    bytes: Bytes, normalizer: Normalizer = Normalizer()
  ) throws(TextInputError) -> TextDocument where Bytes.Element == UInt8 {
    let decoded = try TextDecoder.decode(bytes)
    let normalized = try normalizer.normalize(decoded)
    var sentences: [Sentence] = []
    var offset = 0
    var paragraph = 0
    var sawBlank = false
    for line in normalized.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
      let text = String(decoding: line, as: UTF8.self)
      let start = offset
      offset += line.count + 1
      if text.allSatisfy(\.isWhitespace) {
        sawBlank = true
        continue
      }
      if sawBlank && !sentences.isEmpty { paragraph += 1 }
      sawBlank = false
      sentences.append(Sentence(text: text, paragraph: paragraph, range: start..<(start + line.count)))
    }
    return TextDocument(text: normalized, sentences: sentences)
  }
}
