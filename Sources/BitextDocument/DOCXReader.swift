import BitextText

/// Reads the blocks of a DOCX (Word) document: the paragraphs of `word/document.xml`, then the
/// footnotes and endnotes.
///
/// A paragraph is a heading when its style is a heading (by id, `Heading1`…`Heading9`,
/// `Title`, `Subtitle`, or by the name `styles.xml` gives the style, so that localized ids map
/// too) or has an outline level; a list item when it is numbered (directly or through its
/// style); a table cell inside a table. Tracked deletions and field codes are left out,
/// insertions kept; text boxes become paragraphs after the paragraph they are anchored in.
/// Headers, footers and comments are not read.
enum DOCXReader {
  /// The part holding the body.
  static let documentPart = "word/document.xml"

  /// The blocks of a document given as the file's bytes; `path` names it in errors.
  static func blocks(_ bytes: [UInt8], path: String, options: DocumentReadOptions) throws(FileError)
    -> [DocumentBlock]
  {
    let archive = try OfficeArchive(bytes: bytes, path: path, options: options)
    guard archive.contains(documentPart) else {
      throw archive.missing(documentPart, in: "Word (.docx)")
    }
    let styles = DOCXStyles()
    try archive.parse("word/styles.xml", delegate: styles)
    let body = DOCXPartParser(styles: styles, part: documentPart)
    try archive.parse(documentPart, delegate: body)
    var blocks = body.blocks
    for (part, element) in [
      ("word/footnotes.xml", "w:footnote"), ("word/endnotes.xml", "w:endnote"),
    ] {
      let notes = DOCXPartParser(styles: styles, part: part, noteElement: element)
      try archive.parse(part, delegate: notes)
      blocks += notes.blocks
    }
    return blocks
  }
}

/// What `word/styles.xml` says of paragraph styles: which are headings (and of what level),
/// lists and captions, by style id.
final class DOCXStyles: XMLStreamDelegate {
  private struct Style {
    var name = ""
    var basedOn: String?
    var outlineLevel: Int?
    var numbered: Bool?
  }

  private var styles: [String: Style] = [:]
  private var current: (id: String, style: Style)?
  private var path = OfficeElementPath()

  /// The heading level of the paragraph style `id`, or nil.
  func headingLevel(_ id: String) -> Int? {
    var id = id
    for _ in 0..<10 {
      guard let style = styles[id] else { return Self.headingLevel(name: id) }
      if let level = Self.headingLevel(name: style.name) { return level }
      if let level = style.outlineLevel { return level }
      guard let base = style.basedOn else { return nil }
      id = base
    }
    return nil
  }

  /// Whether paragraphs of the style `id` are numbered (a list style).
  func isList(_ id: String) -> Bool {
    var id = id
    for _ in 0..<10 {
      guard let style = styles[id] else { return false }
      if let numbered = style.numbered { return numbered }
      guard let base = style.basedOn else { return false }
      id = base
    }
    return false
  }

  /// Whether `id` is a caption style.
  func isCaption(_ id: String) -> Bool {
    id.lowercased() == "caption" || styles[id]?.name.lowercased() == "caption"
  }

  /// The level a style name or built-in id stands for: `heading 2` or `Heading2` is 2,
  /// `Title` 1, `Subtitle` 2.
  static func headingLevel(name: String) -> Int? {
    let lowered = name.lowercased()
    switch lowered {
    case "title": return 1
    case "subtitle": return 2
    default: break
    }
    guard lowered.hasPrefix("heading") else { return nil }
    let rest = lowered.dropFirst("heading".count).drop { $0 == " " }
    guard rest.count == 1, let level = Int(rest), (1...9).contains(level) else { return nil }
    return level
  }

  func startElement(_ name: String, attributes: [String: String], parser: XMLStreamParser) {
    path.push(name)
    switch name {
    case "w:style":
      if attributes["w:type"] ?? "paragraph" == "paragraph", let id = attributes["w:styleId"] {
        current = (id, Style())
      }
    case "w:name" where path.name(up: 1) == "w:style":
      current?.style.name = attributes["w:val"] ?? ""
    case "w:basedOn" where path.name(up: 1) == "w:style":
      current?.style.basedOn = attributes["w:val"]
    case "w:outlineLvl" where path.name(up: 1) == "w:pPr" && path.name(up: 2) == "w:style":
      if let level = attributes["w:val"].flatMap({ Int($0) }), (0...8).contains(level) {
        current?.style.outlineLevel = level + 1
      }
    case "w:numId" where path.name(up: 2) == "w:pPr" && path.name(up: 3) == "w:style":
      current?.style.numbered = attributes["w:val"] != "0"
    default: break
    }
  }

  func endElement(_ name: String, parser: XMLStreamParser) {
    path.pop()
    if name == "w:style", let current {
      styles[current.id] = current.style
      self.current = nil
    }
  }

  func characters(_ text: String, parser: XMLStreamParser) {}
}

/// Reads the paragraphs of a WordprocessingML part: the body (`word/document.xml`), or the
/// notes of `word/footnotes.xml` / `word/endnotes.xml`, one ``BlockKind/note`` block each.
final class DOCXPartParser: XMLStreamDelegate {
  /// The blocks read, in order.
  private(set) var blocks: [DocumentBlock] = []

