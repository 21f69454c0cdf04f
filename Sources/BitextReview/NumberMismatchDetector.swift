import BitextCorpus
import BitextText

/// Raises ``BeadFlag/numberMismatch`` when a number in digits on one side of a bead is on the
/// other in no form: `1,000.5` matches `1 000,5` and `1.000,5` (see ``NumberScanner``), `3rd`
/// matches `3e` and `3.`, `20.30` matches `20 h 30`, and a number matches a Roman numeral
/// (`Chapter 3`, `Chapitre III`) or the same number in words (`2,000` ~ `deux mille`, see
/// ``NumberWords``). Digits inside URLs and e-mail addresses are left to
/// ``LinkMismatchDetector``; beads with an empty side are left to ``OmissionDetector``.
///
/// With the gold alignments of the development sets, it fires on none of the correct 1-1 beads
/// of the LIMSI English–French books, and on 6 % of those of the Text+Berg German–French
/// yearbook, whose translators left out or converted numbers (`S. 161-177`, `3 yards (2,75 m)`).
public struct NumberMismatchDetector: Sendable, Hashable {
  /// How numbers are read.
  public var scanner = NumberScanner()
  /// How links are found, to leave their digits out.
  public var links = LinkScanner()
  /// Whether numbers written in words count as counterparts.
  public var readsWords = true
  /// The most numbers of each side a reason lists.
  public var listed = 3

  /// Creates a detector.
  public init() {}

  /// The note of `bead`, if a number is on one side only: `2022 only in source`. `languages`
  /// are the corpus's source and target languages (for numbers in words).
  public func note(for bead: AlignedBead, languages: (String, String)) -> BeadFlagNote? {
    guard !bead.hasEmptySource, !bead.hasEmptyTarget else { return nil }
    let source = links.removingLinks(from: bead.sourceText)
    let target = links.removingLinks(from: bead.targetText)
    let sourceNumbers = scanner.numbers(in: source)
    let targetNumbers = scanner.numbers(in: target)
    guard !sourceNumbers.isEmpty || !targetNumbers.isEmpty else { return nil }
    let onlySource = unmatched(
      sourceNumbers, in: targetNumbers, text: target, language: languages.1)
    let onlyTarget = unmatched(
      targetNumbers, in: sourceNumbers, text: source, language: languages.0)
    let parts = [(onlySource, "source"), (onlyTarget, "target")].compactMap { numbers, side in
      numbers.isEmpty ? nil : "\(Self.list(numbers, limit: listed)) only in \(side)"
    }
    return parts.isEmpty ? nil : BeadFlagNote(.numberMismatch, parts.joined(separator: "; "))
  }

  /// The numbers of `numbers` with no counterpart among `others`, the numbers of the other
  /// side's `text` (in `language`), each written once.
  private func unmatched(
    _ numbers: [NumberMention], in others: [NumberMention], text: String, language: String
  ) -> [String] {
    var known = Set(others.flatMap { $0.values.union($0.parts) })
    var readText = false
    var seen: Set<String> = []
    var result: [String] = []
    for number in numbers {
      func isMatched() -> Bool {
        !number.values.isDisjoint(with: known)
          || (number.parts.count > 1 && number.parts.allSatisfy(known.contains))
      }
      if !isMatched() && !readText {
        // Roman numerals and numbers in words, read only when needed.
        readText = true
        known.formUnion(scanner.romanNumerals(in: text))
        if readsWords {
          known.formUnion(
            NumberWords(language: LanguageTag.primaryLanguage(language)).values(in: text))
        }
      }
      if !isMatched() && seen.insert(number.text).inserted { result.append(number.text) }
    }
    return result
  }

  /// `a, b, c` or `a, b, c…` when there are more than `limit`.
  static func list(_ items: [String], limit: Int) -> String {
    items.prefix(limit).joined(separator: ", ") + (items.count > limit ? "…" : "")
  }
}
