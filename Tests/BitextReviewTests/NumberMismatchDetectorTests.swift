import Testing

@testable import BitextReview

@Suite struct NumberMismatchDetectorTests {
  let detector = NumberMismatchDetector()

  func reason(_ source: String, _ target: String, _ languages: (String, String) = ("fr", "en"))
    -> String?
  {
    detector.note(for: ReviewFixtures.bead(source, target), languages: languages)?.reason
  }

  @Test func aNumberOnOneSideOnlyIsFlaggedWithBothSidesListed() {
    #expect(
      reason("En 2022, la ville comptait 300 000 habitants.", "In 2021, the city had 300,000.")
        == "2022 only in source; 2021 only in target")
    #expect(reason("Il a 12 ans.", "He is young.") == "12 only in source")
    #expect(reason("Il a 12 ans.", "He is twelve.") == nil)
    let note = detector.note(
      for: ReviewFixtures.bead("Il est parti.", "He left in 1999."), languages: ("fr", "en"))
    #expect(note?.flag == .numberMismatch)
    #expect(note?.reason == "1999 only in target")
  }

  @Test func numbersWrittenDifferentlyMatch() {
    #expect(reason("Cela coûte 1 000,5 euros.", "It costs 1,000.5 euros.") == nil)
    #expect(reason("Es kostet 1.000,5 Euro.", "It costs 1,000.5 euros.", ("de", "en")) == nil)
    #expect(reason("Le 3e jour.", "On the 3rd day.") == nil)
    #expect(reason("Chapitre III", "Chapter 3") == nil)
    #expect(reason("Il avait deux mille hommes.", "He had 2,000 men.") == nil)
    #expect(reason("Ils arrivent à 20 h 30.", "They arrive at 20.30.") == nil)
    #expect(reason("Le 24 février 2022.", "On February 24, 2022.") == nil)
    #expect(reason("Pas de nombre.", "No number.") == nil)
  }

  @Test func aNumberInWordsOfTheWrongValueDoesNotMatch() {
    #expect(reason("Il avait trois fils.", "He had 4 sons.") == "4 only in target")
  }

  @Test func beadsWithAnEmptySideAreLeftToTheOmissionCheck() {
    #expect(reason("En 2022.", "") == nil)
    #expect(reason("", "In 2022.") == nil)
  }

  @Test func digitsOfLinksAreNotNumbers() {
    #expect(reason("Voir example.com/2021/page.", "See the page.") == nil)
  }

  @Test func longListsAreCut() {
    #expect(reason("1, 2, 3, 4 et 5", "nothing") == "1, 2, 3… only in source")
    #expect(reason("7, 7 et 7", "none") == "7 only in source")
  }
}
