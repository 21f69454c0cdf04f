import BitextText

/// Reads the blocks of an ODT (OpenDocument text) document: the paragraphs and headings of
/// `content.xml`, then the footnotes and endnotes.
///
/// `text:h` is a heading of its `text:outline-level`, as is a `text:p` of a heading style
/// (`Heading 1`…, `Title`, `Subtitle`, or a style with an outline level, directly or through
/// its parents in `styles.xml` and the automatic styles); a paragraph of a `text:list-item` a list
/// item, one of a `table:table-cell` a table cell, one whose style is a caption style
/// (`Caption`, `Illustration`, `Figure`, `Drawing`, `Table`) a caption. A note's text never
/// joins the paragraph it is anchored in: each note is a ``BlockKind/note`` block after the
/// body (footnotes, then endnotes). Text boxes become paragraphs after the paragraph they are
/// anchored in. Tracked changes (the deleted text), annotations and index templates are left
/// out. White space is collapsed as OpenDocument says; `text:s`, `text:tab` and
/// `text:line-break` are kept.
enum ODTReader {
  /// The part holding the body.
  static let contentPart = "content.xml"

  /// The blocks of a document given as the file's bytes; `path` names it in errors.
  static func blocks(_ bytes: [UInt8], path: String, options: DocumentReadOptions) throws(FileError)
    -> [DocumentBlock]
  {
    let archive = try OfficeArchive(bytes: bytes, path: path, options: options)
    if let manifest = try archive.bytes("META-INF/manifest.xml"),
      manifest.contains(subsequence: Array("encryption-data".utf8))
    {
      throw FileError(
        path: path,
        .malformed(
          location: "",
          reason: "the document is encrypted; save it without a password"))
    }
    guard archive.contains(contentPart) else {
      throw archive.missing(contentPart, in: "OpenDocument text (.odt)")
    }
    let styles = ODTStyles()
    try archive.parse("styles.xml", delegate: styles)
    let content = ODTContentParser(styles: styles)
    try archive.parse(contentPart, delegate: content)
    return content.blocks + content.footnotes + content.endnotes
  }
}

extension [UInt8] {
  /// Whether the bytes hold `needle` somewhere.
  fileprivate func contains(subsequence needle: [UInt8]) -> Bool {
    guard !needle.isEmpty, needle.count <= count else { return false }
    for start in 0...(count - needle.count)
    where self[start] == needle[0] && self[start..<(start + needle.count)].elementsEqual(needle) {
      return true
    }
    return false
  }
}

/// The paragraph styles of an ODT (`styles.xml`, then the automatic styles of `content.xml`):
/// which are headings, of what level, and which captions.
final class ODTStyles: XMLStreamDelegate {
  private struct Style {
    var parent: String?
    var outlineLevel: Int?
  }

  private var styles: [String: Style] = [:]

  /// Paragraph styles of captions.
  private static let captionStyles: Set<String> = [
    "Caption", "Illustration", "Figure", "Drawing", "Table",
  ]

  /// Records a `style:style` element's attributes.
  func record(_ attributes: [String: String]) {
    guard let name = attributes["style:name"],
      attributes["style:family"] ?? "paragraph" == "paragraph"
    else { return }
    styles[name] = Style(
      parent: attributes["style:parent-style-name"],
      outlineLevel: attributes["style:default-outline-level"].flatMap { Int($0) })
  }

  /// The heading level of paragraphs of the style `name` (a built-in heading style, `Title`,
  /// `Subtitle`, or a style with a default outline level, itself or through its parents).
  func headingLevel(_ name: String) -> Int? {
    var name = name
    for _ in 0..<10 {
      switch name {
      case "Title": return 1
      case "Subtitle": return 2
      default: break
      }
      if name.hasPrefix("Heading_20_"), let level = Int(name.dropFirst("Heading_20_".count)),
        (1...10).contains(level)
      {
        return level
      }
      guard let style = styles[name] else { return nil }
      if let level = style.outlineLevel, (1...10).contains(level) { return level }
      guard let parent = style.parent else { return nil }
      name = parent
    }
    return nil
  }

  /// Whether the style `name` is a caption style, itself or through its parents.
  func isCaption(_ name: String) -> Bool {
    var name = name
    for _ in 0..<10 {
      if Self.captionStyles.contains(name) { return true }
      guard let parent = styles[name]?.parent else { return false }
      name = parent
    }
    return false
  }

  func startElement(_ name: String, attributes: [String: String], parser: XMLStreamParser) {
    if name == "style:style" { record(attributes) }
  }

  func endElement(_ name: String, parser: XMLStreamParser) {}

  func characters(_ text: String, parser: XMLStreamParser) {}
}

/// Reads the blocks of an ODT's `content.xml`.
final class ODTContentParser: XMLStreamDelegate {
  /// The blocks of the body, in order.
  private(set) var blocks: [DocumentBlock] = []
  /// The footnotes, in order.
  private(set) var footnotes: [DocumentBlock] = []
  /// The endnotes, in order.
  private(set) var endnotes: [DocumentBlock] = []

  private struct Paragraph {
    var text = ""
    var kind: BlockKind
    var location: String
    /// The number of notes open when the paragraph started.
    var noteLevel: Int
    /// Whether the text ends with white space collapsed from the source (or is empty).
    var collapsing = true
    /// Blocks read inside the paragraph (text boxes), to follow it.
    var after: [DocumentBlock] = []
  }

