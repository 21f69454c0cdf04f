import BitextText
import Testing

@testable import BitextAlign

@Suite struct BeadEvidenceTests {
  let source = (0..<40).map(Synthetic.sentence)
  var target: [String] { source.map(Synthetic.translate) }

  func costs(_ source: [String], _ target: [String]) -> (BeadCosts, PairCoverage) {
    var extractor = FeatureExtractor(
      configuration: AlignerConfiguration(), evidence: DictionaryEvidence(Synthetic.dictionary))
    let features = extractor.features(
      source: TokenizedSide(source, language: "en"), target: TokenizedSide(target, language: "en"),
      work: ParallelWork(threads: 1))
    let costs = BeadCosts(
      configuration: AlignerConfiguration(), source: features.source, target: features.target)
    let band = AlignmentBand.diagonal(
      sourceCount: source.count, targetCount: target.count, width: 10)
    return (
      costs,
      PairCoverage(
        source: features.source, target: features.target, band: band, maximumSourceSize: 5)
    )
  }

  @Test func aRightBeadIsSimilarAndLeaksNothing() {
    let (costs, coverage) = costs(source, target)
    let right = costs.evidence(BeadShape(1, 1), 10, 10, margin: 5, coverage: coverage)
    #expect(right.similarity > 0.8)
    #expect(right.weakestShare > 0.8)
    #expect(right.leak == 0)
    #expect(right.weight > 0)
    #expect(right.margin == 5)
  }

  @Test func aBeadThatCutsATranslationInTwoLeaksIntoItsNeighbour() {
    let (costs, coverage) = costs(source, target)
    // Source 10 with target 11: its words are matched by target 10, just before the bead.
    let shifted = costs.evidence(BeadShape(1, 1), 10, 11, margin: 1, coverage: coverage)
    #expect(shifted.similarity < 0.2)
    #expect(shifted.leak > 0.3)
    #expect(shifted.neighbourSimilarity > 0.8)
    // A deletion of a sentence whose translation is right there leaks too.
    let deleted = costs.evidence(BeadShape(1, 0), 10, 10, margin: 1, coverage: coverage)
    #expect(deleted.similarity == 0 && deleted.leak > 0.3)
  }

  @Test func aTranslationContrastsWithItsShuffledPairs() {
    let (costs, coverage) = costs(source, target)
    let beads = (0..<40).map { Bead(source: $0..<($0 + 1), target: $0..<($0 + 1)) }
    let document = costs.documentEvidence(beads, coverage: coverage)
    #expect(document.pairedSimilarity > 0.8)
    // The synthetic sentences share their vocabulary: other pairs match too, but less.
    #expect(document.shuffledSimilarity < document.pairedSimilarity)
    #expect(document.contrast > 5)
    #expect(document.translationProbability > 0.99)
  }
}
