import Testing

@testable import BitextText

/// Language rules of ``SentenceRules`` beyond French and English, one test per phenomenon and
/// language, with sentences written for Bitext.
@Suite struct SentenceRulesTests {
  func split(_ text: String, _ language: String) throws -> [String] {
    try SentenceSegmenter(language: language).sentences(in: text).map(\.text)
  }

  @Test(arguments: ["de", "es", "it", "pt", "nl"])
  func everyLanguageHasItsRules(language: String) {
    #expect(LanguageProfile.named(language).hasRules)
    #expect(LanguageProfile.missingRulesWarning(for: language) == nil)
    #expect(LanguageProfile.availableLanguages.contains(language))
  }

  @Test func unsupportedLanguagesKeepICUAlone() throws {
    #expect(!LanguageProfile.named("sv").hasRules)
    #expect(try split("Det regnar. Vi stannar hemma.", "sv").count == 2)
  }

  // MARK: German

  @Test func germanOrdinalsDoNotEndSentences() throws {
    #expect(
      try split("Die Mauer fiel am 9. November 1989. Am 3. Oktober 1990 folgte die Einheit.", "de")
        == [
          "Die Mauer fiel am 9. November 1989.", "Am 3. Oktober 1990 folgte die Einheit.",
        ])
    #expect(
      try split("Nach dem 2. Weltkrieg begann im 20. Jahrhundert eine neue Zeit.", "de").count == 1)
  }

  @Test func germanNumbersEndSentencesBeforeAStarter() throws {
    #expect(
      try split("Der Pegel stieg um 12. Danach fiel er wieder.", "de")
        == ["Der Pegel stieg um 12.", "Danach fiel er wieder."])
    #expect(
      try split("Das Haus wurde 1998 gebaut. Heute steht es leer.", "de")
        == ["Das Haus wurde 1998 gebaut.", "Heute steht es leer."])
  }

  @Test func germanNounsAfterAbbreviationsContinue() throws {
    #expect(try split("Wir verkaufen z. B. Häuser und ca. Hundert Wohnungen.", "de").count == 1)
    #expect(try split("Es gibt Brot, Käse usw. Häuser stehen daneben.", "de").count == 1)
    #expect(
      try split("Es gibt Brot, Käse usw. Die Auswahl ist groß.", "de")
        == ["Es gibt Brot, Käse usw.", "Die Auswahl ist groß."])
    #expect(try split("Siehe Nr. 5 und S. 12 bzw. Abs. 3 der Satzung.", "de").count == 1)
    #expect(try split("Das Gebäude stammt aus dem Jahr 50 v. Chr. Es ist alt.", "de").count == 2)
  }

  @Test func germanEras() throws {
    #expect(
      try split("Die Römer bauten die Stadt im Jahr 15 v. Chr. Augsburg wuchs schnell.", "de")
        == ["Die Römer bauten die Stadt im Jahr 15 v. Chr.", "Augsburg wuchs schnell."])
    #expect(try split("Die Stadt wurde 50 v. Chr. gegründet.", "de").count == 1)
  }

  @Test func germanQuotes() throws {
    #expect(
      try split("Er rief: „Komm sofort.“ Dann ging er hinaus.", "de")
        == ["Er rief: „Komm sofort.“", "Dann ging er hinaus."])
    #expect(
      try split("Sie sagte: »Ich bleibe hier.« Niemand widersprach.", "de")
        == ["Sie sagte: »Ich bleibe hier.«", "Niemand widersprach."])
  }

  // MARK: Spanish

  @Test func spanishInvertedMarks() throws {
    #expect(
      try split("¿Vienes mañana? ¡Claro que sí! Nos vemos a las diez.", "es")
        == ["¿Vienes mañana?", "¡Claro que sí!", "Nos vemos a las diez."])
    #expect(try split("¿Qué hora es? preguntó el niño.", "es").count == 1)
  }

  @Test func spanishAbbreviations() throws {
    #expect(
      try split("El Sr. García y la Sra. López hablaron con Uds. ayer. Todo salió bien.", "es")
        == ["El Sr. García y la Sra. López hablaron con Uds. ayer.", "Todo salió bien."])
    #expect(try split("Véase la pág. 45 y el art. 3 de la ley.", "es").count == 1)
    #expect(try split("Vive en la Av. Libertador con el Dr. Pérez.", "es").count == 1)
  }

  @Test func spanishOrdinals() throws {
    #expect(
      try split("Quedó en 1.º lugar y ella en 2.ª posición. Luego celebraron.", "es")
        == ["Quedó en 1.º lugar y ella en 2.ª posición.", "Luego celebraron."])
  }

  @Test func spanishErasWrittenInTwoWords() throws {
    #expect(
      try split("El imperio cayó en el año 476 d. C. Roma quedó en ruinas.", "es")
        == ["El imperio cayó en el año 476 d. C.", "Roma quedó en ruinas."])
    #expect(try split("En el 200 a. C. Roma dominaba el Mediterráneo.", "es").count == 1)
  }

  // MARK: Italian

  @Test func italianAbbreviationsAndElisions() throws {
    #expect(
      try split("Il sig. Rossi e il dott. Bianchi sono arrivati. L'incontro è iniziato.", "it")
        == ["Il sig. Rossi e il dott. Bianchi sono arrivati.", "L'incontro è iniziato."])
    #expect(
      try split("Ha scritto molti libri, ecc. Un'altra opera uscirà presto.", "it")
        == ["Ha scritto molti libri, ecc.", "Un'altra opera uscirà presto."])
    let tokens = WordTokenizer(language: "it").tokens(in: "dell'arte")
    #expect(tokens.map(\.text) == ["dell'", "arte"])
  }

  @Test func italianOrdinals() throws {
    #expect(try split("È arrivato 2º nella gara del 1º maggio. Poi è ripartito.", "it").count == 2)
  }

  // MARK: Portuguese

  @Test func portugueseAbbreviationsAndOrdinals() throws {
    #expect(
      try split(
        "O Sr. Silva ficou em 1.º lugar, segundo o art. 5 do regulamento. A Sra. Costa aplaudiu.",
        "pt")
        == [
          "O Sr. Silva ficou em 1.º lugar, segundo o art. 5 do regulamento.",
          "A Sra. Costa aplaudiu.",
        ])
  }

  @Test func portugueseGuillemets() throws {
    #expect(
      try split("Ele disse: «Vamos embora.» Ninguém respondeu.", "pt")
        == ["Ele disse: «Vamos embora.»", "Ninguém respondeu."])
  }

  @Test func enumerationAfterAColon() throws {
    #expect(try split("Há uma saída: 1. a porta da frente.", "pt").count == 1)
  }

  // MARK: Dutch

  @Test func dutchQuotesWithCommas() throws {
    #expect(
      try split(",,Ik kom morgen terug. '' Hij vertrok. ,,Tot ziens.''", "nl")
        == [",,Ik kom morgen terug. ''", "Hij vertrok.", ",,Tot ziens.''"])
  }

  @Test func dutchElidedArticles() throws {
    #expect(
      try split("Hij kwam 's avonds thuis. 's Morgens vertrok hij weer.", "nl")
        == ["Hij kwam 's avonds thuis.", "'s Morgens vertrok hij weer."])
    #expect(try split("Hij woont in 's-Hertogenbosch bij dhr. Jansen.", "nl").count == 1)
  }

  @Test func dutchAbbreviations() throws {
    #expect(
      try split("Er waren fruit, groente enz. De markt was druk.", "nl")
        == ["Er waren fruit, groente enz.", "De markt was druk."])
    #expect(try split("Zie blz. 12, bijv. de tabel van prof. De Vries.", "nl").count == 1)
  }

  // MARK: French classes

  @Test func unitAfterANumberEndsASentenceBeforeACapital() throws {
    #expect(
      try split("Le sommet culmine à 8125 m. La première ascension date de 1953.", "fr")
        == ["Le sommet culmine à 8125 m.", "La première ascension date de 1953."])
    #expect(try split("Der Gipfel ist 8481 m. Am schwersten ist der Grat.", "de").count == 2)
    #expect(try split("Il testo dell'art. 70 l. 633/1941 è chiaro.", "it").count == 1)
  }

  @Test func frenchAbbreviatedMonths() throws {
    #expect(
      try split("Il est né le 2 févr. 1999 à Lyon. Il a grandi à Paris.", "fr")
        == ["Il est né le 2 févr. 1999 à Lyon.", "Il a grandi à Paris."])
    #expect(try split("Il est parti en janv. Le lendemain, il revint.", "fr").count == 2)
  }

  @Test func frenchEraAbbreviations() throws {
    #expect(
      try split("Rome fut fondée en 753 av. J.-C. Romulus en fut le premier roi.", "fr")
        == ["Rome fut fondée en 753 av. J.-C.", "Romulus en fut le premier roi."])
    #expect(try split("En 52 av. J.-C. César bat Vercingétorix.", "fr").count == 1)
    #expect(try split("Il mourut en 14 apr. J.-C. à Nola.", "fr").count == 1)
  }

  @Test func frenchElidedAcronyms() throws {
    #expect(try split("Hier, l'O.T.A.N. a répondu aux critiques.", "fr").count == 1)
    #expect(try split("Les troupes de l'O.N.U. Elles sont parties.", "fr").count == 2)
  }

  @Test func frenchMissingSpaceAfterClosingQuoteOrPeriod() throws {
    #expect(
      try split("« C'est fini. »Il partit sans un mot.", "fr")
        == ["« C'est fini. »", "Il partit sans un mot."])
    #expect(
      try split("Il est là.Le lendemain il partit.", "fr")
        == ["Il est là.", "Le lendemain il partit."])
    #expect(try split("Voir www.exemple.fr et M.Dupont.", "fr").count == 1)
  }

  @Test func findsAPeriodBeforeAHyphen() {
    #expect(SentenceRules.hasPeriodHyphen(Array("J.-C".utf16)[...]))
    #expect(SentenceRules.hasPeriodHyphen(Array("l'J.-M".utf16)[2...]))
    #expect(!SentenceRules.hasPeriodHyphen(Array("J-.C".utf16)[...]))
    #expect(!SentenceRules.hasPeriodHyphen(Array(".".utf16)[...]))
    #expect(!SentenceRules.hasPeriodHyphen([]))
  }
}
