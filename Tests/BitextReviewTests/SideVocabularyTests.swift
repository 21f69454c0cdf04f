import BitextText
import Testing

@testable import BitextReview

@Suite struct SideVocabularyTests {
  let vocabulary = SideVocabulary(
    [
      [WordTokenizer(language: "en").tokens(in: "President Putin’s visit to Saint-Petersburg.")],
      [WordTokenizer(language: "en").tokens(in: "the rabbit and the Hatter")],
    ])

  @Test func foldsAndLowerCaseWords() {
    #expect(vocabulary.fold("Putin’s") == "putin")
    #expect(vocabulary.fold("Élan") == "elan")
    #expect(vocabulary.lowercase.contains("rabbit"))
    #expect(!vocabulary.lowercase.contains("hatter"))
  }

  @Test func mayHoldALooseCounterpart() {
    #expect(vocabulary.mayHold("Poutine"))
    #expect(vocabulary.mayHold("Pétersbourg"))
    #expect(vocabulary.mayHold("Présidence"))
    #expect(!vocabulary.mayHold("Chapelier"))
    #expect(!vocabulary.mayHold("Lapin"))
  }
}
