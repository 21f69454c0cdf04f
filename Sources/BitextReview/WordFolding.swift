import Foundation

/// Comparing words across languages loosely: without case and diacritics, by shared prefix or by
/// a small edit distance (Poutine ~ Putin, Loukachenko ~ Lukashenko).
enum WordFolding {
  /// `word` lower-cased, without diacritics, without a possessive `'s` / `’s`: `Cunégonde's` →
  /// `cunegonde`.
  static func fold(_ word: String) -> String {
    let text = trimmingPossessive(word)
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      return String(
        decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
    return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  /// A word without a final possessive `'s` / `’s` (kept after a single letter: `X's`).
  static func trimmingPossessive(_ word: String) -> String {
    let bytes = word.utf8
    guard bytes.count > 3, let last = bytes.last, last | 0x20 == 0x73 else { return word }
    let head = bytes.dropLast()
    if head.last == 0x27 { return String(word.dropLast(2)) }
    if head.count > 4, Array(head.suffix(3)) == [0xE2, 0x80, 0x99] {
      return String(word.dropLast(2))
    }
    return word
  }

  /// The word and, when it is hyphenated, its parts of two letters or more: `Jean-Baptiste` →
  /// `Jean-Baptiste`, `Jean`, `Baptiste`.
  static func forms(_ word: String) -> [String] {
    // `-`, or the first byte of U+2010 and U+2011.
    guard word.utf8.contains(where: { $0 == 0x2D || $0 == 0xE2 }) else { return [word] }
    let parts = word.split(whereSeparator: { $0 == "-" || $0 == "‐" || $0 == "‑" })
      .map(String.init).filter { $0.count >= 2 }
    return parts.count > 1 ? [word] + parts : [word]
  }

  /// The number of leading characters `a` and `b` share.
  static func commonPrefixLength(_ a: String, _ b: String) -> Int {
    var count = 0
    for (x, y) in zip(a, b) {
      guard x == y else { break }
      count += 1
    }
    return count
  }

  /// Whether the edit distance (insertions, deletions, substitutions) between `a` and `b` is at
  /// most `limit`.
  static func isWithinEditDistance(_ a: String, _ b: String, limit: Int) -> Bool {
    let a = Array(a)
    let b = Array(b)
    guard abs(a.count - b.count) <= limit else { return false }
    var previous = Array(0...b.count)
    for i in 1...max(1, a.count) where !a.isEmpty {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...max(1, b.count) where !b.isEmpty {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      guard current.min()! <= limit else { return false }
      previous = current
    }
    return previous[b.count] <= limit
  }
}
