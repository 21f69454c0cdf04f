import BitextCorpus
import Foundation

/// Raises ``BeadFlag/untranslated`` when both sides of a bead hold the same text (after
/// trimming, case folding and collapsing spaces), a text with words to translate: at least
/// ``minimumWords`` words and ``minimumLetters`` letters, and not only capitalised words (a
/// name, `New York Times`), numbers or punctuation.
public struct UntranslatedDetector: Sendable, Hashable {
  /// The fewest words a text must have.
  public var minimumWords = 2
  /// The fewest letters a text must have.
  public var minimumLetters = 8

  /// Creates a detector.
  public init() {}

  /// The note of `bead`, if its two sides are the same text: `same text on both sides`.
  public func note(for bead: AlignedBead) -> BeadFlagNote? {
    guard !bead.hasEmptySource, !bead.hasEmptyTarget else { return nil }
    let (sourceText, targetText) = (bead.sourceText, bead.targetText)
    // Texts whose letters differ in number are not the same: decided before any folding.
    let sourceShape = ScalarClass.letters(of: sourceText)
    guard sourceShape.letters >= minimumLetters,
      sourceShape.letters == ScalarClass.letters(of: targetText).letters,
      Self.normalized(sourceText) == Self.normalized(targetText)
    else { return nil }
    let words = sourceText.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" })
    guard words.count >= minimumWords, words.contains(where: ScalarClass.startsLowercase) else {
      return nil
    }
    return BeadFlagNote(.untranslated, "same text on both sides")
  }

  /// `text` trimmed, case-folded, its runs of white space made one space.
  static func normalized(_ text: String) -> String {
    text.folding(options: [.caseInsensitive], locale: nil)
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
