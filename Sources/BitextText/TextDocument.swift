/// A text read, normalized and segmented: the result of the text stage for one document.
public struct TextDocument: Sendable, Hashable {
  /// The normalized text as UTF-8 bytes: the sentence ranges are offsets into it.
  public var utf8: [UInt8]
  /// The sentences, in order.
  public var sentences: [Sentence]

  /// The normalized text the sentence ranges point into.
  public var text: String { String(decoding: utf8, as: UTF8.self) }

  /// Creates a document from its parts.
  public init(text: String, sentences: [Sentence]) {
    self.utf8 = Array(text.utf8)
    self.sentences = sentences
  }

  /// Creates a document from normalized UTF-8 bytes and their sentences.
  public init(utf8: [UInt8], sentences: [Sentence]) {
    self.utf8 = utf8
    self.sentences = sentences
  }

  /// Decodes, normalizes and segments raw bytes: the whole text stage.
  ///
  /// - Throws: ``TextInputError`` for invalid UTF-8 (with the byte offset) or binary data.
  public init<Bytes: Collection>(
    bytes: Bytes, normalizer: Normalizer = Normalizer(), segmenter: SentenceSegmenter
  ) throws(TextInputError) where Bytes.Element == UInt8 {
    let raw = Array(bytes)
    let decoded = try raw.withUnsafeBufferPointer { buffer throws(TextInputError) in
      try TextDecoder.utf16(buffer)
    }
    let (units, changed) = try normalizer.normalize(units: decoded)
    var utf8 = raw
    if changed {
      do { utf8 = try ICU.utf8(fromUTF16: units) } catch { throw .icu(error) }
    }
    let sentences = try segmenter.sentences(units: consume units, utf8: utf8)
    self.init(utf8: utf8, sentences: sentences)
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
      sentences.append(
        Sentence(text: text, paragraph: paragraph, range: start..<(start + line.count)))
    }
    return TextDocument(text: normalized, sentences: sentences)
  }
}
