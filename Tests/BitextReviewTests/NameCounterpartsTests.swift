import BitextText
import Testing

@testable import BitextReview

@Suite struct NameCounterpartsTests {
  func matches(_ name: String, _ text: String) -> Bool {
    let tokens = WordTokenizer(language: "fr").tokens(in: text)
    let vocabulary = SideVocabulary([[tokens]])
    return NameCounterparts(tokens, vocabulary: vocabulary).matches(name)
  }

  @Test func looseCounterparts() {
    #expect(matches("Putin", "Poutine est venu."))
    #expect(matches("Lukashenko", "avec Loukachenko"))
    #expect(matches("Kyiv", "à Kiev"))
    #expect(matches("Cunegund", "Cunégonde"))
    #expect(matches("Dorado", "à l’Eldorado"))
    #expect(matches("Lisbon", "depuis lisbonne"))
    #expect(matches("Pétersbourg", "Saint-Petersburg"))
    #expect(matches("UN", "à l’ONU"))
  }

  @Test func unrelatedWordsAreNoCounterparts() {
    #expect(!matches("Macron", "Le président biélorusse est venu."))
    #expect(!matches("Paris", "à Londres"))
    #expect(!matches("WHO", "l’OMS"))
  }
}
