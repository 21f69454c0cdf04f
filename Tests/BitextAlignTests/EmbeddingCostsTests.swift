import Testing

@testable import BitextAlign

@Suite struct EmbeddingCostsTests {
  /// Twelve sentences a side, sentence k about topic k on both sides.
  private func costs(weight: Double = 4, perSentence: Double = 0) -> EmbeddingCosts {
    let embeddings = TopicEmbeddings(topics: 12)
    let source = (0..<12).map { "t\($0) x" }
    let target = (0..<12).map { "t\($0) y y" }
    let path = (0...12).map { (i: $0, j: $0) }
    return EmbeddingCosts(
      source: SpanVectors(sentences: source, maxLength: 2, evidence: embeddings, joined: true),
      target: SpanVectors(sentences: target, maxLength: 2, evidence: embeddings, joined: true),
      weight: weight, perSentence: perSentence, firstPath: path)
  }

  @Test func levelsAreMeasuredOnTheFirstPath() {
    let levels = costs().levels
    #expect(levels.translation > 0.99)
    #expect(levels.unrelated < 0.2)
  }

  @Test func aTranslationCostsNothingAndAnUnrelatedPairTheWholeWeight() {
    let costs = costs()
    #expect(costs.cost(BeadShape(1, 1), 3, 3) < 1e-5)
    #expect(abs(costs.cost(BeadShape(1, 1), 3, 5) - 4) < 1e-6)
    // An insertion or deletion: similarity 0 over half a pair.
    #expect(costs.cost(BeadShape(1, 0), 3, 3) == 2)
  }

  @Test func perSentenceTermMakesAnUnrelatedMergedSentencePay() {
    // 2-1: sentences 3 and 4 against target 3 alone.
    let pooled = costs(perSentence: 0).cost(BeadShape(2, 1), 3, 3)
    let perSentence = costs(perSentence: 1).cost(BeadShape(2, 1), 3, 3)
    #expect(perSentence > pooled)
  }
}
