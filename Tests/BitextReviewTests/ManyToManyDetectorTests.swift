import Testing

@testable import BitextReview

@Suite struct ManyToManyDetectorTests {
  @Test func severalSentencesOnBothSides() {
    let detector = ManyToManyDetector()
    #expect(
      detector.note(for: ReviewFixtures.bead("Un. | Deux.", "One. | Two. | Three."))
        == BeadFlagNote(.manyToMany, "2-3 bead"))
    #expect(detector.note(for: ReviewFixtures.bead("Un. | Deux.", "One and two.")) == nil)
    #expect(detector.note(for: ReviewFixtures.bead("Un.", "One. | Two.")) == nil)
    #expect(detector.note(for: ReviewFixtures.bead("Un. | Deux.", "")) == nil)
  }
}
