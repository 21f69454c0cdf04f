/// What a person fixed before an alignment: beads to keep exactly, and anchors the path must
/// pass through. The aligner keeps every fixed bead as it is and aligns only between them
/// (``SentenceAligner/alignment(source:target:evidence:structure:constraints:progress:)``).
public struct AlignmentConstraints: Hashable, Sendable {
  /// A point the alignment passes through: a bead starts at source sentence `source` and
  /// target sentence `target` (everything before the one side is aligned with everything before
  /// the other). `(n, m)`, the end of both texts, is allowed.
  public struct Anchor: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The source sentence a bead starts at.
    public var source: Int
    /// The target sentence the same bead starts at.
    public var target: Int

    /// Creates an anchor.
    public init(source: Int, target: Int) {
      self.source = source
      self.target = target
    }

    public static func < (a: Anchor, b: Anchor) -> Bool {
      (a.source, a.target) < (b.source, b.target)
    }

    public var description: String { "anchor (\(source), \(target))" }
  }

  /// A stretch of the alignment between two constraints: either a fixed bead or a gap to align.
  public enum Segment: Hashable, Sendable {
    /// A fixed bead, kept as it is.
    case fixed(Bead)
    /// Source and target sentences to align with each other.
    case gap(source: Range<Int>, target: Range<Int>)
  }

  /// The beads to keep exactly (each with at least one sentence).
  public var beads: [Bead]
  /// The anchors.
  public var anchors: [Anchor]

  /// Creates constraints.
  public init(beads: [Bead] = [], anchors: [Anchor] = []) {
    self.beads = beads
    self.anchors = anchors
  }

  /// Whether there is no constraint at all.
  public var isEmpty: Bool { beads.isEmpty && anchors.isEmpty }

  /// The alignment cut into fixed beads and gaps, in order, for texts of `n` source and `m`
  /// target sentences; an error naming the first constraint that lies outside the texts,
  /// overlaps another or crosses another.
  public func segments(sourceCount n: Int, targetCount m: Int) throws(ConstraintError)
    -> [Segment]
  {
    for bead in beads {
      guard !(bead.source.isEmpty && bead.target.isEmpty) else { throw .emptyBead(bead) }
      guard bead.source.lowerBound >= 0, bead.source.upperBound <= n,
        bead.target.lowerBound >= 0, bead.target.upperBound <= m
      else {
        throw .outOfRange(
          "bead \(ConstraintError.name(bead))", sourceCount: n, targetCount: m)
      }
    }
    for anchor in anchors {
      guard (0...n).contains(anchor.source), (0...m).contains(anchor.target) else {
        throw .outOfRange("\(anchor)", sourceCount: n, targetCount: m)
      }
    }
    // Every constraint as the corners it fixes, in order; a fixed bead is the step between its
    // two corners.
    enum Item {
      case bead(Bead)
      case anchor(Anchor)

      var start: Anchor {
        switch self {
        case .bead(let bead): Anchor(source: bead.source.lowerBound, target: bead.target.lowerBound)
        case .anchor(let anchor): anchor
        }
      }
      var end: Anchor {
        switch self {
        case .bead(let bead): Anchor(source: bead.source.upperBound, target: bead.target.upperBound)
        case .anchor(let anchor): anchor
        }
      }
      var name: String {
        switch self {
        case .bead(let bead): "bead \(ConstraintError.name(bead))"
        case .anchor(let anchor): "\(anchor)"
        }
      }
    }
    let items = (Array(Set(beads)).map(Item.bead) + Array(Set(anchors)).map(Item.anchor)).sorted {
      ($0.start, $0.end) < ($1.start, $1.end)
    }
    var segments: [Segment] = []
    var corner = Anchor(source: 0, target: 0)
    var previous: Item?
    for item in items {
      let start = item.start
      if start == corner, case .anchor = item { continue }
      guard start.source >= corner.source, start.target >= corner.target else {
        throw .conflict(item.name, previous?.name ?? "the start of the texts")
      }
      if start != corner {
        segments.append(
          .gap(source: corner.source..<start.source, target: corner.target..<start.target))
      }
      if case .bead(let bead) = item { segments.append(.fixed(bead)) }
      corner = item.end
      previous = item
    }
    if corner != Anchor(source: n, target: m) {
      segments.append(.gap(source: corner.source..<n, target: corner.target..<m))
    }
    return segments
  }
}

/// A constraint that the texts or the other constraints contradict.
public enum ConstraintError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A constraint names sentences the texts do not have.
  case outOfRange(String, sourceCount: Int, targetCount: Int)
  /// Two constraints overlap or cross: they cannot both hold.
  case conflict(String, String)
  /// A fixed bead without any sentence.
  case emptyBead(Bead)

  public var description: String {
    switch self {
    case .outOfRange(let name, let n, let m):
      "\(name) lies outside the texts (\(n) source and \(m) target sentences)"
    case .conflict(let a, let b):
      "\(a) overlaps or crosses \(b): they cannot both hold"
    case .emptyBead(let bead):
      "bead \(ConstraintError.name(bead)) has no sentence"
    }
  }

  /// A bead as the beads format writes it, 0-based: `[3, 4]:[5]`.
  static func name(_ bead: Bead) -> String {
    "[\(bead.source.map(String.init).joined(separator: ", "))]:[\(bead.target.map(String.init).joined(separator: ", "))]"
  }
}
