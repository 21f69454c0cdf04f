/// What kind of block of a document a piece of text comes from. Block boundaries are sentence
/// boundaries, and the aligner prefers to pair blocks of the same kind (a heading with a
/// heading).
public enum BlockKind: Hashable, Sendable {
  /// A paragraph of running text (also each blank-line separated paragraph of a plain text).
  case paragraph
  /// A heading of level 1 (the title) to 6.
  case heading(level: Int)
  /// An item of a bulleted or numbered list.
  case listItem
  /// A cell of a table.
  case tableCell
  /// The caption of a figure or a table.
  case caption
  /// Preformatted text (`pre`, code, verse): its line breaks are kept.
  case preformatted
  /// A quotation set apart from the text (`blockquote`).
  case quote
  /// A footnote or an endnote.
  case note

  /// The short name used in outputs: `p`, `h1`…`h6`, `li`, `td`, `caption`, `pre`, `quote`,
  /// `note`.
  public var name: String {
    switch self {
    case .paragraph: "p"
    case .heading(let level): "h\(min(max(level, 1), 6))"
    case .listItem: "li"
    case .tableCell: "td"
    case .caption: "caption"
    case .preformatted: "pre"
    case .quote: "quote"
    case .note: "note"
    }
  }

  /// The kind a short ``name`` stands for, or nil.
  public init?(name: String) {
    switch name {
    case "p": self = .paragraph
    case "li": self = .listItem
    case "td": self = .tableCell
    case "caption": self = .caption
    case "pre": self = .preformatted
    case "quote": self = .quote
    case "note": self = .note
    default:
      guard name.count == 2, name.first == "h", let level = Int(name.dropFirst()),
        (1...6).contains(level)
      else { return nil }
      self = .heading(level: level)
    }
  }

  /// Whether the block is a heading.
  public var isHeading: Bool {
    if case .heading = self { return true }
    return false
  }
}

/// One block of a segmented document: its kind and where it came from in the file.
public struct TextBlock: Hashable, Sendable {
  /// The kind of block.
  public var kind: BlockKind
  /// Where the block is in its file, in the words of its format: `line 12` for a plain text,
  /// `/html/body/p[3]` for HTML, `w:body/w:p[12]` for Word, `page 3` for a PDF.
  public var location: String

  /// Creates a block.
  public init(kind: BlockKind, location: String) {
    self.kind = kind
    self.location = location
  }
}
