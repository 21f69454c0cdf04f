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
  /// Extra cost of each sentence of a bead beyond ``largeBeadThreshold`` sentences in all.
  public var largeBeadPenalty: Double
  /// Beads of more sentences than this (both sides together) pay ``largeBeadPenalty``.
  public var largeBeadThreshold: Int
  /// Extra cost of an insertion or deletion (0-1, 1-0 bead), on top of its prior. The default,
  /// −1, makes them a little cheaper than Gale & Church's prior: literary translations
  /// (abridged ones especially) leave out more sentences than their parliamentary texts.
  public var emptyBeadPenalty: Double
  /// Extra cost of each sentence of a bead of three or more sentences that has at least
  /// ``unsupportedMergeMinimumWords`` matchable words but none of them matched in the bead's
  /// other side: a merge must be supported by the merged sentence's own evidence.
  public var unsupportedMergePenalty: Double
  /// Extra cost, per matchable word, of each sentence that pays ``unsupportedMergePenalty``:
  /// if each matchable word of a truly merged sentence finds a match with probability `q`,
  /// finding none among `k` words has probability `(1 − q)^k`, a cost linear in `k`.
  public var unsupportedMergeWordPenalty: Double
  /// The least number of matchable words (words with a dictionary or cognate key) for a
  /// sentence without a match to pay ``unsupportedMergePenalty``.
  public var unsupportedMergeMinimumWords: Int
  /// Discount on the cost of an insertion or deletion of a sentence with fewer than
  /// ``shortEmptyBeadWords`` matchable words (an exclamation, a caption): such a sentence has
  /// no evidence to offer any bead, so leaving it alone should cost less.
  public var shortEmptyBeadDiscount: Double
  /// See ``shortEmptyBeadDiscount``.
  public var shortEmptyBeadWords: Int
  /// Extra cost of each question or exclamation mark by which the two sides of a bead
  /// differ (both sides non-empty): translators mostly keep a question a question.
  public var punctuationWeight: Double
  /// Share `λ` of the similarity term computed sentence by sentence: each sentence of a bead
  /// costs `w / 2 · (1 − its own matched share)`, so that merging a sentence without matches
  /// costs as much as leaving it alone; the rest, `1 − λ`, is the pooled term.
  public var perSentenceSimilarity: Double
  /// Whether the length model's variance is re-estimated from the first pass's 1-1 beads.
  public var refitsLengthModel: Bool
  /// Length of the prefix compared for cognates (words at least this long).
  public var cognatePrefixLength: Int
  /// Whether identical numbers and shared word prefixes count as evidence (for pairs of
  /// languages written in the Latin script).
  public var usesCognates: Bool

  /// Weight `g` of the gloss term: when glosses are given, a bead of `a` + `b` sentences
  /// whose character-trigram overlap with the gloss is `c` costs `g · (a + b) / 2 · (1 − c)` more.
  public var glossWeight: Double
  /// Whether gloss overlaps are measured above the overlap of unrelated sentences (the median
  /// overlap of the candidate pairs), so that shared common trigrams do not reward merges.
  /// Off by default: on the development sets it changes strict F1 by less than .002.
  public var glossBaselineCorrection: Bool
  /// The second pass with a lexicon induced from the first (``InducedEvidence``) runs when both
  /// texts have at least this many sentences (`Int.max`: never).
  public var inducedLexiconMinimumSentences: Int
  /// The least score (``Bead/score``) of a 1-1 bead of the first pass for it to train the
  /// induced lexicon.
  public var inducedLexiconMinimumScore: Double

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
    initialCoarseBandWidth: Int = 100, similarityWeight: Double = 10, largeBeadPenalty: Double = 1,
    largeBeadThreshold: Int = 3, emptyBeadPenalty: Double = -1, refitsLengthModel: Bool = false,
    cognatePrefixLength: Int = 4, usesCognates: Bool = true,
    inducedLexiconMinimumSentences: Int = .max, inducedLexiconMinimumScore: Double = 0.5,
    glossWeight: Double = 5, unsupportedMergePenalty: Double = 0.5,
    unsupportedMergeMinimumWords: Int = 1, unsupportedMergeWordPenalty: Double = 0,
    shortEmptyBeadDiscount: Double = 0,
    shortEmptyBeadWords: Int = 2, punctuationWeight: Double = 1,
    glossBaselineCorrection: Bool = false, perSentenceSimilarity: Double = 0.75
  ) {
    self.perSentenceSimilarity = perSentenceSimilarity
    self.glossBaselineCorrection = glossBaselineCorrection
    self.punctuationWeight = punctuationWeight
    self.shortEmptyBeadDiscount = shortEmptyBeadDiscount
    self.shortEmptyBeadWords = shortEmptyBeadWords
    self.unsupportedMergePenalty = unsupportedMergePenalty
    self.unsupportedMergeWordPenalty = unsupportedMergeWordPenalty
    self.unsupportedMergeMinimumWords = unsupportedMergeMinimumWords
    self.glossWeight = glossWeight
    self.inducedLexiconMinimumSentences = inducedLexiconMinimumSentences
    self.inducedLexiconMinimumScore = inducedLexiconMinimumScore
    self.shapes = shapes
    self.bandWidth = bandWidth
    self.initialCoarseBandWidth = initialCoarseBandWidth
    self.similarityWeight = similarityWeight
    self.largeBeadPenalty = largeBeadPenalty
    self.largeBeadThreshold = largeBeadThreshold
    self.emptyBeadPenalty = emptyBeadPenalty
    self.refitsLengthModel = refitsLengthModel
    self.cognatePrefixLength = cognatePrefixLength
    self.usesCognates = usesCognates
  }

  /// The largest number of sentences a bead takes from one side.
  public var maximumBeadSize: Int {
    shapes.map { max($0.source, $0.target) }.max() ?? 1
  }
}
