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
      source: SpanVectors(sentences: source, maxLength: 2, evidence: embeddings, joined: true),
      target: SpanVectors(sentences: target, maxLength: 2, evidence: embeddings, joined: true),
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
}
