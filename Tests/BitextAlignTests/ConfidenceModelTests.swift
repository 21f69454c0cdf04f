import Testing

@testable import BitextAlign

@Suite struct ConfidenceModelTests {
  func evidence(posterior: Double, margin: Double = 5) -> BeadEvidence {
    var evidence = BeadEvidence(
      margin: margin, similarity: 0.5, weakestShare: 0.4, neighbourSimilarity: 0.1,
      lengthCost: 0.3, weight: 40, leak: 0)
    evidence.posterior = posterior
    return evidence
  }

  let context = ConfidenceModel.DocumentContext(
    shapes: [BeadShape(1, 1), BeadShape(1, 2)],
    evidence: [
      BeadEvidence(
        margin: 5, similarity: 0.5, weakestShare: 0.4, neighbourSimilarity: 0.1, lengthCost: 0.3,
        weight: 40, leak: 0),
      BeadEvidence(
        margin: 2, similarity: 0.3, weakestShare: 0.2, neighbourSimilarity: 0.1, lengthCost: 1,
        weight: 60, leak: 0.1),
    ])

  @Test func theStandardModelHasAWeightForEveryFeature() {
    #expect(ConfidenceModel.standard.weights.count == ConfidenceModel.featureCount)
    #expect(
      ConfidenceModel.features(evidence(posterior: 0.5), shape: BeadShape(1, 1), document: context)
        .count == ConfidenceModel.featureCount)
  }

  @Test func aLikelierBeadGetsAHigherProbability() {
    let model = ConfidenceModel.standard
    let low = model.probability(evidence(posterior: 0.3), shape: BeadShape(1, 1), document: context)
    let high = model.probability(
      evidence(posterior: 0.99), shape: BeadShape(1, 1), document: context)
    #expect(0 < low && low < high && high < 1)
  }

  @Test func theDocumentContextAveragesItsBeads() {
    #expect(abs(context.irregularShare - 0.5) < 1e-12)
    #expect(abs(context.meanSimilarity - 0.4) < 1e-12)
    // Both posteriors are 1 (the default): log(1 − 1) is clamped at log 10⁻⁶.
    #expect(abs(context.meanLogDoubt - ConfidenceModel.clampedLog(0)) < 1e-12)
  }
}
