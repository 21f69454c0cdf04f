import BitextTestSupport
import Testing

@testable import BitextReview

@Suite struct SentenceClosenessTests {
  /// Beads of topic words (`t0`…), one per pair, `" | "` between sentences.
  func closeness(_ pairs: [(String, String)], window: Int = 1) -> SentenceCloseness {
    SentenceCloseness(
      beads: ReviewFixtures.corpus(pairs).beads, embeddings: TopicEmbeddings(topics: 12),
      window: window)
  }

  @Test func aTranslatedSentenceIsCloseAndAnUntranslatedOneIsNot() throws {
    let found = closeness([("t0", "t0"), ("t1 | t9", "t1"), ("t2", "t2"), ("t3", "t3")])
    let translated = try #require(found.source[1][0])
    let untranslated = try #require(found.source[1][1])
    #expect(translated.margin > 0.9)
    #expect(translated.counterpart == 1)
    #expect(untranslated.margin < 0.1)
  }

  @Test func theClosestCounterpartMayBeInANeighbouringBead() throws {
    let found = closeness([("t0", "t0"), ("t1", ""), ("", "t1"), ("t2", "t2")])
    let match = try #require(found.source[1][0])
    #expect(match.counterpart == 1)
    #expect(match.margin > 0.9)
    #expect(try #require(found.target[2][0]).counterpart == 1)
  }

  @Test func beadsBeyondTheWindowAreNotSearched() throws {
    let pairs = [("t0", "t0"), ("t1", ""), ("t2", "t2"), ("", "t1"), ("t3", "t3")]
    #expect(try #require(closeness(pairs, window: 1).source[1][0]).margin < 0.1)
    #expect(try #require(closeness(pairs, window: 2).source[1][0]).counterpart == 2)
  }

  @Test func aSentenceCanMatchItsBeadsWholeOtherSide() throws {
    let found = closeness([("t0", "t0"), ("t1 t2", "t1 | t2"), ("t3", "t3")])
    let match = try #require(found.source[1][0])
    #expect(match.counterpart == nil)
    #expect(match.margin > 0.9)
  }

  @Test func withNothingToCompareWithThereIsNoMatch() {
    let found = closeness([("t0", ""), ("t1", "")])
    #expect(found.source == [[nil], [nil]])
    #expect(found.target == [[], []])
    #expect(closeness([("t0", "t0")]).source == [[nil]])
  }
}
