import Testing

@testable import BitextLexicon

@Suite struct LexiconIndexTests {
  func index(_ entries: [(String, String, Double)]) -> LexiconIndex {
    let lexicon = Lexicon(
      sourceLanguage: "fr", targetLanguage: "en",
      entries: entries.map {
        LexiconEntry(source: $0.0, target: $0.1, weight: $0.2, provenance: "t")
      })
    return LexiconIndex(
      lexicon: lexicon, sourceLemmatizer: Lemmatizer(language: "fr"),
      targetLemmatizer: Lemmatizer(language: "en"))
  }

  @Test func matchesFoldedForms() throws {
    let index = index([("maison", "house", 1), ("chat", "cat", 1)])
    #expect(index.translates(source: "Maison", target: "HOUSE"))
    #expect(!index.translates(source: "maison", target: "cat"))
    let a = try #require(index.sourceKey(for: "maison"))
    let b = try #require(index.targetKey(for: "house"))
    #expect(index.translates(a, b))
    #expect(index.weight(a, b) == 1)
    #expect(index.sourceKey(for: "inconnu") == nil)
  }

  @Test func fallsBackToLemmasSingularsAndStems() {
    let index = index([
      ("mère", "mother", 1), ("être", "be", 1), ("mobilisation", "mobilization", 1),
      ("mer", "sea", 1), ("série", "series", 1),
    ])
    #expect(index.translates(source: "mères", target: "mothers"))
    #expect(!index.translates(source: "mères", target: "sea"))
    #expect(index.translates(source: "était", target: "was"))
    #expect(index.translates(source: "mobilisations", target: "mobilizations"))
    #expect(!index.translates(source: "sera", target: "series"))
    #expect(index.hasTranslation("mobilisations"))
    #expect(
      !index.hasTranslation("sera") || index.translations(of: "sera").first?.target != "series")
  }

  @Test func stemsAreUsedOnlyForUnknownForms() {
    // "porte" is a headword: its stem must not pull in the translations of "porter"
    let index = index([("porte", "door", 1), ("porter", "carry", 1)])
    #expect(index.translates(source: "porte", target: "door"))
    #expect(!index.translates(source: "porte", target: "carry"))
  }

  @Test func ordersTranslationsByWeight() {
    let index = index([
      ("maison", "home", 0.5), ("maison", "house", 1), ("maison", "household", 0.5),
    ])
    #expect(index.translations(of: "maison").map(\.target) == ["house", "home", "household"])
    #expect(index.translations(of: "maison", limit: 1).map(\.target) == ["house"])
    #expect(index.translations(of: "absent").isEmpty)
  }

  @Test func multiWordEntriesPairTheirContentWords() {
    let index = index([("pomme de terre", "potato", 1), ("Amérique du Nord", "North America", 1)])
    #expect(index.translates(source: "pomme", target: "potato"))
    #expect(index.translates(source: "terre", target: "potato"))
    #expect(!index.translates(source: "de", target: "potato"))
    #expect(!index.translates(source: "Amérique", target: "North"))
    let pomme = index.sourceKey(for: "pomme")!
    #expect(index.weight(pomme, index.targetKey(for: "potato")!) == 0.5)
  }
}
