import BitextText

/// One line of a PDF page as Poppler's `pdftotext -tsv` lays it out: its words, joined with
/// single spaces, where it is on the page, and which flow (column) and block it belongs to.
struct PDFLine: Equatable, Sendable {
  /// The page, 1-based.
  var page: Int
  /// The flow on the page (a column, a box of text) in reading order.
  var flow: Int
  /// The block inside the flow.
  var block: Int
  /// The distance of the line's left edge from the page's left edge, in points.
  var left: Double
  /// The distance of the line's top edge from the page's top edge, in points.
  var top: Double
  /// The line's width, in points.
  var width: Double
  /// The line's height (about the font size), in points.
  var height: Double
  /// The words, joined with single spaces.
  var text: String
}

/// The text of a PDF as `pdftotext -tsv` gives it: the number of pages and the lines in
/// reading order.
struct PDFTextLayout: Equatable, Sendable {
  /// How many pages the document has (pages without text included).
  var pageCount: Int
  /// The lines that hold text, in reading order.
  var lines: [PDFLine]

  /// Parses the tab-separated output of `pdftotext -tsv`: one record per page (level 1),
  /// flow (3), line (4) and word (5), with its page, flow, block and line numbers and its box.
  static func parse(tsv: String) -> PDFTextLayout {
    var pages = Set<Int>()
    var lines: [PDFLine] = []
    var words: [Substring] = []
    var current: PDFLine?
    func finish() {
      if var line = current, !words.isEmpty {
        line.text = words.joined(separator: " ")
        lines.append(line)
      }
      current = nil
      words.removeAll(keepingCapacity: true)
    }
    for record in tsv.split(separator: "\n", omittingEmptySubsequences: true) {
      let fields = record.split(separator: "\t", maxSplits: 11, omittingEmptySubsequences: false)
      guard fields.count == 12, let level = Int(fields[0]), let page = Int(fields[1]) else {
        continue
      }
      switch level {
      case 1:
        finish()
        pages.insert(page)
      case 4:
        finish()
        current = PDFLine(
          page: page, flow: Int(fields[2]) ?? 0, block: Int(fields[3]) ?? 0,
          left: Double(fields[6]) ?? 0, top: Double(fields[7]) ?? 0,
          width: Double(fields[8]) ?? 0, height: Double(fields[9]) ?? 0, text: "")
      case 5:
        let word = cleaned(fields[11])
        if current != nil, !word.isEmpty { words.append(word) }
      default:
        finish()
      }
    }
    finish()
    return PDFTextLayout(pageCount: pages.count, lines: lines)
  }

