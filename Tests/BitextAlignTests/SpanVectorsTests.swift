import Testing

@testable import BitextAlign

@Suite struct SpanVectorsTests {
  private let sentences = ["t0 a", "t1 b", "t2 c", "t0 t1"]

  @Test func joinedRunsAreEmbeddedAsTheirJoinedText() {
    let embeddings = TopicEmbeddings(topics: 3)
    let runs = SpanVectors(sentences: sentences, maxLength: 3, evidence: embeddings, joined: true)
    #expect(embeddings.asked.contains("t0 a t1 b"))
    #expect(embeddings.asked.contains("t1 b t2 c t0 t1"))
    #expect(!embeddings.asked.contains { $0.hasPrefix("t2 c t0 t1 ") })
    let single = SpanVectors(
      sentences: ["t0 a t1 b"], maxLength: 1, evidence: embeddings, joined: true)
    #expect(abs(runs.cosine(0, 2, with: single, 0, 1) - 1) < 1e-6)
  }

  @Test func meanRunsAskOnlyForTheSentences() {
    let embeddings = TopicEmbeddings(topics: 3)
    let runs = SpanVectors(sentences: sentences, maxLength: 3, evidence: embeddings, joined: false)
    #expect(embeddings.asked == sentences)
    // The mean of t0 and t1's vectors is closest to a text with both.
    let both = SpanVectors(sentences: ["t0 t1"], maxLength: 1, evidence: embeddings, joined: false)
    #expect(runs.cosine(0, 2, with: both, 0, 1) > runs.cosine(0, 1, with: both, 0, 1))
    #expect(abs(runs.cosine(0, 1, with: runs, 0, 1) - 1) < 1e-6)
  }
}
