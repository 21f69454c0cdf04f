import BitextTestSupport
import Testing

@testable import BitextReview

@Suite struct OmissionDetectorTests {
  func reasons(_ pairs: [(String, String)]) -> [String?] {
    OmissionDetector().notes(for: ReviewFixtures.corpus(pairs).beads).map { $0?.reason }
  }

  @Test func aLoneOmissionSaysWhichSideIsEmpty() {
    #expect(
      reasons([("Un.", "One."), ("Deux.", ""), ("Trois.", "Three."), ("", "Four.")]) == [
        nil, "source sentence with no translation", nil, "target sentence with no source",
      ])
  }

  @Test func everyBeadOfARunSaysHowLongTheRunIs() {
    let found = reasons([
      ("Un.", "One."), ("Deux.", ""), ("Trois.", ""), ("", "Three."), ("Quatre.", "Four."),
      ("Cinq.", ""),
    ])
    #expect(
      found == [
        nil, "source sentence with no translation (run of 3)",
        "source sentence with no translation (run of 3)",
        "target sentence with no source (run of 3)", nil, "source sentence with no translation",
      ])
  }

  @Test func severalSentencesWithNoTranslation() {
    #expect(reasons([("Un. | Deux.", "")]) == ["2 source sentences with no translation"])
    #expect(reasons([("", "One. | Two. | Three.")]) == ["3 target sentences with no source"])
  }

  @Test func aBlankSideIsEmpty() {
    let bead = ReviewFixtures.bead("Un.", "  ")
    #expect(OmissionDetector().notes(for: [bead]).first??.flag == .omission)
  }
}

@Suite struct OmissionDetectorClosenessTests {
  func reasons(_ pairs: [(String, String)]) -> [String?] {
    let beads = ReviewFixtures.corpus(pairs).beads
    return OmissionDetector().notes(
      for: beads,
      closeness: SentenceCloseness(beads: beads, embeddings: TopicEmbeddings(topics: 12))
    ).map { $0?.reason }
  }

  @Test func aSentenceOfAFilledBeadWithNoCloseMatchIsFlagged() throws {
    let found = reasons([("t0", "t0"), ("t1 | t9", "t1"), ("t2", "t2"), ("t3", "t3")])
    #expect(found[0] == nil && found[2] == nil && found[3] == nil)
    let reason = try #require(found[1])
    #expect(reason.hasPrefix("no close match nearby: source 2 of 2 (margin "))
  }

  @Test func anUnalignedSentenceCloseToANeighbourSaysSo() throws {
    let found = reasons([("t0", "t0"), ("t1", ""), ("", "t1"), ("t2", "t2")])
    #expect(
      try #require(found[1]).hasPrefix(
        "source sentence with no translation (run of 2); close to target [1] (margin "))
    #expect(try #require(found[1]).hasSuffix("): misaligned?"))
    #expect(try #require(found[2]).contains("close to source [1]"))
  }

  @Test func anUnalignedSentenceWithNoCloseMatchKeepsItsNote() {
    #expect(
      reasons([("t0", "t0"), ("t7", ""), ("t2", "t2")]) == [
        nil, "source sentence with no translation", nil,
      ])
  }
}
