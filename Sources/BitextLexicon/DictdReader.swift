/// Reads dictionaries in the dictd format FreeDict publishes: a `.index` file (headword, base64
/// offset, base64 length, tab-separated) and a `.dict` or dictzip `.dict.dz` file of articles.
///
/// An article's first line is the headword, then an optional pronunciation in slashes and
/// grammar in angle brackets. Senses are numbered ("1. cut off"), or a single unnumbered line.
/// The first line of each sense lists the translations, separated by commas or semicolons;
/// further lines (definitions, examples, indented notes) are skipped.
public struct DictdReader: Sendable {
  /// Translations longer than this many words are taken as explanations and skipped.
  public var maximumTranslationWords: Int

  /// Creates a reader.
  public init(maximumTranslationWords: Int = 5) {
    self.maximumTranslationWords = maximumTranslationWords
  }

  /// The result of reading a dictionary.
  public struct Result: Sendable {
    /// The articles, in dictionary-file order, each once.
    public var entries: [DictdEntry]
    /// Index lines that could not be used.
    public var issues: [LexiconIssue]
  }

  /// Reads a dictionary from its index and data files (the data file may be gzip/dictzip).
  public func read(indexPath: String, dictPath: String) throws(LexiconError) -> Result {
    let index = try Gzip.readText(indexPath)
    let data = try Gzip.readFile(dictPath)
    return read(index: index, indexName: indexPath, data: data, dataName: dictPath)
  }

  /// Reads a dictionary from the index text and the uncompressed data bytes.
  public func read(index: String, indexName: String, data: [UInt8], dataName: String) -> Result {
    var issues: [LexiconIssue] = []
    var spans: Set<Span> = []
    var lineNumber = 0
    for rawLine in index.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      var line = rawLine
      if line.last == "\r" { line = line.dropLast() }
      if line.isEmpty { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      func issue(_ message: String) {
        issues.append(LexiconIssue(file: indexName, line: lineNumber, message: message))
      }
      guard fields.count >= 3 else {
        issue("expected headword<TAB>offset<TAB>length, found \(fields.count) field(s)")
        continue
      }
      if fields[0].hasPrefix("00database") || fields[0].hasPrefix("00-database") { continue }
      guard let offset = Self.base64Number(fields[1]), let length = Self.base64Number(fields[2])
      else {
        issue("offset '\(fields[1])' or length '\(fields[2])' is not a base64 number")
        continue
      }
      guard offset <= data.count, length <= data.count - offset else {
        issue(
          "article at \(offset)+\(length) lies beyond the end of \(dataName) (\(data.count) bytes)")
        continue
      }
      spans.insert(Span(offset: offset, length: length, line: lineNumber))
    }
    var entries: [DictdEntry] = []
    var seen: Set<Range<Int>> = []
    for span in spans.sorted(by: {
      ($0.offset, $0.length, $0.line) < ($1.offset, $1.length, $1.line)
    }) {
      let range = span.offset..<(span.offset + span.length)
      guard seen.insert(range).inserted else { continue }
      let bytes = data[range]
      guard let text = String(validating: bytes, as: UTF8.self) else {
        issues.append(
          LexiconIssue(
            file: indexName, line: span.line,
            message: "article at byte offset \(span.offset) of \(dataName) is not valid UTF-8"))
        continue
      }
      if let entry = parseArticle(text) { entries.append(entry) }
    }
    return Result(entries: entries, issues: issues.sorted { $0.line < $1.line })
  }

  /// Parses one article's text; `nil` when it has no headword or no translation.
  public func parseArticle(_ text: String) -> DictdEntry? {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
    while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines = lines.dropFirst() }
    guard let headLine = lines.popFirst() else { return nil }
    let headword = Self.headword(of: headLine)
    guard !headword.isEmpty else { return nil }
    var senses: [[String]] = []
    var inSense = false
    for line in lines {
      if let (_, rest) = Self.senseNumber(line) {
        inSense = true
        let translations = splitTranslations(rest)
        if !translations.isEmpty { senses.append(translations) }
        continue
      }
      // an unnumbered first line is the only sense; later lines explain it
      if !inSense, let first = line.first, !first.isWhitespace {
        inSense = true
        let translations = splitTranslations(line)
        if !translations.isEmpty { senses.append(translations) }
      }
    }
    guard !senses.isEmpty else { return nil }
    return DictdEntry(headword: headword, senses: senses)
  }

  /// Splits a sense line into translations: top-level commas and semicolons separate them,
  /// parenthesised remarks and quotes are dropped, trailing sense numbers ("estonien 2.") cut.
  func splitTranslations(_ line: Substring) -> [String] {
    var parts: [String] = []
    var current = ""
    var depth = 0
    for character in line {
      switch character {
      case "(", "[", "{": depth += 1
      case ")", "]", "}": depth = max(0, depth - 1)
      case "," where depth == 0, ";" where depth == 0:
        parts.append(current)
        current = ""
      default:
        if depth == 0 { current.append(character) }
      }
    }
    parts.append(current)
    var result: [String] = []
    for part in parts {
      var words = part.split(whereSeparator: \.isWhitespace).map(String.init)
      // a following sense number glued to this line by the dictionary's formatter
      while let last = words.last, last.hasSuffix("."), last.dropLast().allSatisfy(\.isNumber),
        last.count > 1
      {
        words.removeLast()
      }
      words = words.map { $0.trimmingCharacters(in: "\"“”„«»") }.filter { !$0.isEmpty }
      guard !words.isEmpty, words.count <= maximumTranslationWords else { continue }
      let translation = words.joined(separator: " ")
      if !result.contains(translation) { result.append(translation) }
    }
    return result
  }

  /// The headword of an article's first line: the text before the pronunciation (`/…/`) and the
  /// grammar (`<…>`).
  static func headword(of line: Substring) -> String {
    var end = line.endIndex
    var index = line.startIndex
    while index < line.endIndex {
      let c = line[index]
      if c == "<" || c == "/", index > line.startIndex, line[line.index(before: index)] == " " {
        end = index
        break
      }
      index = line.index(after: index)
    }
    return line[..<end].split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// `"2. cut off"` → (2, "cut off"); `nil` when the line does not start with a sense number.
  static func senseNumber(_ line: Substring) -> (Int, Substring)? {
    var rest = line.drop(while: { $0 == " " || $0 == "\t" })
    let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
    guard !digits.isEmpty, digits.count <= 3, let number = Int(digits) else { return nil }
    rest = rest.dropFirst(digits.count)
    guard rest.first == "." else { return nil }
    rest = rest.dropFirst()
    guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
    return (number, rest.drop(while: { $0 == " " || $0 == "\t" }))
  }

  /// Decodes dictd's base64 numbers (digits `A–Z a–z 0–9 + /`, most significant first).
  static func base64Number(_ text: Substring) -> Int? {
    guard !text.isEmpty, text.utf8.count <= 10 else { return nil }
    var value = 0
    for byte in text.utf8 {
      let digit: Int
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): digit = Int(byte - UInt8(ascii: "A"))
      case UInt8(ascii: "a")...UInt8(ascii: "z"): digit = Int(byte - UInt8(ascii: "a")) + 26
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Int(byte - UInt8(ascii: "0")) + 52
      case UInt8(ascii: "+"): digit = 62
      case UInt8(ascii: "/"): digit = 63
      default: return nil
      }
      value = value * 64 + digit
    }
    return value
  }

  struct Span: Hashable {
    var offset: Int
    var length: Int
    var line: Int
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: String) -> String {
    var s = Substring(self)
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }
}
