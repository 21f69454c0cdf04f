/// Whether the two sides of an aligned document look like translations of each other, from
/// evidence that does not depend on the aligner's choice of neighbours: how much of each side
/// sits in confident beads, and how much more lexical evidence (dictionary
/// translations, cognates, numbers) the aligned pairs share than pairs of the same sentences
/// shuffled out of order.
public struct DocumentVerdict: Hashable, Sendable, Codable {
  /// The verdict.
  public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
    /// The sides are translations of each other.
    case translation
    /// The evidence is too thin to say (very short documents, a language pair without
    /// lexical evidence).
    case uncertain
    /// The sides are not translations of each other: two different texts were paired.
    case misPaired = "mis-paired"
  }

  /// The verdict.
  public var kind: Kind
  /// The probability, in [0, 1], that the sides are translations of each other.
  public var confidence: Double
  /// The share of both sides' sentences that sit in beads with two sides scoring at least 0.5.
  public var alignedShare: Double
  /// The lexical evidence of the aligned sentence pairs over that of shuffled pairs: around 1
  /// for unrelated texts, well above for translations (0 when neither has any).
  public var lexicalRatio: Double

  /// Creates a verdict.
  public init(kind: Kind, confidence: Double, alignedShare: Double, lexicalRatio: Double) {
    self.kind = kind
    self.confidence = confidence
    self.alignedShare = alignedShare
    self.lexicalRatio = lexicalRatio
  }
}
