import Testing

@testable import BitextText

@Suite struct LanguageTagTests {
  @Test(arguments: [
    ("fr", "fr"), ("fr-CA", "fr-CA"), ("fr_CA", "fr-CA"), ("FR-fr", "fr-FR"), ("fra", "fr"),
    ("fre", "fr"), ("zh-hant-tw", "zh-Hant-TW"), ("es-419", "es-419"), ("iw", "he"),
  ])
  func normalisesAcceptedCodes(code: String, canonical: String) throws {
    #expect(try LanguageTag(code).description == canonical)
  }

  @Test(arguments: ["fr-CA", "fr_CA", "FR-fr", "fra", "fre", "fr"])
  func everySpellingOfFrenchIsFrench(code: String) throws {
    #expect(try LanguageTag(code).primaryLanguage == "fr")
    #expect(LanguageTag.primaryLanguage(code) == "fr")
  }

  @Test(arguments: ["french", "zz", "../x", "", "fr-", "fr-CA-CA", "fr-toolongsubtag", "f"])
  func refusesUnknownAndMalformedCodes(code: String) {
    #expect(throws: LanguageTagError(code: code)) { try LanguageTag(code) }
  }

  @Test func theErrorSaysWhatIsAccepted() {
    let message = LanguageTagError(code: "french").description
    #expect(message.hasPrefix("unknown language code 'french': use an ISO 639-1 code"))
    #expect(message.contains("fr-CA"))
  }

  @Test func threeLetterCodesForFreeDict() {
    #expect(LanguageTag.threeLetterCode("fr-CA") == "fra")
    #expect(LanguageTag.threeLetterCode("ger") == "deu")
    #expect(LanguageTag.threeLetterCode("zz") == nil)
  }

  @Test func primaryLanguageOfAnUnacceptedCodeIsItsFirstSubtag() {
    #expect(LanguageTag.primaryLanguage("XX-yy") == "xx")
  }
}
