import Testing

@testable import BitextReview

@Suite struct LengthRatioDetectorTests {
  /// A document of beads of about the same length on both sides, then `last`.
  func document(_ last: (String, String)) -> [(String, String)] {
    let normal = (
      "Le conseil municipal a voté le budget de l’année prochaine.",
      "The city council voted on next year’s budget at last."
    )
    return Array(repeating: normal, count: 20) + [last]
  }

  func notes(_ pairs: [(String, String)]) -> [BeadFlagNote?] {
    LengthRatioDetector().notes(for: ReviewFixtures.corpus(pairs).beads)
  }

  @Test func aBeadFarLongerThanTheDocumentsRatioIsFlagged() {
    let found = notes(
      document(
        (
          "Le maire a parlé.",
          "The mayor spoke for a very long time about the budget, the schools, the roads and the new library."
        )))
    #expect(found.dropLast().allSatisfy { $0 == nil })
    #expect(found.last??.flag == .lengthRatio)
    #expect(found.last??.reason.hasPrefix("target 5.") == true)
    #expect(found.last??.reason.contains(", expected 0.9") == true)
  }

  @Test func aBeadFarShorterIsFlaggedToo() {
    let found = notes(
      document(
        (
          "Le maire a longuement parlé du budget, des écoles, des routes et de la nouvelle bibliothèque.",
          "The mayor spoke."
        )))
    #expect(found.last??.reason.hasPrefix("target 0.") == true)
  }

  @Test func shortSidesAndOrdinaryBeadsAreNotFlagged() {
    #expect(notes(document(("Oui.", "Yes, of course, my dear friend."))).allSatisfy { $0 == nil })
    #expect(
      notes(document(("Le maire a parlé du budget.", "The mayor talked about the budget.")))
        .allSatisfy { $0 == nil })
  }

  @Test func omissionsDoNotCountInTheRatio() {
    let found = notes(document(("Le maire a parlé.", "")) + [("", "A long English paragraph.")])
    #expect(found.allSatisfy { $0 == nil })
  }
}
