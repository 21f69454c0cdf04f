import Testing

@testable import BitextReview

@Suite struct LowConfidenceDetectorTests {
  @Test func aScoreBelowTheThresholdIsFlagged() {
    let detector = LowConfidenceDetector(lowScore: 0.5)
    let note = detector.note(for: ReviewFixtures.bead("Oui.", "Yes.", score: 0.31))
    #expect(note == BeadFlagNote(.lowConfidence, "score 0.31"))
    #expect(detector.note(for: ReviewFixtures.bead("Oui.", "Yes.", score: 0.5)) == nil)
    #expect(detector.note(for: ReviewFixtures.bead("Oui.", "Yes.", score: 0.9)) == nil)
  }

  @Test func aScoreIsNeverRoundedUpToTheThreshold() {
    #expect(LowConfidenceDetector.format(0.499) == "0.49")
    #expect(LowConfidenceDetector.format(0.05) == "0.05")
    #expect(LowConfidenceDetector.format(0) == "0.00")
    #expect(
      LowConfidenceDetector(lowScore: 0.5).note(
        for: ReviewFixtures.bead("Oui.", "Yes.", score: 0.499))?.reason == "score 0.49")
  }
}
