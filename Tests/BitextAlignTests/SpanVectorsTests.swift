import BitextTestSupport
import Testing

@testable import BitextAlign

@Suite struct SpanVectorsTests {
  private let sentences = ["t0 a", "t1 b", "t2 c", "t0 t1"]

  @Test func joinedRunsAreEmbeddedAsTheirJoinedText() {
    let embeddings = TopicEmbeddings(topics: 3)
    let sentences = self.sentences + ["t0 a t1 b"]
    let runs = SpanVectors(sentences: sentences, maxLength: 3, evidence: embeddings, joined: true)
    #expect(embeddings.asked.contains("t0 a t1 b"))
    #expect(embeddings.asked.contains("t1 b t2 c t0 t1"))
    // 5 sentences, 4 runs of two, 3 of three: none past the end.
    #expect(embeddings.asked.count == 12)
    // The run of sentences 0 and 1 is the last sentence's text.
    #expect(abs(runs.cosine(0, 2, with: runs, 4, 1) - 1) < 1e-6)
    #expect(runs.cosine(0, 1, with: runs, 4, 1) < 0.9)
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
