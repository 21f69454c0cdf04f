import BitextText

/// Reads the blocks of an HTML or XHTML page with libxml2's HTML push parser
/// (``HTMLStreamParser``): a walk over the parser's events with a stack of open elements, no
/// tree, the page fed in 64 KiB chunks, so that beyond the page and the blocks read, memory
/// stays bounded by the text of one block and the depth of the page.
///
/// - Blocks: `p` (paragraph), `h1`–`h6` (heading of that level), `li` (list item), `td` and
///   `th` (table cell), `blockquote` (quote), `figcaption` and `caption` (caption), `pre`
///   (preformatted, its lines kept), `dt` and `dd` (paragraph). Text of any other element that
///   is not inline (`div`, `section`, `article`, `body`, `ul`, `table`…) that is not inside a
///   nested block becomes paragraph blocks too. Inline elements (`a`, `em`, `span`, `b`, `sup`,
///   and elements the reader does not know) join their text without a break.
/// - A block element inside another ends the text before it; the text after it starts a new
///   block of the outer kind. `br` does the same (inside `pre` it is a line break).
/// - Never read: `script`, `style`, `noscript`, `template`, `svg`, `math`, `textarea`,
///   `select`, `iframe`, `object`, comments and processing instructions; `nav`, `header`, `footer` and `aside`
///   unless ``DocumentReadOptions/keepsBoilerplate``.
/// - The page's `title` is dropped (the first heading usually says the same, and the title
///   often adds the site's name); with ``DocumentReadOptions/keepsBoilerplate`` it is a heading
///   of level 1.
/// - White space is collapsed as HTML does (runs of spaces, tabs and newlines become one space,
///   none at a block's edges), except in `pre`, which only loses the newline right after its
///   start tag and the white space at its end (a block nested in a `pre` is collapsed as any
///   other). Soft hyphens (U+00AD) are removed; no-break
///   spaces (U+00A0) are kept. A block of white space only is dropped.
/// - A block's location is the path of its element, `/html/body/div[2]/p[3]` (`html`, `head`
///   and `body` without an index, every other element with its 1-based index among its
///   siblings of the same name), with the elements libxml2 implies (`html`, `body`, a `p`
///   around text directly in `html`) as if written.
/// - Elements nested more than ``maximumDepth`` deep are an error: a block's location grows
///   with its depth. (libxml2's HTML parser sets no limit of its own.)
/// - As libxml2 2.9 does, what follows the end tag of `html` is not read, and an XHTML CDATA
///   section outside `script` and `style` is read as text, markers included.
enum HTMLReader {
  /// How deep elements may nest.
  static let maximumDepth = 1024
  /// The size of the pieces the page is fed to the parser in.
  static let chunkSize = 1 << 16

  /// The blocks of a document given as HTML or XHTML, already decoded to UTF-8; `path` names it
  /// in errors.
  static func blocks(_ utf8: [UInt8], path: String, options: DocumentReadOptions) throws(FileError)
    -> [DocumentBlock]
  {
    let walker = Walker(keepsBoilerplate: options.keepsBoilerplate)
    let parser = HTMLStreamParser(delegate: walker, name: path)
    var utf8 = utf8
    blankInternalSubset(&utf8)
    utf8.withUnsafeBufferPointer { bytes in
      var start = 0
      repeat {
        let end = min(start + chunkSize, bytes.count)
        let last = end == bytes.count
        let fed = parser.feed(UnsafeBufferPointer(rebasing: bytes[start..<end]), last: last)
        start = end
        if !fed || walker.tooDeepAtLine != nil || last { break }
      } while true
    }
    if let line = walker.tooDeepAtLine {
      throw FileError(
        path: path,
        .malformed(
          location: "line \(line)",
          reason: "elements are nested more than \(maximumDepth) deep"))
    }
    if let failure = parser.failure {
      throw FileError(
        path: path, .malformed(location: "line \(parser.line)", reason: failure))
    }
    walker.finish()
    return walker.blocks
  }

