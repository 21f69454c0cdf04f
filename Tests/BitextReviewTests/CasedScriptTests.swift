import BitextText
import Testing

@testable import BitextReview

@Suite struct CasedScriptTests {
  func script(_ text: String) -> CasedScript? {
    CasedScript.dominant(in: [[WordTokenizer(language: "und").tokens(in: text)]])
  }

  @Test func theScriptOfMostLetters() {
    #expect(script("Le président Poutine") == .latin)
    #expect(script("Президент Путин, NATO") == .cyrillic)
    #expect(script("Ο πρόεδρος") == .greek)
    #expect(script("他见了马克龙 OK") == nil)
    #expect(script("2022") == nil)
  }
}
