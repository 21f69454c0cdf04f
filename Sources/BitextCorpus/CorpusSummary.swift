/// What a corpus holds, in the figures `bitext run` reports: beads per shape, the mean score
/// and the beads scoring below a threshold.
public struct CorpusSummary: Sendable, Hashable {
  /// How many beads have one shape.
  public struct ShapeCount: Sendable, Hashable {
    /// The shape as `source sentences-target sentences`: `"1-1"`, `"2-1"`, `"0-1"`.
    public var shape: String
    /// The beads of that shape.
    public var count: Int
  }

  /// The number of beads.
  public var beads: Int
  /// Beads per shape, the most frequent first (ties in shape order).
  public var shapes: [ShapeCount]
  /// The mean bead score (0 for an empty corpus).
  public var meanScore: Double
  /// The beads scoring below the threshold, in corpus order.
  public var lowScoring: [AlignedBead]

  /// Summarises a corpus; beads scoring below `lowScore` are listed in ``lowScoring``.
  public init(_ corpus: AlignedCorpus, lowScore: Double) {
    var counts: [String: Int] = [:]
    for bead in corpus.beads { counts[Self.shape(of: bead), default: 0] += 1 }
    beads = corpus.beads.count
    shapes = counts.map { ShapeCount(shape: $0.key, count: $0.value) }
      .sorted { ($0.count, $1.shape) > ($1.count, $0.shape) }
    meanScore =
      corpus.beads.isEmpty ? 0 : corpus.beads.map(\.score).reduce(0, +) / Double(beads)
    lowScoring = corpus.beads.filter { $0.score < lowScore }
  }

  /// The shape of a bead from its sentence counts: `"2-1"` for two source sentences and one
  /// target sentence.
  public static func shape(of bead: AlignedBead) -> String {
    "\(bead.sourceIDs.count)-\(bead.targetIDs.count)"
  }
}
