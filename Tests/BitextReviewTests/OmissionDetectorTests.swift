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
