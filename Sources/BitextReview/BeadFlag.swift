/// Something about a bead that a reviewer should look at.
public enum BeadFlag: String, CaseIterable, Hashable, Sendable, Codable {
  /// The bead's score is below the low-confidence threshold.
  case lowConfidence = "low-confidence"
  /// One side is empty (1-0, 0-1), alone or in a run of such beads; with sentence embeddings,
  /// also a sentence of a bead with no close match nearby (``SentenceCloseness``).
  case omission
  /// A number on one side is missing from the other.
  case numberMismatch = "number-mismatch"
  /// A URL or e-mail address on one side is missing from the other.
  case urlMismatch = "url-mismatch"
  /// A name on one side has no counterpart on the other.
  case nameMismatch = "name-mismatch"
  /// The bead's length ratio is far from the document's.
  case lengthRatio = "length-ratio"
  /// Both sides hold the same text: left untranslated.
  case untranslated
  /// Several sentences on both sides (2-2, 2-3…).
  case manyToMany = "many-to-many"

  /// A short label for summaries and the review page.
  public var label: String {
    switch self {
    case .lowConfidence: "low confidence"
    case .omission: "omission"
    case .numberMismatch: "number mismatch"
    case .urlMismatch: "URL mismatch"
    case .nameMismatch: "name mismatch"
    case .lengthRatio: "length ratio"
    case .untranslated: "untranslated"
    case .manyToMany: "many-to-many"
    }
  }
}

/// A flag raised on one bead, with what raised it.
public struct BeadFlagNote: Hashable, Sendable, Codable {
  /// The flag.
  public var flag: BeadFlag
  /// Why, in a few words a reviewer can check ("score 0.31 < 0.5", "12 on the source side only").
  public var reason: String

  /// Creates a note.
  public init(_ flag: BeadFlag, _ reason: String) {
    self.flag = flag
    self.reason = reason
  }
}
