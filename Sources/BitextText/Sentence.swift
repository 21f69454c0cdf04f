/// A sentence found in a normalized document.
public struct Sentence: Hashable, Sendable, Codable {
  /// The sentence text: trimmed, with hard-wrap newlines turned into spaces.
  public var text: String
  /// The 0-based paragraph the sentence belongs to.
  public var paragraph: Int
  /// The sentence's UTF-8 byte range in the normalized document (before newline unwrapping).
  public var range: Range<Int>

  /// Creates a sentence.
  public init(text: String, paragraph: Int, range: Range<Int>) {
    self.text = text
    self.paragraph = paragraph
    self.range = range
  }
}
