import BitextTestSupport
import Testing

@testable import BitextAlign

@Suite struct EmbeddingCostsTests {
  /// Twelve sentences a side, sentence k about topic k on both sides.
  private func costs(weight: Double = 4, perSentence: Double = 0, omission: Double = 0.2)
    -> EmbeddingCosts
  {
    let embeddings = TopicEmbeddings(topics: 12)
    let source = (0..<12).map { "t\($0) x" }
    let target = (0..<12).map { "t\($0) y y" }
    return EmbeddingCosts(
      source: SpanVectors(sentences: source, maxLength: 2, evidence: embeddings),
      target: SpanVectors(sentences: target, maxLength: 2, evidence: embeddings),
      weight: weight, perSentence: perSentence, omission: omission)
  }

  @Test func theMarginIsOneForATranslationAndAboutZeroForUnrelatedText() {
    let costs = costs()
    #expect(abs(costs.similarity(1, 1, 3, 3) - 1) < 1e-5)
    #expect(abs(costs.similarity(1, 1, 3, 5)) < 0.15)
    #expect(costs.similarity(1, 1, 3, 5) < costs.similarity(2, 1, 3, 4))
  }

  @Test func aTranslationCostsNothingAndUnrelatedTextAboutTheWholeWeight() {
    let costs = costs()
    #expect(costs.cost(BeadShape(1, 1), 3, 3) < 1e-4)
    #expect(abs(costs.cost(BeadShape(1, 1), 3, 5) - 4) < 0.6)
    // An insertion or deletion: similarity τ over half a pair.
    #expect(abs(costs.cost(BeadShape(1, 0), 3, 3) - 4 * 0.5 * 0.8) < 1e-9)
  }

  @Test func perSentenceTermMakesAnUnrelatedMergedSentencePay() {
    // 2-1: sentences 3 and 4 against target 3 alone.
    let pooled = costs(perSentence: 0).cost(BeadShape(2, 1), 3, 3)
    let perSentence = costs(perSentence: 1).cost(BeadShape(2, 1), 3, 3)
    #expect(perSentence > pooled)
  }

  @Test func theCostIsTheFormulaOverTheBeadsAndItsSentencesMargins() {
    let costs = costs(perSentence: 0.5)
    for (a, b, i, j) in [(2, 1, 3, 3), (1, 2, 5, 4), (2, 2, 0, 1)] {
      var own = 0.0
      for k in 0..<a { own += costs.similarity(1, b, i + k, j) }
      for l in 0..<b { own += costs.similarity(a, 1, i, j + l) }
      let size = Double(a + b) / 2
      let expected =
        4 * (0.5 * size * (1 - costs.similarity(a, b, i, j)) + 0.5 * (size - own / 2))
      #expect(abs(costs.cost(BeadShape(a, b), i, j) - expected) < 1e-9)
    }
  }
}
