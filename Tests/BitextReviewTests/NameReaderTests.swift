import BitextText
import Testing

@testable import BitextReview

@Suite struct NameReaderTests {
  func names(_ text: String, language: String = "en", document: [String] = []) -> [String] {
    let tokenizer = WordTokenizer(language: language)
    let sentences = ([text] + document).map { [tokenizer.tokens(in: $0)] }
    let reader = NameReader(
      profile: tokenizer.profile, commonWords: ["Monday"],
      vocabulary: SideVocabulary(sentences), share: 0.5)
    return reader.names(in: sentences[0])
  }

  @Test func capitalisedWordsInsideASentence() {
    #expect(names("Yesterday the president met Lukashenko in Minsk.") == ["Lukashenko", "Minsk"])
    #expect(names("It was Putin’s decision, Lukashenko said.") == ["Putin", "Lukashenko"])
    #expect(
      names("Le président a rencontré M. Dupont à l’Élysée.", language: "fr") == [
        "Dupont", "Élysée",
      ])
  }

  @Test func noNameFirstAfterAQuoteOrAColonNorAStarter() {
    #expect(names("Lukashenko spoke.") == [])
    #expect(names("He said: “Minsk is calm.”") == [])
    #expect(names("He came, The end.") == [])
    #expect(names("He came on Monday with I and XIV.") == [])
  }

  @Test func wordsInLowerCaseElsewhereAreCommonNouns() {
    #expect(names("He saw the Rabbit.", document: ["The rabbit ran."]) == [])
    #expect(names("He saw the Rabbit.") == ["Rabbit"])
  }

  @Test func acronymsAreShortWordsInCapitals() {
    #expect(names("He spoke at the UN and NATO today, LOUDLY.") == ["UN", "NATO"])
  }

  @Test func headlines() {
    let tokenizer = WordTokenizer(language: "en")
    let vocabulary = SideVocabulary([[tokenizer.tokens(in: "the top ally of forces")]])
    let reader = NameReader(
      profile: tokenizer.profile, commonWords: [], vocabulary: vocabulary, share: 0.5)
    #expect(reader.isHeadline(tokenizer.tokens(in: "Putin’s Top Ally Distances Forces")))
    #expect(reader.isHeadline(tokenizer.tokens(in: "CHAPTER ONE: THE BEGINNING")))
    #expect(!reader.isHeadline(tokenizer.tokens(in: "He met Lukashenko in the capital.")))
  }
}
