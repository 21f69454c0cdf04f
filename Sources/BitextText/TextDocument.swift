/// A text read, normalized and segmented: the result of the text stage for one document.
public struct TextDocument: Sendable, Hashable {
  /// The normalized text as UTF-8 bytes: the sentence ranges are offsets into it.
  public var utf8: [UInt8]
  /// The sentences, in order.
  public var sentences: [Sentence]
  /// The blocks of the document: a sentence's ``Sentence/paragraph`` is its index here. A
  /// plain text has one ``BlockKind/paragraph`` block per paragraph, located by its first line.
  public var blocks: [TextBlock]

  /// The normalized text the sentence ranges point into.
  public var text: String { String(decoding: utf8, as: UTF8.self) }

  /// Creates a document from its parts.
  /// Without `blocks`, each paragraph is a ``BlockKind/paragraph`` block located by its line.
  public init(text: String, sentences: [Sentence], blocks: [TextBlock]? = nil) {
    self.init(utf8: Array(text.utf8), sentences: sentences, blocks: blocks)
  }

  /// Creates a document from normalized UTF-8 bytes and their sentences; see
  /// ``init(text:sentences:blocks:)``.
  public init(utf8: [UInt8], sentences: [Sentence], blocks: [TextBlock]? = nil) {
    self.utf8 = utf8
    self.sentences = sentences
    self.blocks = blocks ?? Self.paragraphBlocks(utf8: utf8, sentences: sentences)
  }

  /// One paragraph block per paragraph number the sentences use, located by the line of its
  /// first sentence (numbers no sentence uses get a block at the line before the next one).
  static func paragraphBlocks(utf8: [UInt8], sentences: [Sentence]) -> [TextBlock] {
    guard let last = sentences.last else { return [] }
    var blocks: [TextBlock] = []
    blocks.reserveCapacity(last.paragraph + 1)
    var line = 1
    var scanned = 0
    // Read through buffers: copying each sentence out of the array would retain its text.
    utf8.withUnsafeBufferPointer { bytes in
      sentences.withUnsafeBufferPointer { sentences in
        for k in sentences.indices where sentences[k].paragraph >= blocks.count {
          let paragraph = sentences[k].paragraph
          let start = min(max(sentences[k].range.lowerBound, scanned), bytes.count)
          line += TextScan.count(0x0A, in: UnsafeBufferPointer(rebasing: bytes[scanned..<start]))
          scanned = start
          while blocks.count <= paragraph {
            blocks.append(TextBlock(kind: .paragraph, location: "line \(line)"))
          }
        }
      }
    }
    return blocks
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
    // Each buffer is handed on with `consume`: a second reference would make the layout's
    // in-place rewrite copy the whole text.
    let (units, changed) = try normalizer.normalize(units: consume decoded)
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
