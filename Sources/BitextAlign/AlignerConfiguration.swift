/// How ``SentenceAligner`` searches and weighs its evidence. A value: copy and adjust.
public struct AlignerConfiguration: Hashable, Sendable {
  /// The bead shapes the aligner may produce.
  public var shapes: [BeadShape]
  /// Half-width, in sentences, of the band searched by the full-cost pass around the path of
  /// the length-only pass.
  public var bandWidth: Int
  /// Initial half-width of the length-only pass around the diagonal; doubled while the path
  /// found runs along the band's edge.
  public var initialCoarseBandWidth: Int
  /// Weight `w` of the similarity term: a bead of `a` + `b` sentences with similarity `s`
  /// costs `w · (a + b) / 2 · (1 − s)`.
  public var similarityWeight: Double
  /// Extra cost of a bead joining more than ``largeBeadThreshold`` sentences in all.
  public var largeBeadPenalty: Double
  /// Beads of more sentences than this (both sides together) pay ``largeBeadPenalty``.
  public var largeBeadThreshold: Int
  /// Length of the prefix compared for cognates (words at least this long).
  public var cognatePrefixLength: Int
  /// Whether identical numbers and shared word prefixes count as evidence (for pairs of
  /// languages written in the Latin script).
  public var usesCognates: Bool

  /// The default shapes: 0-1, 1-0, 1-1, 1-2, 2-1, 2-2, 1-3, 3-1.
  public static let defaultShapes: [BeadShape] = [
    BeadShape(0, 1), BeadShape(1, 0), BeadShape(1, 1), BeadShape(1, 2), BeadShape(2, 1),
    BeadShape(2, 2), BeadShape(1, 3), BeadShape(3, 1),
  ]

  /// Creates a configuration; the defaults are the values tuned on the development sets.
  public init(
    shapes: [BeadShape] = AlignerConfiguration.defaultShapes, bandWidth: Int = 15,
    initialCoarseBandWidth: Int = 100, similarityWeight: Double = 8, largeBeadPenalty: Double = 1,
    largeBeadThreshold: Int = 3, cognatePrefixLength: Int = 4, usesCognates: Bool = true
  ) {
    self.shapes = shapes
    self.bandWidth = bandWidth
    self.initialCoarseBandWidth = initialCoarseBandWidth
    self.similarityWeight = similarityWeight
    self.largeBeadPenalty = largeBeadPenalty
    self.largeBeadThreshold = largeBeadThreshold
    self.cognatePrefixLength = cognatePrefixLength
    self.usesCognates = usesCognates
  }

  /// The largest number of sentences a bead takes from one side.
  public var maximumBeadSize: Int {
    shapes.map { max($0.source, $0.target) }.max() ?? 1
  }
}
