/// How scores are written as text in every format: Swift's shortest round-trip decimal form
/// (`0.8734`, `1.0`), so reading a score back gives the same `Double`. Scores that are not
/// finite are written as `nan`, `inf`, `-inf` (JSONL writes `null` instead).
enum ScoreText {
  /// The text form of a score.
  static func format(_ score: Double) -> String {
    if score.isNaN { return "nan" }
    if score.isInfinite { return score > 0 ? "inf" : "-inf" }
    return String(score)
  }

  /// Parses a score written by ``format(_:)`` (or any decimal number); nil if it is not one.
  static func parse<S: StringProtocol>(_ text: S) -> Double? {
    let trimmed = text.trimmingSpaces
    guard !trimmed.isEmpty else { return nil }
    return Double(trimmed)
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces and tabs.
  var trimmingSpaces: String {
    let text = Substring(self)
    let utf8 = text.utf8
    var start = utf8.startIndex
    var end = utf8.endIndex
    while start != end, utf8[start] == 0x20 || utf8[start] == 0x09 {
      start = utf8.index(after: start)
    }
    while start != end {
      let last = utf8.index(before: end)
      guard utf8[last] == 0x20 || utf8[last] == 0x09 else { break }
      end = last
    }
    return String(text[start..<end])
  }
}