  /// A word with control characters and white space at its ends removed (a damaged font can
  /// map glyphs to any code point).
  private static func cleaned(_ word: Substring) -> Substring {
    if word.unicodeScalars.allSatisfy({ $0.value > 0x20 && !(0x7F...0x9F).contains($0.value) }) {
      return word
    }
    let kept = word.unicodeScalars.map { scalar in
      scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) ? " " : Character(scalar)
    }
    return Substring(String(kept).split(whereSeparator: \.isWhitespace).joined(separator: " "))
  }

  /// Whether any line holds text: a document with pages but none is a scan without OCR.
  var hasText: Bool { !lines.isEmpty }

  // MARK: - Running headers, footers and page numbers

  /// How many lines at the top and at the bottom of a page may be a running header or footer.
  static let marginLines = 2

  /// The lines without running headers and footers and page numbers.
  ///
  /// A running header or footer is a line among the ``marginLines`` topmost or bottommost of
  /// its page whose text, with every digit replaced by `#`, is among those lines on at least
  /// half the pages and on at least 3; such lines are dropped wherever they are among the
  /// margin lines. A page number is a margin line of nothing but a number (`12`, `- 12 -`,
  /// `Page 3 of 9`, `3/9`, a Roman numeral `iv`): it is dropped whatever the other pages hold.
  func withoutRunningLines() -> [PDFLine] {
    var byPage: [Int: [Int]] = [:]
    for (index, line) in lines.enumerated() { byPage[line.page, default: []].append(index) }
    var margins: [Int: Set<Int>] = [:]
    var pagesWithKey: [String: Set<Int>] = [:]
    for (page, indices) in byPage {
      let ordered = indices.sorted { lines[$0].top < lines[$1].top }
      let margin = Set(ordered.prefix(Self.marginLines) + ordered.suffix(Self.marginLines))
      margins[page] = margin
      for index in margin {
        pagesWithKey[Self.runningKey(lines[index].text), default: []].insert(page)
      }
    }
    let pages = max(pageCount, byPage.count)
    let running = Set(
      pagesWithKey.filter { $0.value.count >= 3 && $0.value.count * 2 >= pages }.keys)
    return lines.enumerated().compactMap { index, line in
      guard margins[line.page]?.contains(index) == true else { return line }
      if running.contains(Self.runningKey(line.text)) || Self.isPageNumber(line.text) {
        return nil
      }
      return line
    }
  }

  /// The text a running line is recognized by: digits replaced by `#`, white space collapsed.
  static func runningKey(_ text: String) -> String {
    String(text.map { $0.isNumber ? "#" : $0 })
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// Whether a line holds nothing but a page number: `12`, `- 12 -`, `[12]`, `Page 3`,
  /// `Page 3 of 9`, `3 / 9`, `iv`, `XII`.
  static func isPageNumber(_ text: String) -> Bool {
    var rest = Substring(text.lowercased())
    let decoration: Set<Character> = ["-", "–", "—", "[", "]", "(", ")", "|", "·", "•", " "]
    while let first = rest.first, decoration.contains(first) { rest.removeFirst() }
    while let last = rest.last, decoration.contains(last) { rest.removeLast() }
    for prefix in ["page ", "p. ", "p "] where rest.hasPrefix(prefix) {
      rest = rest.dropFirst(prefix.count)
      break
    }
    var parts: [Substring] = []
    if let range = rest.range(of: " of ") {
      parts = [rest[..<range.lowerBound], rest[range.upperBound...]]
    } else {
      parts = rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
    }
    guard (1...2).contains(parts.count) else { return false }
    return parts.allSatisfy { part in
      let number = part.trimmingSpaces()
      return isArabicNumber(number) || (parts.count == 1 && isRomanNumeral(number))
    }
  }

  /// Whether `text` is 1 to 5 ASCII digits.
  private static func isArabicNumber(_ text: Substring) -> Bool {
    (1...5).contains(text.count) && text.allSatisfy { $0.isASCII && $0.isNumber }
  }

  /// Whether `text` (lowercased) is a Roman numeral from 1 to 3999, written the usual way.
  private static func isRomanNumeral(_ text: Substring) -> Bool {
    guard !text.isEmpty, text.count <= 12 else { return false }
    var rest = text
    func take(_ options: [String]) {
      for option in options where rest.hasPrefix(option) {
        rest = rest.dropFirst(option.count)
        return
      }
    }
    take(["mmm", "mm", "m"])
    take(["cm", "cd", "dccc", "dcc", "dc", "d", "ccc", "cc", "c"])
    take(["xc", "xl", "lxxx", "lxx", "lx", "l", "xxx", "xx", "x"])
    take(["ix", "iv", "viii", "vii", "vi", "v", "iii", "ii", "i"])
    return rest.isEmpty
  }

  // MARK: - Paragraphs

  /// A paragraph: its first page and its lines' texts.
  struct Paragraph: Equatable, Sendable {
    /// The page it starts on, 1-based.
    var page: Int
    /// Its lines, in order.
    var lines: [String]
    /// The lines joined into one text (see ``PDFTextLayout/join(_:)``).
    var text: String { PDFTextLayout.join(lines) }
  }

  /// The paragraphs of `lines` (one document's, in reading order, running lines removed).
  ///
  /// A paragraph ends where `pdftotext` starts a new block or flow, where a line ends a
  /// sentence and is clearly shorter (under 80 %) than the page's typical line (its upper
  /// quartile: most lines of running text are full), and
  /// before an indented line (one starting further right than the lines before and after it in
  /// its block). The last paragraph of a page goes on with the first of the next page when it
  /// does not end a sentence and either the next page's text starts with a lowercase letter or
  /// the page's last line is full (at least 80 % of its typical line: running text broken by
  /// the page end, `… in` / `July …`), the next page not starting with a list marker (see
  /// ``continues(_:afterFullLine:)``).
  static func paragraphs(_ lines: [PDFLine]) -> [Paragraph] {
    var paragraphs: [Paragraph] = []
    var lastLineIsFull = false
    var start = 0
    while start < lines.count {
      let page = lines[start].page
      var end = start
      while end < lines.count, lines[end].page == page { end += 1 }
      let pageLines = Array(lines[start..<end])
      var pageParagraphs = Self.paragraphs(onPage: pageLines)
      if let previous = paragraphs.last, let first = pageParagraphs.first,
        previous.page < page, !endsSentence(previous.lines.last ?? ""),
        continues(first.lines.first ?? "", afterFullLine: lastLineIsFull)
      {
        paragraphs[paragraphs.count - 1].lines += first.lines
        pageParagraphs.removeFirst()
      }
      paragraphs += pageParagraphs
      let widths = pageLines.map(\.width).sorted()
      lastLineIsFull = (pageLines.last?.width ?? 0) >= 0.8 * widths[widths.count * 3 / 4]
      start = end
    }
    return paragraphs
  }

  /// The paragraphs of one page's lines.
  private static func paragraphs(onPage lines: [PDFLine]) -> [Paragraph] {
    guard let first = lines.first else { return [] }
    let widths = lines.map(\.width).sorted()
    let typical = widths[widths.count * 3 / 4]
    var paragraphs = [Paragraph(page: first.page, lines: [first.text])]
    for index in lines.indices.dropFirst() {
      let previous = lines[index - 1]
      let line = lines[index]
      let sameBlock = line.flow == previous.flow && line.block == previous.block
      var breaks = !sameBlock
      if !breaks, endsSentence(previous.text), previous.width < 0.8 * typical {
        breaks = true
      }
      if !breaks {
        let step = max(0.8 * line.height, 3)
        let next = index + 1 < lines.count ? lines[index + 1] : nil
        let nextInBlock = next.map { $0.flow == line.flow && $0.block == line.block } ?? false
        if line.left > previous.left + step,
          !nextInBlock || next.map({ $0.left < line.left - step }) == true
        {
          breaks = true
        }
      }
      if breaks {
        paragraphs.append(Paragraph(page: line.page, lines: [line.text]))
      } else {
        paragraphs[paragraphs.count - 1].lines.append(line.text)
      }
    }
    return paragraphs
  }

  /// Whether a page's first line can go on with the last paragraph of the page before: it
  /// does not start with a list marker (`d)`, `a.`, `iv.`, `•`, `-`), and it starts with a
  /// lowercase letter or the page before ended on a full line.
  static func continues(_ line: String, afterFullLine: Bool = false) -> Bool {
    guard let first = line.first, first.isLowercase || (afterFullLine && first.isLetter) else {
      return false
    }
    let word = line.prefix { !$0.isWhitespace }
    if word.hasSuffix(")") { return false }
    if word.hasSuffix("."), word.dropLast().allSatisfy(\.isLetter), word.count <= 5 {
      return false
    }
    return true
  }

  /// Whether a line ends a sentence: its last character, closing quotes and brackets aside,
  /// is `.`, `!`, `?`, `…` or a CJK full stop, question or exclamation mark.
  static func endsSentence(_ line: String) -> Bool {
    let closing: Set<Character> = ["\"", "'", "”", "’", "»", ")", "]", "›"]
    let last = line.reversed().first { !closing.contains($0) && !$0.isWhitespace }
    return last.map { ".!?…。！？".contains($0) } ?? false
  }

  /// A paragraph's lines joined into one text, with a space between lines, or none where a
  /// word was hyphenated across the line end.
  ///
  /// A line ending in a hyphen that directly follows a letter or a digit is joined to the next
  /// line without a space. The hyphen is dropped (`exam-` `ple` → `example`) when it follows a
  /// lowercase letter and the next line starts with a lowercase letter — so a compound split at
  /// its own hyphen loses it too (`well-` `known` → `wellknown`), which cannot be told apart
  /// without a dictionary. It is kept when the next line starts with an uppercase letter
  /// (`Jean-` `Paul`), when a digit precedes it (`1990-` `2000`), and in other cases
  /// (`ABC-` `def`). A dash set off by a space (`word -`) is joined with a space.
  static func join(_ lines: [String]) -> String {
    var text = ""
    for line in lines {
      let line = line.trimmingCharacters()
      guard !line.isEmpty else { continue }
      guard !text.isEmpty else {
        text = line
        continue
      }
      guard text.last == "-", text.count >= 2,
        let before = text.dropLast().last, before.isLetter || before.isNumber,
        let next = line.first
      else {
        text += " " + line
        continue
      }
      if before.isLowercase, next.isLowercase {
        text.removeLast()
      }
      text += line
    }
    return text
  }

  /// The document's blocks: one paragraph block per paragraph, located `page N`.
  func blocks() -> [DocumentBlock] {
    Self.paragraphs(withoutRunningLines()).compactMap { paragraph in
      let text = paragraph.text
      guard !text.isEmpty else { return nil }
      return DocumentBlock(kind: .paragraph, text: text, location: "page \(paragraph.page)")
    }
  }
}

extension StringProtocol {
  /// The text without white space at its ends.
  fileprivate func trimmingCharacters() -> String {
    guard let first = firstIndex(where: { !$0.isWhitespace }),
      let last = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(self[first...last])
  }

  /// The text without spaces at its ends, as a substring.
  fileprivate func trimmingSpaces() -> Substring {
    Substring(trimmingCharacters())
  }
}
