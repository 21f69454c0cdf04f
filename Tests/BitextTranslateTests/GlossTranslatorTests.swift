import BitextLexicon
import Testing

@testable import BitextTranslate

@Suite struct GlossTranslatorTests {
  let gloss = translator()

  @Test func longestMultiWordEntryWins() {
    let result = gloss.translate("la pomme de terre")
    #expect(result.text == "The potato")
    #expect(result.tokens.contains { $0.kind == .phrase && $0.target == "potato" })
    #expect(gloss.translate("la pomme").text == "The apple")
  }

  @Test func emojiSequencesAndFlagsPassThroughWhole() {
    let text = gloss.translate("la pomme 👩‍👩‍👧 🇫🇷").text
    #expect(text.hasSuffix("👩‍👩‍👧 🇫🇷"))
    #expect(!text.contains("\u{200D} ") && !text.contains(" \u{200D}"))
  }

  @Test func elisionsAreTranslated() {
    #expect(gloss.translate("l'homme").text == "The man")
    #expect(gloss.translate("L’armée").text == "The army")
    #expect(gloss.translate("qu'il mange").text == "That he eat")
    // pre-tokenized text: the apostrophe stands apart
    #expect(gloss.translate("la force d' homme").text == "The force of man")
  }

  @Test func adjectivesMoveBeforeTheirNoun() {
    #expect(gloss.translate("les forces biélorusses").text == "The Belarusian forces")
    #expect(gloss.translate("les forces armées biélorusses").text == "The Belarusian armed forces")
    let plain = translator(configuration: .init(reordersAdjectives: false))
    #expect(plain.translate("les forces biélorusses").text == "The forces Belarusian")
  }

  @Test func adjectivesAfterAVerbStay() {
    // "est" is not a determiner: no noun position, no reordering
    #expect(gloss.translate("la mobilisation est partielle").text == "The mobilization is partial")
  }

  @Test func numbersAndNamesPassThrough() {
    let result = gloss.translate("Loukachenko a 300 000 soldats et 3,5 chats, écrit Poutine")
    #expect(result.text == "Loukachenko has 300,000 soldiers and 3.5 cats, écrit Poutine")
    #expect(result.unknownWords == ["écrit"])  // "écrire" is not in the lexicon
    #expect(result.tokens.contains { $0.kind == .name && $0.source == "Loukachenko" })
    #expect(result.tokens.contains { $0.kind == .number && $0.target == "300,000" })
  }

  @Test func unknownWordsAreKeptAndReported() {
    let result = gloss.translate("le gribouillis du chat et le gribouillis")
    #expect(result.text == "The gribouillis of the cat and the gribouillis")
    #expect(result.unknownWords == ["gribouillis"])
    #expect(result.tokens.filter { $0.kind == .unknown }.count == 2)
  }

  @Test func theHighestWeightWins() {
    #expect(gloss.translate("maison").text == "House")
    let flipped = translator([("maison", "house", 0.4), ("maison", "home", 0.9)])
    #expect(flipped.translate("maison").text == "Home")
  }

  @Test func cognatesArePreferredAmongEqualSenses() {
    #expect(gloss.translate("la mobilisation").text == "The mobilization")
  }

  @Test func articlesAreDroppedBeforeNames() {
    #expect(gloss.translate("le président de la Russie").text == "The president of Russia")
  }

  @Test func negationAndAuxiliaries() {
    #expect(gloss.translate("il ne mange pas").text == "He not eat")
    #expect(gloss.translate("il a déclaré").text == "He declared")
  }

  @Test func adverbsAndHyphenatedWordsGoThroughTheirParts() {
    let more = translator(defaultRows + [("parfait", "perfect", 1), ("voir", "see", 1)])
    #expect(more.translate("il mange parfaitement").text == "He eat perfectly")
    #expect(more.translate("voir-vous").text == "See you")
  }

  @Test func punctuationFollowsEnglishSpacing() {
    #expect(gloss.translate("« chat » : grand chat ?").text == "\"Cat\": big cat?")
  }

  @Test func emptyAndBlankSentences() {
    #expect(gloss.translate("").text == "")
    #expect(gloss.translate("   ").tokens.isEmpty)
  }

  @Test func outputIsDeterministic() {
    let sentence = "Le président biélorusse a déclaré que les forces armées ne mangent pas."
    let reversed = translator(defaultRows.reversed())
    let first = gloss.translate(sentence)
    #expect(gloss.translate(sentence) == first)
    #expect(reversed.translate(sentence) == first)
  }

  @Test func otherPairsUseTheLexiconAlone() {
    let english = GlossTranslator(
      lexicon: Lexicon(
        sourceLanguage: "en", targetLanguage: "fr",
        entries: [LexiconEntry(source: "cat", target: "chat", provenance: "test")]),
      sourceLanguage: "en", targetLanguage: "fr")
    let result = english.translate("the cat")
    #expect(result.text == "The chat")
    #expect(result.unknownWords == ["the"])
  }
}
