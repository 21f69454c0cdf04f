/// Several sources of translation evidence at once: a word pair matches when any of them says
/// so. Each part's keys are kept in a space of their own.
public struct CombinedEvidence: TranslationEvidence {
  /// The parts, consulted in order.
  public let parts: [any TranslationEvidence]

  /// Combines evidence.
  public init(_ parts: [any TranslationEvidence]) {
    self.parts = parts
  }

  /// The translation keys of every part, each prefixed with the part's position.
  public func translationKeys(ofSource word: String) -> [String] {
    parts.enumerated().flatMap { index, part in
      part.translationKeys(ofSource: word).map { "\(index):\($0)" }
    }
  }

  /// The keys of every part, each prefixed with the part's position.
  public func keys(ofTarget word: String) -> [String] {
    parts.enumerated().flatMap { index, part in
      part.keys(ofTarget: word).map { "\(index):\($0)" }
    }
  }
}
