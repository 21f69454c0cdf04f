import BitextText

/// One block of a document as its reader found it: a heading, a paragraph, a list item, a
/// table cell… with its text and where it is in the file.
public struct DocumentBlock: Hashable, Sendable {
  /// The kind of block.
  public var kind: BlockKind
  /// The text. White space inside is collapsed as the format says (HTML collapses runs of
  /// spaces and newlines); a ``BlockKind/preformatted`` block keeps its lines.
  public var text: String
  /// Where the block is in its file (see ``TextBlock/location``).
  public var location: String

  /// Creates a block.
  public init(kind: BlockKind, text: String, location: String) {
    self.kind = kind
    self.text = text
    self.location = location
  }
}
