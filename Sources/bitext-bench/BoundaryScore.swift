import BitextText

/// Strict sentence-boundary scoring on paragraphs of gold sentences (the UD development
/// splits' definition): each paragraph's gold sentences joined with a space are segmented; only
/// gold boundaries after `.` `!` `?` `…` (optionally followed by closing quotes or brackets)
/// count; a predicted boundary anywhere else is a false positive.
struct BoundaryScore {
  var truePositives = 0
  var falsePositives = 0
  var falseNegatives = 0
  /// Paragraphs skipped because normalization changed the text between sentences.
  var skippedParagraphs = 0
  /// Sample errors: `(kind, context)` with `kind` "FP" or "FN".
  var errors: [(kind: String, context: String)] = []

  var precision: Double { ratio(truePositives, truePositives + falsePositives) }
  var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
  var f1: Double {
    precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
  }

  private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

  /// Scores one paragraph of gold sentences with a segmenter.
  mutating func add(
    paragraph gold: [String], segmenter: SentenceSegmenter, keepErrors: Bool = false
  ) throws {
    let normalizer = Normalizer()
    let sentences = try gold.map { try normalizer.normalize($0) }
    let text = sentences.joined(separator: " ")
    guard try normalizer.normalize(text) == text else {
      skippedParagraphs += 1
      return
    }
    let bytes = Array(text.utf8)
    var goldStarts = Set<Int>()
    var offset = 0
    for (index, sentence) in sentences.enumerated() {
      if index > 0 && Self.followsTerminal(bytes, at: offset) { goldStarts.insert(offset) }
      offset += sentence.utf8.count + 1
    }
    let predicted = Set(try segmenter.sentences(in: text).dropFirst().map(\.range.lowerBound))
    for start in predicted.union(goldStarts).sorted() {
      switch (predicted.contains(start), goldStarts.contains(start)) {
      case (true, true): truePositives += 1
      case (true, false):
        falsePositives += 1
        if keepErrors { errors.append(("FP", Self.context(bytes, start))) }
      case (false, true):
        falseNegatives += 1
        if keepErrors { errors.append(("FN", Self.context(bytes, start))) }
      default: break
      }
    }
  }

  /// Whether the text before byte `start` ends, after spaces and closing quotes or brackets,
  /// with `.`, `!`, `?` or `…`.
  static func followsTerminal(_ bytes: [UInt8], at start: Int) -> Bool {
    // The last few characters are enough: spaces and closers never run for long.
    let before = String(decoding: bytes[max(0, start - 64)..<start], as: UTF8.self)
    let closers: Set<Character> = [
      "\"", "'", "»", "”", "“", "’", "‘", "›", "‹", ")", "]", "}", "«",
    ]
    for character in before.reversed() {
      if character.isWhitespace || closers.contains(character) { continue }
      return character == "." || character == "!" || character == "?" || character == "…"
    }
    return false
  }

  private static func context(_ bytes: [UInt8], _ start: Int) -> String {
    let head = String(decoding: bytes[..<start], as: UTF8.self).suffix(50)
    let tail = String(decoding: bytes[start...], as: UTF8.self).prefix(40)
    return "\(head)‖\(tail)"
  }
}
