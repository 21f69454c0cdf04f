/// One unit of a sentence alignment: a run of source sentences matched with a run of target
/// sentences. Either side may be empty (an insertion `0-n` or a deletion `n-0`), never both.
///
/// Ranges are sentence indices, 0-based, into each side's sentence list.
public struct Bead: Hashable, Sendable, Codable {
  /// Source sentence indices covered by this bead.
  public var source: Range<Int>
  /// Target sentence indices covered by this bead.
  public var target: Range<Int>
  /// Confidence in [0, 1]: higher means the aligner is surer this bead is right.
  public var score: Double

  /// Creates a bead.
  public init(source: Range<Int>, target: Range<Int>, score: Double = 1) {
    self.source = source
    self.target = target
    self.score = score
  }

  /// The bead's shape: how many source and target sentences it joins.
  public var shape: BeadShape { BeadShape(source.count, target.count) }
}
