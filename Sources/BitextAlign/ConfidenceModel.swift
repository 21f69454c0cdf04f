import Foundation

/// Turns what the aligner measured on a bead (``BeadEvidence``) into the probability that the
/// bead is exactly right: a logistic model over a few features, fitted on gold alignments
/// (`bitext-bench calibration --fit` prints new weights; the README says on which data the
/// standard ones were fitted and how well they are calibrated).
///
/// The features, in the order of ``weights``:
/// 1. a constant 1;
/// 2. `log p` and 3. `log(1 − p)`, `p` the bead's path posterior (``PathPosterior``), both
///    clamped at `log 10⁻⁶`;
/// 4. `log(1 + margin)`;
/// 5. the bead's similarity and 6. its weakest sentence's share;
/// 7. its length cost;
/// 8. `log(1 + weight)`, how much lexical evidence the bead could have;
/// 9. 1 for an insertion or deletion;
/// 10. `√leak`;
/// 11. the mean of feature 3 over the document's beads, 12. the document's share of beads
///    that are not 1-1 and 13. the mean similarity of its beads with two sides: how hard the
///    document is, and how much lexical evidence the language pair has;
/// 14. for a bead with two sides, its similarity less the document's mean similarity (0 for
///    an insertion or deletion): a pair that shares much less than the document's pairs do.
public struct ConfidenceModel: Hashable, Sendable {
  /// The weight of each feature.
  public var weights: [Double]

  /// The number of features.
  public static let featureCount = 14

  /// The weights for alignments with a dictionary, fitted on the development sets (Text+Berg
  /// de-fr and five LIMSI en-fr books, FreeDict lexicons, both sets weighing the same).
  public static let standard = ConfidenceModel(weights: [
    7.0832, 1.8485, -0.8870, -0.5362, -4.7432, 2.9005, 0.0287, -0.3158, -2.1905, -5.1681, -0.7772,
    -2.3134, -7.9479, 2.1564,
  ])

  /// The weights for alignments without a dictionary, fitted on the same sets aligned
  /// without one.
  public static let standardWithoutDictionary = ConfidenceModel(weights: [
    1.6755, 1.3366, -0.8290, -0.2959, -12.5970, -2.0230, -0.2103, -0.1300, -3.6976, -8.2262,
    -0.2787, -2.2141, 14.5760, 13.4393,
  ])

  /// Creates a model.
  ///
  /// - Precondition: `weights.count == ConfidenceModel.featureCount`.
  public init(weights: [Double]) {
    precondition(weights.count == Self.featureCount, "one weight per feature")
    self.weights = weights
  }

  /// What the features need to know of the whole document.
  public struct DocumentContext: Hashable, Sendable {
    /// The mean of `log(1 − posterior)` over the document's beads.
    public var meanLogDoubt: Double
    /// The share of the document's beads that are not 1-1.
    public var irregularShare: Double
    /// The mean similarity of the document's beads with two sides.
    public var meanSimilarity: Double

    /// The context of a document's beads.
    public init(shapes: [BeadShape], evidence: [BeadEvidence]) {
      let count = Double(max(1, evidence.count))
      meanLogDoubt =
        evidence.map { ConfidenceModel.clampedLog(1 - $0.posterior) }.reduce(0, +) / count
      irregularShare =
        Double(shapes.filter { $0 != BeadShape(1, 1) }.count) / Double(max(1, shapes.count))
      let paired = zip(shapes, evidence).filter { $0.0.source > 0 && $0.0.target > 0 }
      meanSimilarity = paired.map(\.1.similarity).reduce(0, +) / Double(max(1, paired.count))
    }
  }

  /// The features of a bead, in the order of ``weights``.
  public static func features(
    _ evidence: BeadEvidence, shape: BeadShape, document: DocumentContext
  ) -> [Double] {
    [
      1, clampedLog(evidence.posterior), clampedLog(1 - evidence.posterior),
      log1p(evidence.margin), evidence.similarity, evidence.weakestShare, evidence.lengthCost,
      log1p(evidence.weight), shape.source == 0 || shape.target == 0 ? 1 : 0,
      evidence.leak.squareRoot(), document.meanLogDoubt, document.irregularShare,
      document.meanSimilarity,
      shape.source > 0 && shape.target > 0 ? evidence.similarity - document.meanSimilarity : 0,
    ]
  }

  /// The probability that a bead is exactly right.
  public func probability(
    _ evidence: BeadEvidence, shape: BeadShape, document: DocumentContext
  ) -> Double {
    let features = Self.features(evidence, shape: shape, document: document)
    var z = 0.0
    for (weight, feature) in zip(weights, features) { z += weight * feature }
    return 1 / (1 + exp(-z))
  }

  /// `log x`, at least `log 10⁻⁶`.
  static func clampedLog(_ x: Double) -> Double { log(max(x, 1e-6)) }
}
