import Foundation

/// The result of ``SentenceAligner/alignment(source:target:evidence:structure:progress:)``: the
/// beads, what the aligner measured on each, and on the document as a whole.
public struct Alignment: Hashable, Sendable {
  /// The beads, in order; each score is ``ConfidenceModel``'s probability that the bead is
  /// exactly right.
  public var beads: [Bead]
  /// The evidence of each bead, parallel to ``beads``.
  public var evidence: [BeadEvidence]
  /// The evidence on the document pair as a whole.
  public var document: DocumentEvidence

  /// Creates an alignment.
  public init(beads: [Bead], evidence: [BeadEvidence], document: DocumentEvidence) {
    self.beads = beads
    self.evidence = evidence
    self.document = document
  }
}

/// What the aligner measured on a document pair as a whole: whether its sides look like
/// translations of each other.
public struct DocumentEvidence: Hashable, Sendable {
  /// Sentences of the source side.
  public var sourceSentences: Int
  /// Sentences of the target side.
  public var targetSentences: Int
  /// The share of both sides' sentences in beads with two sides scoring at least 0.5.
  public var alignedShare: Double
  /// The mean similarity of the beads with two sides.
  public var pairedSimilarity: Double
  /// The mean similarity of the same source runs paired with target runs a fifth, two
  /// fifths, three fifths and four fifths of the document away: what unrelated sentences of
  /// these two texts share.
  public var shuffledSimilarity: Double
  /// How surely the beads' own similarity exceeds the shuffled one: the mean of the
  /// bead-by-bead differences over its standard error (a t statistic; 0 with fewer than two
  /// beads). It grows with the length of a true translation and stays near 0 or below for
  /// unrelated texts.
  public var contrast: Double

  /// Creates document evidence.
  public init(
    sourceSentences: Int, targetSentences: Int, alignedShare: Double, pairedSimilarity: Double,
    shuffledSimilarity: Double, contrast: Double
  ) {
    self.contrast = contrast
    self.sourceSentences = sourceSentences
    self.targetSentences = targetSentences
    self.alignedShare = alignedShare
    self.pairedSimilarity = pairedSimilarity
    self.shuffledSimilarity = shuffledSimilarity
  }

  /// The evidence of a document aligned in stretches (between constraints): the similarities
  /// averaged with each stretch weighing its sentences, the contrasts combined as independent
  /// tests (`Σ t_k √N_k / √ΣN_k`, `N_k` a stretch's sentences), the aligned share over `beads`,
  /// all the document's beads. A document whose beads are all fixed (a person confirmed every
  /// one) has a contrast of 10: a translation.
  public init(combining parts: [DocumentEvidence], beads: [Bead]) {
    var sentences = 0.0
    var paired = 0.0
    var shuffled = 0.0
    var contrast = 0.0
    for part in parts {
      let size = Double(part.sourceSentences + part.targetSentences)
      sentences += size
      paired += part.pairedSimilarity * size
      shuffled += part.shuffledSimilarity * size
      contrast += part.contrast * size.squareRoot()
    }
    let n = beads.reduce(0) { $0 + $1.source.count }
    let m = beads.reduce(0) { $0 + $1.target.count }
    let aligned = beads.filter { !$0.source.isEmpty && !$0.target.isEmpty && $0.score >= 0.5 }
      .reduce(0) { $0 + $1.source.count + $1.target.count }
    self.init(
      sourceSentences: n, targetSentences: m,
      alignedShare: n + m == 0 ? 0 : Double(aligned) / Double(n + m),
      pairedSimilarity: sentences == 0 ? 0 : paired / sentences,
      shuffledSimilarity: sentences == 0 ? 0 : shuffled / sentences,
      contrast: parts.isEmpty ? 10 : sentences == 0 ? 0 : contrast / sentences.squareRoot())
  }

  /// The probability that the sides are translations of each other: `1 / (1 + e^(−1.5 t))`,
  /// `t` the ``contrast``. On the development sets' true and mis-paired documents (whole books,
  /// passages of 100 and of 25 beads, with and without a dictionary) no true pair fell below
  /// 0.9 and no mis-paired one above 0.9 (`bitext-bench calibration`).
  public var translationProbability: Double { 1 / (1 + exp(-1.5 * contrast)) }

  /// The paired similarity over the shuffled one (0 when both are 0): about 1 for unrelated
  /// texts.
  public var lexicalRatio: Double {
    pairedSimilarity == 0 ? 0 : pairedSimilarity / max(shuffledSimilarity, 0.005)
  }
}
