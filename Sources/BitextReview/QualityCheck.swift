import BitextAlign
import BitextCorpus

/// Checks an aligned corpus bead by bead and raises the ``BeadFlag``s a reviewer should see.
public struct QualityCheck: Sendable, Hashable {
  /// Beads scoring below this are flagged ``BeadFlag/lowConfidence``.
  public var lowScore: Double

  /// Creates a check.
  public init(lowScore: Double = 0.5) {
    self.lowScore = lowScore
  }

  /// The flags of every bead of `corpus`, document by document.
  public func report(_ corpus: AlignedCorpus) -> QualityReport {
    QualityReport(
      notes: corpus.beads.map { bead in
        var notes: [BeadFlagNote] = []
        if bead.score < lowScore {
          notes.append(BeadFlagNote(.lowConfidence, "score \(bead.score) < \(lowScore)"))
        }
        if bead.sourceIDs.isEmpty || bead.targetIDs.isEmpty {
          notes.append(
            BeadFlagNote(.omission, bead.sourceIDs.isEmpty ? "no source" : "no target"))
        }
        if bead.sourceIDs.count > 1 && bead.targetIDs.count > 1 {
          notes.append(BeadFlagNote(.manyToMany, "\(bead.sourceIDs.count)-\(bead.targetIDs.count)"))
        }
        return notes
      })
  }
}
