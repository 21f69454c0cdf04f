import Testing

@testable import BitextLexicon

/// The irregular forms, contractions and plural endings of the German, Spanish, Italian,
/// Portuguese and Dutch data files, as the lemmatizer uses them.
@Suite struct LemmaDataLanguagesTests {
  let german = Lemmatizer(language: "de")
  let spanish = Lemmatizer(language: "es")
  let italian = Lemmatizer(language: "it")
  let portuguese = Lemmatizer(language: "pt")
  let dutch = Lemmatizer(language: "nl")

  @Test func germanStrongVerbsContractionsAndPlurals() {
    #expect(german.keys(for: "ging").lemmas == ["gehen"])
    #expect(german.keys(for: "Kam").lemmas == ["kommen"])
    #expect(german.keys(for: "wurde").lemmas == ["werden"])
    #expect(german.keys(for: "war").lemmas == ["sein"])
    #expect(german.keys(for: "zum").lemmas == ["zu"])
    #expect(german.keys(for: "vom").lemmas == ["von"])
    #expect(german.keys(for: "Täler").lemmas == ["tal"])
    #expect(german.keys(for: "Tage").singulars.contains("tag"))
    #expect(german.keys(for: "Kindern").singulars.contains("kind"))
    #expect(german.keys(for: "Hütten").singulars.first == "hütte")
  }

  @Test func germanFormsMatchSwissSpelling() {
    // Data written with ß is folded like the text: Swiss "liess", "Füsse" find their lemmas.
    #expect(german.keys(for: "ließ").lemmas == ["lassen"])
    #expect(german.keys(for: "liess").lemmas == ["lassen"])
    #expect(german.keys(for: "Füsse").lemmas == ["fuss"])
    #expect(german.keys(for: "hiess").lemmas == ["heissen"])
  }

  @Test func spanishIrregularVerbsAndContractions() {
    #expect(spanish.keys(for: "fue").lemmas == ["ser", "ir"])
    #expect(spanish.keys(for: "tiene").lemmas == ["tener"])
    #expect(spanish.keys(for: "hizo").lemmas == ["hacer"])
    #expect(spanish.keys(for: "del").lemmas == ["de"])
    #expect(spanish.keys(for: "al").lemmas == ["a"])
    #expect(spanish.keys(for: "luces").singulars.first == "luz")
    #expect(spanish.keys(for: "blancas").singulars.contains("blanco"))
  }

  @Test func italianIrregularVerbsContractionsAndElisions() {
    #expect(italian.keys(for: "è").lemmas == ["essere"])
    #expect(italian.keys(for: "fece").lemmas == ["fare"])
    #expect(italian.keys(for: "andò").lemmas == ["andare"])
    #expect(italian.keys(for: "della").lemmas == ["di"])
    #expect(italian.keys(for: "sul").lemmas == ["su"])
    #expect(italian.keys(for: "uomini").lemmas == ["uomo"])
    #expect(italian.fold("dell'acqua") == "acqua")
    #expect(italian.fold("L’") == "lo")
    #expect(italian.keys(for: "laghi").singulars.first == "lago")
    #expect(italian.keys(for: "fiumi").singulars.contains("fiume"))
  }

  @Test func portugueseIrregularVerbsAndContractions() {
    #expect(portuguese.keys(for: "foi").lemmas == ["ser", "ir"])
    #expect(portuguese.keys(for: "têm").lemmas == ["ter"])
    #expect(portuguese.keys(for: "fez").lemmas == ["fazer"])
    #expect(portuguese.keys(for: "pelo").lemmas == ["por"])
    #expect(portuguese.keys(for: "na").lemmas == ["em"])
    #expect(portuguese.keys(for: "do").lemmas == ["de"])
    #expect(portuguese.keys(for: "canções").singulars.first == "canção")
    #expect(portuguese.keys(for: "animais").singulars.first == "animal")
  }

  @Test func dutchStrongVerbsContractionsAndPlurals() {
    #expect(dutch.keys(for: "liep").lemmas == ["lopen"])
    #expect(dutch.keys(for: "ging").lemmas == ["gaan"])
    #expect(dutch.keys(for: "kwam").lemmas == ["komen"])
    #expect(dutch.keys(for: "heeft").lemmas == ["hebben"])
    #expect(dutch.keys(for: "'t").lemmas == ["het"])
    #expect(dutch.keys(for: "’s").lemmas == ["des"])
    #expect(dutch.keys(for: "kinderen").lemmas == ["kind"])
    #expect(dutch.keys(for: "straten").singulars.contains("straat"))
    #expect(dutch.keys(for: "mannen").singulars.contains("man"))
    #expect(dutch.keys(for: "auto's").singulars.first == "auto")
  }

  @Test func everyFileParsesAndHasFunctionWords() throws {
    for language in ["de", "es", "it", "pt", "nl"] {
      let data = try #require(LemmaData.embedded[language], "\(language)")
      #expect(!data.irregularForms.isEmpty, "\(language)")
      #expect(!data.pluralEndings.isEmpty, "\(language)")
      #expect(!data.functionWords.isEmpty, "\(language)")
    }
  }
}
