/// The shape of a bead: how many source and how many target sentences it joins.
public struct BeadShape: Hashable, Sendable, Codable, Comparable, LosslessStringConvertible {
  /// Source sentences in the bead.
  public var source: Int
  /// Target sentences in the bead.
  public var target: Int

  /// Creates a shape; at least one side must be non-empty.
  public init(_ source: Int, _ target: Int) {
    precondition(
      source >= 0 && target >= 0 && source + target > 0, "a bead joins at least one sentence")
    self.source = source
    self.target = target
  }

  /// Orders shapes by size, then by source count.
  public static func < (lhs: BeadShape, rhs: BeadShape) -> Bool {
    (lhs.source + lhs.target, lhs.source) < (rhs.source + rhs.target, rhs.source)
  }

  /// The prior probability of a shape in human translation, after Gale & Church (1993) for
  /// the classic shapes; wider beads get a small share.
  public var galeChurchPrior: Double {
    switch (source, target) {
    case (1, 1): return 0.89
    case (1, 0), (0, 1): return 0.0099 / 2
    case (2, 1), (1, 2): return 0.089 / 2
    case (2, 2): return 0.011
    case (3, 1), (1, 3): return 0.005
    default: return 0.001
    }
  }

  /// The shape as written in reports and options: `"1-2"` for one source and two target
  /// sentences.
  public var description: String { "\(source)-\(target)" }

  /// Parses `"a-b"`, e.g. `"2-1"`; `nil` unless both are whole numbers, not both zero.
  public init?(_ description: String) {
    let sides = description.split(separator: "-", omittingEmptySubsequences: false)
    guard sides.count == 2, let source = Int(sides[0]), let target = Int(sides[1]),
      source >= 0, target >= 0, source + target > 0
    else { return nil }
    self.init(source, target)
  }
}