  private struct Note {
    var isEndnote: Bool
    var location: String
    var paragraphs: [String] = []
  }

  /// Elements whose content is left out: tracked changes (deleted text), note citations (the
  /// number), annotations, alternative texts and embedded binary data of frames.
  private static let skipped: Set<String> = [
    "text:tracked-changes", "text:deletion", "text:note-citation", "office:annotation",
    "svg:title", "svg:desc", "office:binary-data", "office:forms", "text:sequence-decls",
    "text:variable-decls", "text:user-field-decls",
  ]

  private let styles: ODTStyles
  private var path = OfficeElementPath()
  private var skipDepth = 0
  private var cellDepth = 0
  private var listDepth = 0
  private var paragraphs: [Paragraph] = []
  private var notes: [Note] = []

  /// A parser reading paragraph styles into `styles`.
  init(styles: ODTStyles) {
    self.styles = styles
  }

  func startElement(_ name: String, attributes: [String: String], parser: XMLStreamParser) {
    path.push(name)
    if skipDepth > 0 {
      skipDepth += 1
      return
    }
    if Self.skipped.contains(name) || (name.hasPrefix("text:") && name.hasSuffix("-source")) {
      skipDepth = 1
      return
    }
    switch name {
    case "style:style":
      styles.record(attributes)
    case "text:p", "text:h":
      let kind: BlockKind
      let style = attributes["text:style-name"] ?? ""
      if cellDepth > 0 {
        kind = .tableCell
      } else if name == "text:h" {
        let level = attributes["text:outline-level"].flatMap { Int($0) } ?? 1
        kind = .heading(level: Swift.min(Swift.max(level, 1), 10))
      } else if let level = styles.headingLevel(style) {
        kind = .heading(level: level)
      } else if styles.isCaption(style) {
        kind = .caption
      } else if listDepth > 0 {
        kind = .listItem
      } else {
        kind = .paragraph
      }
      paragraphs.append(
        Paragraph(
          kind: kind, location: path.location(from: "office:text"), noteLevel: notes.count))
    case "table:table-cell", "table:covered-table-cell":
      cellDepth += 1
    case "text:list-item", "text:list-header":
      listDepth += 1
    case "text:note":
      let id = attributes["text:id"].map { "[id=\($0)]" } ?? ""
      notes.append(
        Note(
          isEndnote: attributes["text:note-class"] == "endnote",
          location: "\(ODTReader.contentPart) text:note\(id)"))
    case "text:s":
      let count = attributes["text:c"].flatMap { Int($0) } ?? 1
      appendLiteral(String(repeating: " ", count: Swift.min(Swift.max(count, 1), 1000)))
    case "text:tab":
      appendLiteral("\t")
    case "text:line-break":
      appendLiteral("\n")
    default: break
    }
  }

  func endElement(_ name: String, parser: XMLStreamParser) {
    path.pop()
    if skipDepth > 0 {
      skipDepth -= 1
      return
    }
    switch name {
    case "text:p", "text:h":
      if let paragraph = paragraphs.popLast() { finish(paragraph) }
    case "table:table-cell", "table:covered-table-cell":
      cellDepth = Swift.max(0, cellDepth - 1)
    case "text:list-item", "text:list-header":
      listDepth = Swift.max(0, listDepth - 1)
    case "text:note":
      guard let note = notes.popLast() else { return }
      let text = note.paragraphs.filter { !$0.isEmpty }.joined(separator: "\n")
      guard !text.isEmpty else { return }
      let block = DocumentBlock(kind: .note, text: text, location: note.location)
      if note.isEndnote { endnotes.append(block) } else { footnotes.append(block) }
    default: break
    }
  }

  func characters(_ text: String, parser: XMLStreamParser) {
    guard skipDepth == 0, !paragraphs.isEmpty else { return }
    var paragraph = paragraphs[paragraphs.count - 1]
    for scalar in text.unicodeScalars {
      if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
        if !paragraph.collapsing {
          paragraph.text.unicodeScalars.append(" ")
          paragraph.collapsing = true
        }
      } else {
        paragraph.text.unicodeScalars.append(scalar)
        paragraph.collapsing = false
      }
    }
    paragraphs[paragraphs.count - 1] = paragraph
  }

  private func appendLiteral(_ text: String) {
    guard !paragraphs.isEmpty else { return }
    paragraphs[paragraphs.count - 1].text += text
    paragraphs[paragraphs.count - 1].collapsing = false
  }

  /// Makes a closed paragraph a block: of the note it is in, of the paragraph it is nested in
  /// (a text box, a caption), or of the body.
  private func finish(_ paragraph: Paragraph) {
    let text = paragraph.text.officeBlockText
    if paragraph.noteLevel > 0 && paragraph.noteLevel == notes.count {
      notes[notes.count - 1].paragraphs.append(text)
      notes[notes.count - 1].paragraphs += paragraph.after.map(\.text)
      return
    }
    var result: [DocumentBlock] = []
    if !text.isEmpty {
      result.append(DocumentBlock(kind: paragraph.kind, text: text, location: paragraph.location))
    }
    result += paragraph.after
    if paragraphs.isEmpty {
      blocks += result
    } else {
      paragraphs[paragraphs.count - 1].after += result
    }
  }
}
