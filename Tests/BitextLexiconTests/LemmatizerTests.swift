import Testing

@testable import BitextLexicon

@Suite struct LemmatizerTests {
  let french = Lemmatizer(language: "fr")
  let english = Lemmatizer(language: "en")

  @Test func foldsCaseApostrophesAndElisions() {
    #expect(french.fold("Mobilisation") == "mobilisation")
    #expect(french.fold("L’") == "le")
    #expect(french.fold("qu'") == "que")
    #expect(french.fold("jusqu’") == "jusque")
    #expect(french.fold("l'homme") == "homme")
    #expect(french.fold("aujourd'hui") == "aujourd'hui")
    #expect(english.fold("Straße") == "strasse")
  }

  @Test func stemsWithSnowballAndGuardsShortStems() {
    #expect(french.hasStemmer)
    #expect(french.keys(for: "mobilisations").stem == french.keys(for: "mobilisation").stem)
    #expect(french.keys(for: "sera").stem == nil)
    #expect(english.keys(for: "running").stem == "run" || english.keys(for: "running").stem == nil)
    #expect(english.keys(for: "mobilized").stem == english.keys(for: "mobilizing").stem)
    #expect(Lemmatizer(language: "fr", usesStems: false).keys(for: "maisons").stem == nil)
  }

  @Test func lemmatizesIrregularFormsAndPlurals() {
    #expect(french.keys(for: "était").lemmas == ["être"])
    #expect(french.keys(for: "Des").lemmas == ["de"])
    #expect(french.keys(for: "mères").singulars.contains("mère"))
    #expect(french.keys(for: "chevaux").singulars.first == "cheval")
    #expect(english.keys(for: "countries").singulars.first == "country")
    #expect(english.keys(for: "was").lemmas == ["be"])
    let plain = Lemmatizer(language: "fr", usesStems: false, guessesSingulars: false)
    #expect(plain.keys(for: "mères") == LemmaKeys(folded: "mères", stem: nil))
  }

  @Test func knowsFunctionWords() {
    #expect(french.isFunctionWord("de"))
    #expect(!french.isFunctionWord("maison"))
    #expect(english.isFunctionWord("the"))
  }

  @Test func resolvesLanguageCodesAndGetsSnowballStemmers() {
    for (code, language) in [
      ("de", "de"), ("deu", "de"), ("de-CH", "de"), ("ger", "de"), ("es", "es"), ("spa", "es"),
      ("es_MX", "es"), ("it", "it"), ("ita", "it"), ("pt", "pt"), ("por", "pt"), ("pt-BR", "pt"),
      ("nl", "nl"), ("nld", "nl"), ("dut", "nl"), ("nl-BE", "nl"),
    ] {
      let lemmatizer = Lemmatizer(language: code)
      #expect(lemmatizer.language == language, "\(code)")
      #expect(lemmatizer.hasStemmer, "\(code)")
    }
  }

  @Test func stemsTheFiveLanguages() {
    let german = Lemmatizer(language: "de")
    #expect(german.keys(for: "Gletschern").stem == german.keys(for: "Gletscher").stem)
    #expect(german.keys(for: "Bergführern").stem == "bergfuhr")
    let spanish = Lemmatizer(language: "es")
    #expect(spanish.keys(for: "montañas").stem == spanish.keys(for: "montaña").stem)
    let italian = Lemmatizer(language: "it")
    #expect(italian.keys(for: "montagne").stem == italian.keys(for: "montagna").stem)
    let portuguese = Lemmatizer(language: "pt")
    #expect(portuguese.keys(for: "montanhas").stem == portuguese.keys(for: "montanha").stem)
    let dutch = Lemmatizer(language: "nl")
    #expect(dutch.keys(for: "bergen").stem == dutch.keys(for: "berg").stem)
  }

  @Test func languagesWithoutStemmerStillFold() {
    let unknown = Lemmatizer(language: "xx")
    #expect(!unknown.hasStemmer)
    #expect(unknown.keys(for: "ABC") == LemmaKeys(folded: "abc", stem: nil))
  }
}
