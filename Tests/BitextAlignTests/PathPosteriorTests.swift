import Testing

@testable import BitextAlign

@Suite struct PathPosteriorTests {
  let aligner = SentenceAligner(sourceLanguage: "en", targetLanguage: "en")

  @Test func anUnambiguousAlignmentHasPosteriorsNearOne() {
    let source = (0..<30).map(Synthetic.sentence)
    let alignment = aligner.alignment(
      source: source, target: source.map(Synthetic.translate),
      evidence: DictionaryEvidence(Synthetic.dictionary))
    #expect(alignment.evidence.allSatisfy { $0.posterior > 0.9 })
  }

  @Test func twoEquallyGoodPathsShareTheProbability() {
    // Target sentence 10 appears twice: either copy can be the translation and the other the
    // insertion, at the same cost.
    let source = (0..<30).map(Synthetic.sentence)
    var target = source.map(Synthetic.translate)
    target.insert(target[10], at: 10)
    let alignment = aligner.alignment(
      source: source, target: target, evidence: DictionaryEvidence(Synthetic.dictionary))
    let ambiguous = zip(alignment.beads, alignment.evidence).filter {
      $0.0.target.lowerBound == 10 || $0.0.target.lowerBound == 11
    }
    #expect(ambiguous.count == 2)
    for (_, evidence) in ambiguous {
      #expect(abs(evidence.posterior - 0.5) < 0.05)
    }
    let elsewhere = zip(alignment.beads, alignment.evidence).filter {
      $0.0.target.lowerBound < 8 || $0.0.target.lowerBound > 13
    }
    #expect(elsewhere.allSatisfy { $0.1.posterior > 0.9 })
  }

  @Test func logSumIsStableAndHandlesNothing() {
    #expect(PathPosterior.logSum([]) == -.infinity)
    #expect(abs(PathPosterior.logSum([-1000, -1000]) - (-1000 + 0.6931471805599453)) < 1e-9)
  }
}