  private struct Paragraph {
    var text = ""
    var style: String?
    var outlineLevel: Int?
    var numbered: Bool?
    var inCell: Bool
    var location: String
    /// Blocks read inside the paragraph (text boxes), to follow it.
    var after: [DocumentBlock] = []
  }

  private struct Note {
    var location: String
    var paragraphs: [String] = []
  }

  /// Elements whose content is left out: tracked deletions and moves away, field codes,
  /// the fallback copy of alternate content (a text box appears twice), recorded old
  /// properties, symbols.
  private static let skipped: Set<String> = [
    "w:del", "w:moveFrom", "w:delText", "w:instrText", "w:delInstrText", "mc:Fallback",
    "w:pPrChange", "w:rPrChange", "w:sectPrChange", "w:tblPrChange", "w:trPrChange",
    "w:tcPrChange", "w:tblGridChange", "w:numberingChange", "w:sym",
  ]

  private let styles: DOCXStyles
  private let part: String
  private let noteElement: String?
  private var path = OfficeElementPath()
  private var skipDepth = 0
  private var cellDepth = 0
  private var inText = false
  private var paragraphs: [Paragraph] = []
  private var note: Note?

  /// A parser of `part`; `noteElement` (`w:footnote`, `w:endnote`) for a part of notes.
  init(styles: DOCXStyles, part: String, noteElement: String? = nil) {
    self.styles = styles
    self.part = part
    self.noteElement = noteElement
  }

  func startElement(_ name: String, attributes: [String: String], parser: XMLStreamParser) {
    path.push(name)
    if skipDepth > 0 {
      skipDepth += 1
      return
    }
    if Self.skipped.contains(name) {
      skipDepth = 1
      return
    }
    switch name {
    case "w:p":
      paragraphs.append(
        Paragraph(inCell: cellDepth > 0, location: path.location(from: "w:body")))
    case "w:tc":
      cellDepth += 1
    case "w:t" where path.name(up: 1) == "w:r":
      inText = true
    case "w:tab" where path.name(up: 1) == "w:r":
      append("\t")
    case "w:br" where path.name(up: 1) == "w:r", "w:cr" where path.name(up: 1) == "w:r":
      append("\n")
    case "w:noBreakHyphen" where path.name(up: 1) == "w:r":
      append("-")
    case "w:pStyle" where path.name(up: 1) == "w:pPr":
      modifyParagraph { $0.style = attributes["w:val"] }
    case "w:outlineLvl" where path.name(up: 1) == "w:pPr":
      if let level = attributes["w:val"].flatMap({ Int($0) }), (0...8).contains(level) {
        modifyParagraph { $0.outlineLevel = level + 1 }
      }
    case "w:numId" where path.name(up: 1) == "w:numPr" && path.name(up: 2) == "w:pPr":
      let numbered = attributes["w:val"] != "0"
      modifyParagraph { $0.numbered = numbered }
    case _ where name == noteElement:
      let type = attributes["w:type"] ?? "normal"
      if type == "separator" || type == "continuationSeparator" || type == "continuationNotice" {
        skipDepth = 1
      } else {
        note = Note(location: "\(part) \(name)[id=\(attributes["w:id"] ?? "?")]")
      }
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
    case "w:p":
      guard let paragraph = paragraphs.popLast() else { return }
      finish(paragraph)
    case "w:tc":
      cellDepth = max(0, cellDepth - 1)
    case "w:t":
      inText = false
    case _ where name == noteElement:
      if let note {
        let text = note.paragraphs.filter { !$0.isEmpty }.joined(separator: "\n")
        if !text.isEmpty {
          blocks.append(DocumentBlock(kind: .note, text: text, location: note.location))
        }
      }
      note = nil
    default: break
    }
  }

  func characters(_ text: String, parser: XMLStreamParser) {
    if inText && skipDepth == 0 { append(text) }
  }

  private func append(_ text: String) {
    modifyParagraph { $0.text += text }
  }

  private func modifyParagraph(_ change: (inout Paragraph) -> Void) {
    guard !paragraphs.isEmpty else { return }
    change(&paragraphs[paragraphs.count - 1])
  }

  /// Makes a closed paragraph a block: of the note being read, of the paragraph it is nested
  /// in (a text box), or of the part.
  private func finish(_ paragraph: Paragraph) {
    let text = paragraph.text.officeBlockText
    if note != nil {
      note?.paragraphs.append(text)
      note?.paragraphs += paragraph.after.map(\.text)
      return
    }
    var result: [DocumentBlock] = []
    if !text.isEmpty {
      result.append(
        DocumentBlock(kind: kind(of: paragraph), text: text, location: paragraph.location))
    }
    result += paragraph.after
    if paragraphs.isEmpty {
      blocks += result
    } else {
      paragraphs[paragraphs.count - 1].after += result
    }
  }

  private func kind(of paragraph: Paragraph) -> BlockKind {
    if paragraph.inCell { return .tableCell }
    if let style = paragraph.style, let level = styles.headingLevel(style) {
      return .heading(level: level)
    }
    if let level = paragraph.outlineLevel { return .heading(level: level) }
    if let style = paragraph.style, styles.isCaption(style) { return .caption }
    if paragraph.numbered ?? paragraph.style.map(styles.isList) ?? false { return .listItem }
    return .paragraph
  }
}
