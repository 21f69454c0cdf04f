/// How ``SentenceAligner`` searches and weighs its evidence. A value: copy and adjust.
///
/// The defaults are the values tuned on the development sets (Text+Berg de–fr, LIMSI en–fr);
/// each property names the term of the cost formula (``SentenceAligner``) it sets.
public struct AlignerConfiguration: Hashable, Sendable {
  /// The bead shapes the aligner may produce (1-0 and 0-1 are always added: without them some
  /// pairs have no path).
  public var shapes: [BeadShape]
  /// Half-width, in sentences, of the band searched by the full-cost pass around the path of
  /// the length-only pass.
  public var bandWidth: Int
  /// Initial half-width of the length-only pass around the diagonal; doubled while the path
  /// found runs along the band's edge.
  public var initialCoarseBandWidth: Int
  /// Weight `w` of the similarity term.
  public var similarityWeight: Double
  /// Share `λ` of the similarity term computed sentence by sentence: each sentence of a bead
  /// costs `w / 2 · (1 − its own matched share)`, so that merging a sentence without matches
  /// costs as much as leaving it alone; the rest, `1 − λ`, is the pooled term.
  public var perSentenceSimilarity: Double
  /// Extra cost `p` of each sentence of a bead beyond ``largeBeadThreshold`` sentences.
  public var largeBeadPenalty: Double
  /// Beads of more sentences than this (`t`, both sides together) pay ``largeBeadPenalty``.
  public var largeBeadThreshold: Int
  /// Extra cost `e` of an insertion or deletion (0-1, 1-0 bead), on top of its prior. The
  /// default, −1, makes them a little cheaper than Gale & Church's prior: literary
  /// translations (abridged ones especially) leave out more sentences than their
  /// parliamentary texts.
  public var emptyBeadPenalty: Double
  /// Extra cost `u` of each sentence of a bead of three or more sentences that has at least
  /// ``unsupportedMergeMinimumWords`` matchable words but none of them matched in the bead's
  /// other side: a merge must be supported by the merged sentence's own evidence.
  public var unsupportedMergePenalty: Double
  /// The least number of matchable words (words with a dictionary or cognate key) for a
  /// sentence without a match to pay ``unsupportedMergePenalty``.
  public var unsupportedMergeMinimumWords: Int
  /// Extra cost `q` of each question or exclamation mark by which the two sides of a bead
  /// differ (both sides non-empty): translators mostly keep a question a question.
  public var punctuationWeight: Double
  /// Length of the prefix compared for cognates (words at least this long).
  public var cognatePrefixLength: Int
  /// Whether identical numbers and shared word prefixes count as evidence (for pairs of
  /// languages written in the Latin script).
  public var usesCognates: Bool
  /// Cost `s` of each block boundary (paragraph, heading, list item, cell) that the alignment
  /// does not keep on both sides: a bead starting at a boundary on one side only, or holding
  /// one inside it. Translators split and merge paragraphs, so it stays soft.
  public var blockBoundaryWeight: Double
  /// Cost `s` when the two documents have the same number of blocks and the blocks pair up
  /// by length (see ``blockPairingShare``): the blocks then act as anchors.
  public var blockAnchorWeight: Double
  /// The least share of block pairs `k ↔ k` whose lengths agree (within a factor of two of
  /// the texts' ratio) for the blocks to act as anchors.
  public var blockPairingShare: Double
  /// Cost `h` of a bead pairing a heading with text that is not one.
  public var headingWeight: Double
  /// Weight `w_e` of the embedding term (with ``EmbeddingEvidence`` only).
  public var embeddingWeight: Double = 4
  /// Share `λ_e` of the embedding term computed sentence by sentence in beads of three or
  /// more sentences.
  public var embeddingPerSentence: Double = 0.5
  /// The similarity `τ` an insertion or deletion is charged with in the embedding term.
  public var embeddingOmissionSimilarity: Double = 0.2
  /// The temperature of ``PathPosterior``: costs over it are log probabilities of paths.
  public var posteriorTemperature: Double = 1
  /// The half-width of the band around the best path in which ``PathPosterior`` sums paths.
  public var posteriorBandWidth: Int = 4
  /// How a bead's evidence becomes its score, the probability that it is exactly right, when
  /// the aligner has dictionary evidence.
  public var confidence: ConfidenceModel = .standard
  /// The same without dictionary evidence (lengths and cognates only).
  public var confidenceWithoutDictionary: ConfidenceModel = .standardWithoutDictionary

  /// Gale & Church's shapes and their 3-sentence extensions: 0-1, 1-0, 1-1, 1-2, 2-1, 2-2,
  /// 1-3, 3-1.
  public static let classicShapes: [BeadShape] = [
    BeadShape(0, 1), BeadShape(1, 0), BeadShape(1, 1), BeadShape(1, 2), BeadShape(2, 1),
    BeadShape(2, 2), BeadShape(1, 3), BeadShape(3, 1),
  ]

  /// The default shapes: ``classicShapes`` plus 2-3, 3-2, 1-4, 4-1, 3-3, 1-5, 5-1. Literary
  /// translations merge and split sentences freely: on the development sets the wider beads
  /// raise strict F1 from .82 to .86 (Text+Berg) and from .87 to .90 (LIMSI).
  public static let defaultShapes: [BeadShape] =
    classicShapes + [
      BeadShape(2, 3), BeadShape(3, 2), BeadShape(1, 4), BeadShape(4, 1), BeadShape(3, 3),
      BeadShape(1, 5), BeadShape(5, 1),
    ]

  /// Creates a configuration; the defaults are the values tuned on the development sets.
  public init(
    shapes: [BeadShape] = AlignerConfiguration.defaultShapes, bandWidth: Int = 15,
    initialCoarseBandWidth: Int = 100, similarityWeight: Double = 10,
    perSentenceSimilarity: Double = 0.75, largeBeadPenalty: Double = 1,
    largeBeadThreshold: Int = 3, emptyBeadPenalty: Double = -1,
    unsupportedMergePenalty: Double = 0.5, unsupportedMergeMinimumWords: Int = 1,
    punctuationWeight: Double = 1, cognatePrefixLength: Int = 4, usesCognates: Bool = true,
    blockBoundaryWeight: Double = 2, blockAnchorWeight: Double = 4,
    blockPairingShare: Double = 0.9, headingWeight: Double = 2
  ) {
    self.blockBoundaryWeight = blockBoundaryWeight
    self.blockAnchorWeight = blockAnchorWeight
    self.blockPairingShare = blockPairingShare
    self.headingWeight = headingWeight
    self.shapes = shapes
    self.bandWidth = bandWidth
    self.initialCoarseBandWidth = initialCoarseBandWidth
    self.similarityWeight = similarityWeight
    self.perSentenceSimilarity = perSentenceSimilarity
    self.largeBeadPenalty = largeBeadPenalty
    self.largeBeadThreshold = largeBeadThreshold
    self.emptyBeadPenalty = emptyBeadPenalty
    self.unsupportedMergePenalty = unsupportedMergePenalty
    self.unsupportedMergeMinimumWords = unsupportedMergeMinimumWords
    self.punctuationWeight = punctuationWeight
    self.cognatePrefixLength = cognatePrefixLength
    self.usesCognates = usesCognates
  }
}
