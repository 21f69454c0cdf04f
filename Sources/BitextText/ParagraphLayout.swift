/// Paragraphs and lines of a text, and the buffer the sentence rules read: the text with
/// hard-wrapping newlines turned into spaces (same length, so offsets are shared).
struct ParagraphLayout {
  /// The text with soft newlines replaced by U+0020; hard newlines stay U+000A.
  var buffer: [UInt16]
  /// UTF-16 offsets where a sentence must end (end of a hard line or of a paragraph).
  var hardCuts: [Int] = []
  /// The UTF-16 offset where each paragraph's first line starts.
  var paragraphStarts: [Int] = []
  /// UTF-16 offsets of the newlines read as spaces, in increasing order.
  var softNewlines: [Int] = []
  /// The soft newlines that were U+2028 or U+2029 (three UTF-8 bytes) before becoming a
  /// one-byte space: UTF-8 offsets computed from ``buffer`` add two bytes for each.
  var narrowedNewlines: [Int] = []
  /// Whether the text holds terminal punctuation that Bitext's rules do not model (。, ؟, ।…).
  var hasForeignTerminators = false

  /// Longest line of a block of short unpunctuated lines read as items, in characters.
  static let shortLineLimit = 40

  init(units: consuming [UInt16], lineBreaksAreSentences: Bool) {
    // Moved, not copied: the layout rewrites soft newlines in place.
    buffer = consume units
    // Lines as (start, end) pairs, end excluding the newline, and whether each is blank
    // (decided in the same pass: revisiting line starts later costs a cache miss each).
    var lines: [(start: Int, end: Int)] = []
    var blank: [Bool] = []
    var lineStart = 0
    var lastContent = -1
    self.buffer.withUnsafeBufferPointer { buffer in
      var foreign = false
      var next = 0
      while next < buffer.count {
        // A run of plain text changes nothing but the last content offset (spaces are not
        // content); the unit after the run goes through the full test.
        let i = TextScan.firstNonPlain(in: buffer, from: next)
        var k = i
        while k > next
          && (buffer[k - 1] == 0x20 || buffer[k - 1] == 0xA0 || buffer[k - 1] == 0x202F)
        {
          k -= 1
        }
        if k > next { lastContent = k - 1 }
        if i >= buffer.count { break }
        next = i + 1
        let u = buffer[i]
        if u < 0x0589 {
          if u > 0x20 {
            if u != 0xA0 { lastContent = i }
            continue
          }
          if u == 0x0A {
            lines.append((lineStart, i))
            blank.append(lastContent < lineStart)
            lineStart = i + 1
          } else if u != 0x20 && u != 0x09 {
            lastContent = i
          }
          continue
        }
        if CharacterClass.isNewline(u) {
          lines.append((lineStart, i))
          blank.append(lastContent < lineStart)
          lineStart = i + 1
        } else {
          if !CharacterClass.isInlineSpace(u) { lastContent = i }
          if !foreign && CharacterClass.isForeignTerminator(u) { foreign = true }
        }
      }
      hasForeignTerminators = foreign
    }
    lines.append((lineStart, buffer.count))
    blank.append(lastContent < lineStart)

    var paragraph: [(start: Int, end: Int)] = []
    func flush() {
      guard !paragraph.isEmpty else { return }
      paragraphStarts.append(paragraph[0].start)
      layOut(paragraph, lineBreaksAreSentences: lineBreaksAreSentences)
      hardCuts.append(paragraph[paragraph.count - 1].end)
      paragraph.removeAll()
    }
    for (line, isBlank) in zip(lines, blank) {
      if isBlank { flush() } else { paragraph.append(line) }
    }
    flush()
    if paragraphStarts.isEmpty { paragraphStarts = [0] }
  }

  private func trimmed(_ line: (start: Int, end: Int)) -> (start: Int, end: Int) {
    var a = line.start
    var b = line.end
    while a < b && CharacterClass.isInlineSpace(buffer[a]) { a += 1 }
    while b > a && CharacterClass.isInlineSpace(buffer[b - 1]) { b -= 1 }
    return (a, b)
  }

  /// Whether a line ends with punctuation that can close a sentence or a clause.
  private func endsPunctuated(_ line: (start: Int, end: Int)) -> Bool {
    let t = trimmed(line)
    guard t.end > t.start else { return false }
    let last = buffer[t.end - 1]
    return !(CharacterClass.isLetter(last) || CharacterClass.isDigit(last))
  }

  /// Whether a line opens with a dialogue dash or a list bullet.
  private func opensItem(_ line: (start: Int, end: Int)) -> Bool {
    let t = trimmed(line)
    guard t.end > t.start else { return false }
    let first = buffer[t.start]
    if CharacterClass.isDash(first) || CharacterClass.isBullet(first) { return true }
    if (first == 0x2D || first == 0x2A) && t.start + 1 < t.end
      && CharacterClass.isInlineSpace(buffer[t.start + 1])
    {
      return true
    }
    return false
  }

  private func startsCapitalised(_ line: (start: Int, end: Int)) -> Bool {
    let t = trimmed(line)
    guard t.end > t.start else { return false }
    var i = t.start
    while i < t.end && CharacterClass.isOpener(buffer[i]) { i += 1 }
    guard i < t.end else { return false }
    return CharacterClass.isUpper(buffer[i]) || CharacterClass.isDigit(buffer[i])
  }

  private mutating func layOut(
    _ lines: [(start: Int, end: Int)], lineBreaksAreSentences: Bool
  ) {
    guard lines.count > 1 else { return }
    let lengths = lines.map { trimmed($0).end - trimmed($0).start }
    let longest = lengths.max() ?? 0
    let itemBlock =
      longest <= Self.shortLineLimit && !lines.contains(where: { endsPunctuated($0) })
    for k in 1..<lines.count {
      let previous = lines[k - 1]
      let hard: Bool
      if lineBreaksAreSentences || itemBlock || opensItem(lines[k]) {
        hard = true
      } else {
        // A short unpunctuated line before a capitalised one: a heading or a caption line.
        hard =
          !endsPunctuated(previous) && lengths[k - 1] * 10 < longest * 6
          && startsCapitalised(lines[k])
      }
      if hard {
        hardCuts.append(previous.end)
      } else {
        if buffer[previous.end] != 0x0A { narrowedNewlines.append(previous.end) }
        buffer[previous.end] = 0x20
        softNewlines.append(previous.end)
      }
    }
  }
}
