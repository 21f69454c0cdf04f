import BitextCorpus

/// Raises ``BeadFlag/manyToMany`` on beads with several sentences on both sides (2-2, 2-3…),
/// which aligners rarely get right and reviewers may want split.
public struct ManyToManyDetector: Sendable, Hashable {
  /// Creates a detector.
  public init() {}

  /// The note of `bead`, if both its sides hold two sentences or more: `2-3 bead`.
  public func note(for bead: AlignedBead) -> BeadFlagNote? {
    let (source, target) = (bead.sourceSentenceCount, bead.targetSentenceCount)
    guard source >= 2 && target >= 2 else { return nil }
    return BeadFlagNote(.manyToMany, "\(source)-\(target) bead")
  }
}
