import Testing

@testable import BitextReview

@Suite struct UntranslatedDetectorTests {
  let detector = UntranslatedDetector()

  func flags(_ source: String, _ target: String) -> Bool {
    detector.note(for: ReviewFixtures.bead(source, target)) != nil
  }

  @Test func theSameTextOnBothSidesIsFlagged() {
    #expect(
      detector.note(for: ReviewFixtures.bead("Le chat dort.", "Le chat dort."))
        == BeadFlagNote(.untranslated, "same text on both sides"))
    #expect(flags("  Click here to continue.", "click HERE to   continue. "))
  }

  @Test func shortTextsNumbersAndNamesAreNotFlagged() {
    #expect(!flags("OK", "OK"))
    #expect(!flags("2022 – 2023", "2022 – 2023"))
    #expect(!flags("Vladimir Poutine", "Vladimir Poutine"))
    #expect(!flags("New York Times", "New York Times"))
    #expect(!flags("Introduction", "Introduction"))
  }

  @Test func differentTextsOrAnEmptySideAreNotFlagged() {
    #expect(!flags("Le chat dort.", "The cat sleeps."))
    #expect(!flags("Le chat dort.", "Le chat dort!"))
    #expect(!flags("Le chat dort.", ""))
  }
}