  /// Blanks out the internal subset of a leading doctype (`<!DOCTYPE html [<!ENTITY …>]>`),
  /// keeping its newlines so that lines still count: the HTML parser would read it as text,
  /// and its entity declarations are never used (a reference to one stays as written).
  static func blankInternalSubset(_ bytes: inout [UInt8]) {
    let head = bytes.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    guard let doctype = head.firstRange(of: "<!doctype".utf8) else { return }
    var index = doctype.upperBound
    while index < bytes.count, bytes[index] != UInt8(ascii: "["), bytes[index] != UInt8(ascii: ">")
    {
      index += 1
    }
    guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { return }
    // The subset ends at the first "]" followed by optional spaces and ">", outside quotes.
    var quote: UInt8?
    var end = index + 1
    var closed = false
    while end < bytes.count {
      let byte = bytes[end]
      if let open = quote {
        if byte == open { quote = nil }
      } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        quote = byte
      } else if byte == UInt8(ascii: "]") {
        var next = end + 1
        while next < bytes.count,
          bytes[next] == 0x20 || bytes[next] == 0x0A || bytes[next] == 0x09
            || bytes[next] == 0x0D
        {
          next += 1
        }
        if next < bytes.count, bytes[next] == UInt8(ascii: ">") {
          end = next
          closed = true
          break
        }
      }
      end += 1
    }
    guard closed else { return }
    for position in index..<end where bytes[position] != 0x0A {
      bytes[position] = 0x20
    }
  }

  /// What an element is to the reader.
  enum Role {
    /// Its text joins the text around it.
    case inline
    /// It holds blocks of this kind: its text not inside a nested block.
    case block(BlockKind)
    /// Neither it nor anything inside it is read.
    case skipped
  }

  /// The role of an element named `name` (in lower case).
  static func role(of name: String, keepsBoilerplate: Bool) -> Role {
    switch name {
    case "p", "dt", "dd": .block(.paragraph)
    case "h1": .block(.heading(level: 1))
    case "h2": .block(.heading(level: 2))
    case "h3": .block(.heading(level: 3))
    case "h4": .block(.heading(level: 4))
    case "h5": .block(.heading(level: 5))
    case "h6": .block(.heading(level: 6))
    case "li": .block(.listItem)
    case "td", "th": .block(.tableCell)
    case "blockquote": .block(.quote)
    case "figcaption", "caption": .block(.caption)
    case "pre", "listing", "xmp", "plaintext": .block(.preformatted)
    case "script", "style", "noscript", "template", "svg", "math", "textarea", "select",
      "iframe", "object":
      .skipped
    case "title": keepsBoilerplate ? .block(.heading(level: 1)) : .skipped
    case "nav", "header", "footer", "aside": keepsBoilerplate ? .block(.paragraph) : .skipped
    case "html", "head", "body", "div", "section", "article", "main", "ul", "ol", "dl", "menu",
      "dir", "table", "thead", "tbody", "tfoot", "tr", "hr", "form", "fieldset", "legend",
      "address", "details", "summary", "figure", "center", "hgroup", "search", "dialog",
      "frameset", "noframes", "option", "optgroup":
      .block(.paragraph)
    default: .inline
    }
  }

  /// Follows the parser's events and collects the blocks.
  final class Walker: HTMLStreamDelegate {
    /// An open element.
    struct Frame {
      var name: String
      /// Its 1-based index among its siblings of the same name.
      var index: Int
      var role: Role
      /// How many children of each name it has had so far (an empty dictionary allocates
      /// nothing).
      var children: [String: Int] = [:]
      /// Its path, once a block has needed it.
      var location: String?
    }

    let keepsBoilerplate: Bool
    private(set) var blocks: [DocumentBlock] = []
    /// The line where elements went deeper than ``HTMLReader/maximumDepth``, if they did.
    private(set) var tooDeepAtLine: Int?

    private var stack: [Frame] = []
    /// The names of the top-level elements seen so far, with their counts.
    private var rootChildren: [String: Int] = [:]
    /// The stack indexes of the open elements that hold blocks (the last one holds the text).
    private var holders: [Int] = []
    /// How many open elements are skipped (text is read only when 0).
    private var skipped = 0
    /// Whether the text being read is that of a `pre` (or alike) block, which keeps its white
    /// space (a block nested in a `pre` is collapsed as any other).
    private var keepsSpaces = false
    /// The text of the block being read: collapsed white space, raw in `pre`.
    private var text: [UInt8] = []

    init(keepsBoilerplate: Bool) {
      self.keepsBoilerplate = keepsBoilerplate
    }

    func startElement(_ name: String, parser: HTMLStreamParser) {
      guard stack.count < HTMLReader.maximumDepth else {
        tooDeepAtLine = parser.line
        parser.stop()
        return
      }
      let index: Int
      if stack.isEmpty {
        rootChildren[name, default: 0] += 1
        index = rootChildren[name]!
      } else {
        let parent = stack.count - 1
        stack[parent].children[name, default: 0] += 1
        index = stack[parent].children[name]!
      }
      let role: Role =
        skipped > 0 ? .skipped : HTMLReader.role(of: name, keepsBoilerplate: keepsBoilerplate)
      switch role {
      case .inline:
        break
      case .skipped:
        skipped += 1
      case .block(let kind):
        flush()
        holders.append(stack.count)
        keepsSpaces = kind == .preformatted
      }
      stack.append(Frame(name: name, index: index, role: role))
      if name == "br" && skipped == 0 {
        if keepsSpaces { text.append(0x0A) } else { flush() }
      }
    }

    func endElement(_ name: String, parser: HTMLStreamParser) {
      // libxml2 closes every element it opened, in order; a stray end is ignored.
      guard let top = stack.lastIndex(where: { $0.name == name }) else { return }
      while stack.count > top { pop() }
    }

    func characters(_ utf8: UnsafeBufferPointer<UInt8>, parser: HTMLStreamParser) {
      guard skipped == 0 else { return }
      if keepsSpaces {
        text.append(contentsOf: utf8)
        return
      }
      // Appends to a local array (moved out and back), not to the property byte by byte.
      var buffer: [UInt8] = []
      swap(&buffer, &text)
      defer { swap(&buffer, &text) }
      var space = buffer.last.map { $0 == 0x20 } ?? true
      for byte in utf8 {
        if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
          if !space { buffer.append(0x20) }
          space = true
        } else {
          buffer.append(byte)
          space = false
        }
      }
    }

    /// Ends the walk: the text of the elements still open (libxml2 closes them all).
    func finish() {
      while !stack.isEmpty { pop() }
      flush()
    }

    /// Closes the innermost element.
    private func pop() {
      switch stack[stack.count - 1].role {
      case .inline: break
      case .skipped: skipped -= 1
      case .block:
        flush()
        holders.removeLast()
        keepsSpaces = false
        if let holder = holders.last, case .block(.preformatted) = stack[holder].role {
          keepsSpaces = true
        }
      }
      stack.removeLast()
    }

    /// Makes a block of the text read so far, if it holds more than white space.
    private func flush() {
      defer { text.removeAll(keepingCapacity: true) }
      guard !text.isEmpty, let holder = holders.last, case .block(let kind) = stack[holder].role
      else { return }
      let cleaned = kind == .preformatted ? Self.preformattedText(text) : Self.collapsedText(text)
      guard !cleaned.isEmpty else { return }
      let string = String(decoding: cleaned, as: UTF8.self)
      // A visible ASCII character settles it; else the scalars decide.
      guard
        cleaned.contains(where: { $0 > 0x20 && $0 < 0x80 })
          || string.unicodeScalars.contains(where: { !$0.properties.isWhitespace })
      else { return }
      blocks.append(DocumentBlock(kind: kind, text: string, location: location(of: holder)))
    }

    /// The path of the element at `index` of the stack.
    private func location(of index: Int) -> String {
      if let known = stack[index].location { return known }
      var path = ""
      for frame in stack[...index] {
        path += "/"
        path += frame.name
        if frame.name != "html" && frame.name != "body" && frame.name != "head" {
          path += "[\(frame.index)]"
        }
      }
      stack[index].location = path
      return path
    }

    /// Text with its white space collapsed already: without soft hyphens, the spaces these
    /// leave doubled, or spaces at its edges.
    static func collapsedText(_ text: [UInt8]) -> [UInt8] {
      var out: [UInt8] = []
      out.reserveCapacity(text.count)
      var i = 0
      while i < text.count {
        let byte = text[i]
        if byte == 0xC2 && i + 1 < text.count && text[i + 1] == 0xAD {
          i += 2
          continue
        }
        if byte != 0x20 || (out.last.map { $0 != 0x20 } ?? false) { out.append(byte) }
        i += 1
      }
      if out.last == 0x20 { out.removeLast() }
      return out
    }

    /// Preformatted text: line ends as `\n`, no soft hyphen, without the newline right after
    /// the start tag or the white space at its end.
    static func preformattedText(_ text: [UInt8]) -> [UInt8] {
      var out: [UInt8] = []
      out.reserveCapacity(text.count)
      var i = 0
      while i < text.count {
        let byte = text[i]
        if byte == 0xC2 && i + 1 < text.count && text[i + 1] == 0xAD {
          i += 2
          continue
        }
        if byte == 0x0D {
          out.append(0x0A)
          if i + 1 < text.count && text[i + 1] == 0x0A { i += 1 }
        } else {
          out.append(byte)
        }
        i += 1
      }
      if out.first == 0x0A { out.removeFirst() }
      while let last = out.last, last == 0x20 || last == 0x0A || last == 0x09 || last == 0x0C {
        out.removeLast()
      }
      return out
    }
  }
}
