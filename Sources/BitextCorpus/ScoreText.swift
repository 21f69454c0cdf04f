/// How scores are written as text in every format: Swift's shortest round-trip decimal form
/// (`0.8734`, `1.0`), so reading a score back gives the same `Double`.
///
/// A score is a confidence: a finite number between 0 and 1. Readers refuse anything else
/// (`nan`, `inf`, `-5`, `7`, JSON `null`) with the file and line, and writers refuse to write
/// it, so no format ever holds a score another format could not.
enum ScoreText {
  /// What a score must be, for messages.
  static let expectation = "a number between 0 and 1"

  /// Whether a value can be a score.
  static func isValid(_ score: Double) -> Bool { score.isFinite && score >= 0 && score <= 1 }

  /// The text form of a valid score.
  static func format(_ score: Double) -> String { String(score) }

  /// Parses a score written by ``format(_:)`` (or any decimal number between 0 and 1); nil if
  /// it is not one.
  static func parse<S: StringProtocol>(_ text: S) -> Double? {
    let trimmed = text.trimmingSpaces
    guard !trimmed.isEmpty, let value = Double(trimmed), isValid(value) else { return nil }
    return value
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
