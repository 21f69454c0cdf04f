/// One sentence of an aligned bead: its text and, when known, where it came from.
public struct AlignedSentence: Hashable, Sendable, Codable {
  /// The sentence text.
  public var text: String
  /// The sentence's UTF-8 byte range in its normalized document, or nil when unknown
  /// (formats such as TSV, Moses and TMX do not carry it).
  public var range: Range<Int>?
  /// Where the sentence came from in its document, when known: its block.
  public var block: BlockOrigin?
  /// What produced the text when it is not the document's own: a machine translation
  /// (`mt:apertium:fr-ca-en`, `mt:gloss`); nil for text read from a document.
  public var origin: String?

  /// The block of a document a sentence came from: its index, its kind and its place in the
  /// file.
  public struct BlockOrigin: Hashable, Sendable, Codable {
    /// The 0-based index of the block in its document.
    public var index: Int
    /// The kind of block (``BitextText/BlockKind/name``: `p`, `h2`, `li`, `td`…).
    public var kind: String
    /// Where the block is in its file (`line 12`, `/html/body/p[3]`, `page 4`).
    public var location: String

    /// Creates an origin.
    public init(index: Int, kind: String, location: String) {
      self.index = index
      self.kind = kind
      self.location = location
    }
  }

  /// Creates a sentence.
  public init(
    text: String, range: Range<Int>? = nil, block: BlockOrigin? = nil, origin: String? = nil
  ) {
    self.text = text
    self.range = range
    self.block = block
    self.origin = origin
  }
}
