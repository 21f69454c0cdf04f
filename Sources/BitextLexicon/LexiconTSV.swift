/// The plain-text lexicon format: one entry a line, `source<TAB>target[<TAB>weight[<TAB>provenance]]`.
///
/// Blank lines and lines whose first non-blank character is `#` are ignored; each field is
/// trimmed of white space (a CR or a no-break space included). The weight defaults to 1; the
/// provenance defaults to the name the reader is given (usually the file's name). Headwords may
/// hold spaces (multi-word entries), never tabs.
public enum LexiconTSV {
  /// The result of reading a lexicon: the entries and the lines that were skipped, with why.
  public struct ParseResult: Sendable {
    /// The entries read, in file order.
    public var entries: [LexiconEntry]
    /// The malformed lines, each named by file and line number.
    public var issues: [LexiconIssue]
  }

  /// Parses lexicon text; malformed lines are reported and skipped.
  /// - Parameters:
  ///   - text: the file's text.
  ///   - file: names the file in issues.
  ///   - provenance: the provenance of lines that give none.
  public static func parse(_ text: String, file: String, provenance: String) -> ParseResult {
    var entries: [LexiconEntry] = []
    var issues: [LexiconIssue] = []
    var lineNumber = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      var line = Substring(rawLine)
      if line.last == "\r" { line = line.dropLast() }
      let content = line.drop(while: \.isWhitespace)
      if content.isEmpty || content.first == "#" { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
        $0.trimmingSpaces()
      }
      func issue(_ message: String) {
        issues.append(LexiconIssue(file: file, line: lineNumber, message: message))
      }
      guard fields.count >= 2 else {
        issue("expected source<TAB>target[<TAB>weight[<TAB>provenance]], found no tab")
        continue
      }
      guard fields.count <= 4 else {
        issue("expected at most 4 tab-separated fields, found \(fields.count)")
        continue
      }
      guard !fields[0].isEmpty, !fields[1].isEmpty else {
        issue("empty \(fields[0].isEmpty ? "source" : "target") headword")
        continue
      }
      var weight = 1.0
      if fields.count >= 3, !fields[2].isEmpty {
        guard let value = Double(fields[2]), value.isFinite, value > 0 else {
          issue("weight '\(fields[2])' is not a positive number")
          continue
        }
        weight = value
      }
      let origin = fields.count == 4 && !fields[3].isEmpty ? fields[3] : provenance
      entries.append(
        LexiconEntry(source: fields[0], target: fields[1], weight: weight, provenance: origin))
    }
    return ParseResult(entries: entries, issues: issues)
  }

  /// Serializes entries, sorted, with an optional comment header (each line gets a `# `).
  ///
  /// The provenance column is written only when it differs from `defaultProvenance`; weights
  /// are written with up to 6 significant digits. The same lexicon always gives the same bytes.
  public static func serialize(
    _ lexicon: Lexicon, header: [String] = [], defaultProvenance: String? = nil
  ) -> String {
    var out = ""
    for line in header { out += "# \(line)\n" }
    for entry in lexicon.entries {
      out += clean(entry.source) + "\t" + clean(entry.target) + "\t" + format(entry.weight)
      if entry.provenance != defaultProvenance { out += "\t" + clean(entry.provenance) }
      out += "\n"
    }
    return out
  }

  /// A weight as text: at most 6 significant digits, no trailing zeros ("1", "0.25", "0.333333").
  /// A weight too small for 15 decimal places is written in full ("1e-300"), never as "0",
  /// which the reader refuses.
  public static func format(_ weight: Double) -> String {
    if weight == weight.rounded(), abs(weight) < 1e15 { return String(Int(weight)) }
    // decimal places for 6 significant digits: 6 minus the digits before the point
    var places = 6
    var magnitude = abs(weight)
    while magnitude >= 1 && places > 0 {
      magnitude /= 10
      places -= 1
    }
    while magnitude < 0.1 && places < 15 {
      magnitude *= 10
      places += 1
    }
    let factor = (0..<places).reduce(1.0) { r, _ in r * 10 }
    let rounded = (weight * factor).rounded() / factor
    if rounded == 0, weight != 0 { return "\(weight)" }
    var text = "\(rounded)"
    if text.contains("e") { return text }
    while text.contains("."), text.last == "0" { text.removeLast() }
    if text.last == "." { text.removeLast() }
    return text
  }

  static func clean(_ field: String) -> String {
    guard field.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return field }
    return String(field.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
  }
}

extension Substring {
  func trimmingSpaces() -> String {
    var s = self
    while let f = s.first, f.isWhitespace { s = s.dropFirst() }
    while let l = s.last, l.isWhitespace { s = s.dropLast() }
    return String(s)
  }
}
