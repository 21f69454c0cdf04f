import Testing

@testable import BitextReview

@Suite struct NumberWordsTests {
  func values(_ text: String, _ language: String) -> Set<String> {
    NumberWords(language: language).values(in: text)
  }

  @Test func french() {
    #expect(values("deux mille hommes", "fr") == ["2000"])
    #expect(values("quatre-vingt-dix ans", "fr") == ["90"])
    #expect(values("soixante-dix-sept", "fr") == ["77"])
    #expect(values("vingt et un jours", "fr") == ["21"])
    #expect(values("trois cent mille soldats", "fr") == ["300000"])
    #expect(values("Le chat dort.", "fr").isEmpty)
  }

  @Test func germanCompounds() {
    #expect(values("der dritte Achttausender", "de") == ["8000"])
    #expect(values("dreiundzwanzig", "de") == ["23"])
    #expect(values("zweihundertdreiundzwanzig", "de") == ["223"])
    #expect(values("Sechstausendern", "de") == ["6000"])
    #expect(values("den Achttausender-Status", "de") == ["8000"])
  }

  @Test func englishAndOthers() {
    #expect(values("two thousand three hundred and five", "en") == ["2305"])
    #expect(values("someone often went", "en").isEmpty)
    #expect(values("a hundred and one", "en") == ["101"])
    #expect(values("doscientos veintiuno", "es") == ["221"])
    #expect(values("treinta y dos", "es") == ["32"])
    #expect(values("duemila e ventitré", "it") == ["2000", "23"])
    #expect(values("eenentwintig", "nl") == ["21"])
    #expect(values("quinhentos", "pt") == ["500"])
  }

  @Test func aTrailingConnectorIsNotPartOfTheNumber() {
    #expect(values("two and a half", "en") == ["2"])
    #expect(values("and two", "en") == ["2"])
  }

  @Test func otherLanguagesHaveNone() {
    #expect(values("二千", "ja").isEmpty)
  }
}
