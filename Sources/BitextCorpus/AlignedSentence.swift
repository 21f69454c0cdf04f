/// One sentence of an aligned bead: its text and, when known, where it came from.
public struct AlignedSentence: Hashable, Sendable, Codable {
  /// The sentence text.
  public var text: String
  /// The sentence's UTF-8 byte range in its normalized document, or nil when unknown
  /// (formats such as TSV, Moses and TMX do not carry it).
  public var range: Range<Int>?

  /// Creates a sentence.
  public init(text: String, range: Range<Int>? = nil) {
    self.text = text
    self.range = range
  }
}
