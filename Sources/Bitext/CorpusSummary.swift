import BitextAlign
import BitextCorpus

/// What a corpus holds, in the figures `bitext run` reports: beads per shape, the mean score
/// and the beads scoring below a threshold.
public struct CorpusSummary: Sendable, Hashable {
  /// How many beads have one shape.
  public struct ShapeCount: Sendable, Hashable {
    /// The shape.
    public var shape: BeadShape
    /// The beads of that shape.
    public var count: Int
  }

  /// The number of beads.
  public var beads: Int
  /// Beads per shape, the most frequent first (ties in ``BeadShape`` order: smaller first).
  public var shapes: [ShapeCount]
  /// The mean bead score (0 for an empty corpus).
  public var meanScore: Double
  /// The beads scoring below the threshold, in corpus order.
  public var lowScoring: [AlignedBead]

  /// Summarises a corpus; beads scoring below `lowScore` are listed in ``lowScoring``.
  public init(_ corpus: AlignedCorpus, lowScore: Double) {
    var counts: [BeadShape: Int] = [:]
    for bead in corpus.beads { counts[bead.shape, default: 0] += 1 }
    beads = corpus.beads.count
    shapes = counts.map { ShapeCount(shape: $0.key, count: $0.value) }
      .sorted { ($0.count, $1.shape) > ($1.count, $0.shape) }
    meanScore =
      corpus.beads.isEmpty ? 0 : corpus.beads.map(\.score).reduce(0, +) / Double(beads)
    lowScoring = corpus.beads.filter { $0.score < lowScore }
  }
}
