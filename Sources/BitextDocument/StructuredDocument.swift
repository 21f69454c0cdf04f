import BitextText

/// A document as its reader found it: the ordered blocks of a text, a web page, a Word or
/// LibreOffice file or a PDF, before normalization and segmentation.
public struct StructuredDocument: Sendable, Hashable {
  /// The format it was read as.
  public var format: DocumentFormat
  /// The blocks, in reading order; none is empty.
  public var blocks: [DocumentBlock]

  /// Creates a document; blocks whose text is only white space are left out.
  public init(format: DocumentFormat, blocks: [DocumentBlock]) {
    self.format = format
    self.blocks = blocks.filter { !$0.text.allSatisfy(\.isWhitespace) }
  }

  /// Normalizes and segments the blocks: every block boundary is a sentence boundary, and each
  /// sentence's ``Sentence/paragraph`` is the index of its block in ``TextDocument/blocks``.
  ///
  /// The blocks are normalized one by one and joined with a blank line; line breaks inside a
  /// block become spaces (newlines in a preformatted block), so that a block is one paragraph
  /// to the segmenter. A plain text (one block) is segmented as it is, paragraphs found by the
  /// segmenter's rules, each a ``BlockKind/paragraph`` block located by its first line.
  public func textDocument(
    normalizer: Normalizer = Normalizer(), segmenter: SentenceSegmenter
  ) throws(TextInputError) -> TextDocument {
    if format == .text {
      return try TextDocument(
        bytes: blocks.first?.text.utf8 ?? "".utf8, normalizer: normalizer, segmenter: segmenter)
    }
    var units: [UInt16] = []
    var utf8: [UInt8] = []
    var byteStarts: [Int] = []  // UTF-8 offset where each block starts, for the sentences
    for block in blocks {
      let (normalized, _) = try normalizer.normalize(units: Array(block.text.utf16))
      let spaced = Self.singleSpaced(normalized, keepsLines: block.kind == .preformatted)
      if !units.isEmpty {
        units += [0x0A, 0x0A]
        utf8 += [0x0A, 0x0A]
      }
      byteStarts.append(utf8.count)
      units += spaced
      do { utf8 += try ICU.utf8(fromUTF16: spaced) } catch { throw .icu(error) }
    }
    var sentences = try segmenter.sentences(units: units, utf8: utf8)
    var block = 0
    for index in sentences.indices {
      while block + 1 < byteStarts.count
        && byteStarts[block + 1] <= sentences[index].range.lowerBound
      {
        block += 1
      }
      sentences[index].paragraph = block
    }
    return TextDocument(
      utf8: utf8, sentences: sentences,
      blocks: blocks.map { TextBlock(kind: $0.kind, location: $0.location) })
  }

  /// The text with every run of line breaks that holds a blank line (and, outside
  /// preformatted blocks, every line break) made one newline, so the block stays one
  /// paragraph; paragraph and line separators count as line breaks.
  private static func singleSpaced(_ units: [UInt16], keepsLines: Bool) -> [UInt16] {
    var result: [UInt16] = []
    result.reserveCapacity(units.count)
    var pendingBreak = false
    for u in units {
      if u == 0x0A || u == 0x0D || u == 0x0B || u == 0x0C || u == 0x85 || u == 0x2028
        || u == 0x2029
      {
        pendingBreak = true
        continue
      }
      if pendingBreak {
        if !result.isEmpty { result.append(keepsLines ? 0x0A : 0x20) }
        pendingBreak = false
      }
      result.append(u)
    }
    return result
  }
}
