import BitextCorpus

/// Raises ``BeadFlag/lowConfidence`` on beads the aligner scored below a threshold.
public struct LowConfidenceDetector: Sendable, Hashable {
  /// Beads scoring below this are flagged.
  public var lowScore: Double

  /// Creates a detector.
  public init(lowScore: Double = 0.5) {
    self.lowScore = lowScore
  }

  /// The note of `bead`, if its score is low: `score 0.31`.
  public func note(for bead: AlignedBead) -> BeadFlagNote? {
    guard bead.score < lowScore else { return nil }
    return BeadFlagNote(.lowConfidence, "score \(Self.format(bead.score))")
  }

  /// A score with two decimals, never rounded up to the threshold (`0.499` is `0.49`).
  static func format(_ score: Double) -> String {
    guard score.isFinite else { return "\(score)" }
    let hundredths = Int((score * 100).rounded(.down))
    let sign = hundredths < 0 ? "-" : ""
    let magnitude = abs(hundredths)
    let decimals = magnitude % 100
    return "\(sign)\(magnitude / 100).\(decimals < 10 ? "0" : "")\(decimals)"
  }
}
