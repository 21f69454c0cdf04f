import Testing

@testable import BitextText

/// Segmentation rules, one test per phenomenon, with sentences written for Bitext.
@Suite struct SentenceSegmenterTests {
  func split(_ text: String, _ language: String = "fr") throws -> [String] {
    try SentenceSegmenter(language: language).sentences(in: text).map(\.text)
  }

  @Test func plainSentences() throws {
    #expect(
      try split("Le train part à midi. Il arrive le soir. Tout va bien !")
        == ["Le train part à midi.", "Il arrive le soir.", "Tout va bien !"])
  }

  @Test(arguments: [
    "M. Durand", "MM. Martin et Petit", "Mme Leroy", "Dr. Weber", "Pr. Lang", "Mgr. Viala",
    "Me. Girard", "St. Jacques",
  ])
  func frenchTitlesDoNotEndSentences(title: String) throws {
    let text = "Hier, \(title) est venu. Il a parlé."
    #expect(try split(text) == ["Hier, \(title) est venu.", "Il a parlé."])
  }

  @Test func referencesAbbreviations() throws {
    #expect(
      try split("Voir l'art. 12 du code, cf. Annexe B et p. 40 du rapport. La suite est claire.")
        == ["Voir l'art. 12 du code, cf. Annexe B et p. 40 du rapport.", "La suite est claire."])
  }

  @Test func etceteraEndsASentenceBeforeAStarter() throws {
    #expect(
      try split("Il a acheté du pain, du vin, etc. Le repas était prêt.")
        == ["Il a acheté du pain, du vin, etc.", "Le repas était prêt."])
    #expect(try split("Des pommes, des poires, etc. et du raisin.").count == 1)
  }

  @Test func englishTitlesAndAcronyms() throws {
    #expect(
      try split("Mr. Brown met Mrs. Green in the U.S. Senate. They talked.", "en")
        == ["Mr. Brown met Mrs. Green in the U.S. Senate.", "They talked."])
    #expect(
      try split("She moved to the U.S. How strange it felt.", "en")
        == ["She moved to the U.S.", "How strange it felt."])
  }

  @Test func initials() throws {
    #expect(try split("Le livre de J. R. R. Tolkien a paru. Il plaît.").count == 2)
    #expect(try split("George W. Bush a parlé. Puis il est parti.").count == 2)
    #expect(try split("J.-M. Le Pen a répondu. Fin.").count == 2)
    #expect(
      try split("It was you and I. Then Louis B. Smith came.", "en")
        == ["It was you and I.", "Then Louis B. Smith came."])
  }

  @Test func closingGuillemetStaysAfterNoBreakSpace() throws {
    let text = "Il a dit\u{A0}: «\u{A0}Nous partons demain.\u{A0}» Personne n'a répondu."
    #expect(
      try split(text) == [
        "Il a dit\u{A0}: «\u{A0}Nous partons demain.\u{A0}»", "Personne n'a répondu.",
      ])
  }

  @Test func closingQuotesAndBrackets() throws {
    #expect(
      try split("He said \"Stop.\" Then he left.", "en") == ["He said \"Stop.\"", "Then he left."])
    #expect(try split("(C'était prévu.) Ensuite, rien.") == ["(C'était prévu.)", "Ensuite, rien."])
    #expect(
      try split("Elle sourit.[12] La salle applaudit.") == [
        "Elle sourit.[12]", "La salle applaudit.",
      ])
  }

  @Test func questionFollowedByLowercaseContinues() throws {
    #expect(try split("« Pourquoi ? » s'interroge-t-il. Personne ne sait.").count == 2)
    #expect(try split("« Assez ! » cria-t-elle.") == ["« Assez ! » cria-t-elle."])
    #expect(try split("Qui vient ? Nous.") == ["Qui vient ?", "Nous."])
  }

  @Test func periodBeforeLowercaseEndsASentence() throws {
    #expect(try split("Il pleut. alors on reste.") == ["Il pleut.", "alors on reste."])
  }

  @Test func ellipses() throws {
    #expect(try split("Il hésita… Puis il partit.") == ["Il hésita…", "Puis il partit."])
    #expect(try split("Il hésita... Puis il partit.") == ["Il hésita...", "Puis il partit."])
    #expect(try split("Il hésita… puis partit.").count == 1)
    #expect(try split("Le texte (...) Dupont le cite.").count == 1)
    #expect(try split("He paused . . . then went on.", "en").count == 1)
    #expect(try split("He stopped . . . . Then he left.", "en").count == 2)
  }

  @Test func dialogueDashesStartSentences() throws {
    #expect(
      try split("— Tu viens ? — Non, dit-il. — Tant pis.")
        == ["— Tu viens ?", "— Non, dit-il.", "— Tant pis."])
    #expect(
      try split("— Tu viens, dit-elle\n— Non, répondit-il")
        == ["— Tu viens, dit-elle", "— Non, répondit-il"])
  }

  @Test func numbersWithSpacesAndDecimals() throws {
    #expect(
      try split("Il a payé 1\u{202F}300 euros, soit 3,5 % de plus. Le prix monte.")
        == ["Il a payé 1\u{202F}300 euros, soit 3,5 % de plus.", "Le prix monte."])
  }

  @Test func digitInitialSentence() throws {
    #expect(
      try split("La crise a duré. 2023 fut meilleure.") == [
        "La crise a duré.", "2023 fut meilleure.",
      ])
  }

  @Test func urlsAndEmails() throws {
    #expect(
      try split("Écrivez à marie.curie@exemple.fr. Ou visitez https://exemple.fr/Page.html. Merci.")
        == [
          "Écrivez à marie.curie@exemple.fr.", "Ou visitez https://exemple.fr/Page.html.", "Merci.",
        ])
  }

  @Test func gluedSentences() throws {
    #expect(try split("It rained.Then it stopped.", "en") == ["It rained.", "Then it stopped."])
  }

  @Test func enumerationsAndBullets() throws {
    #expect(try split("1) Lire le texte 2) Répondre") == ["1) Lire le texte", "2) Répondre"])
    #expect(try split("• Le pain • Le vin") == ["• Le pain", "• Le vin"])
  }

  @Test func paragraphsAndHardWrapping() throws {
    let text = "Le premier paragraphe est coupé\npar un retour à la ligne.\n\nLe second suit."
    let sentences = try SentenceSegmenter(language: "fr").sentences(in: text)
    #expect(
      sentences.map(\.text) == [
        "Le premier paragraphe est coupé par un retour à la ligne.", "Le second suit.",
      ])
    #expect(sentences.map(\.paragraph) == [0, 1])
  }

  @Test func lineBreaksAreSentencesOption() throws {
    let text = "une ligne coupée\nau milieu de la phrase."
    #expect(try split(text).count == 1)
    let lines = try SentenceSegmenter(language: "fr", lineBreaksAreSentences: true).sentences(
      in: text)
    #expect(lines.map(\.text) == ["une ligne coupée", "au milieu de la phrase."])
  }

  @Test func shortUnpunctuatedLinesAreItems() throws {
    #expect(
      try split("Sommaire\nla carte\nles vins", "fr") == ["Sommaire", "la carte", "les vins"])
  }

  @Test func headingLineBeforeCapitalisedLine() throws {
    let text =
      "Actualités\nLe gouvernement a annoncé une réforme importante du système des retraites hier."
    #expect(try split(text).count == 2)
  }

  @Test func rangesPointIntoTheText() throws {
    let text = "Été chaud. Hiver « froid » !\n\nFin."
    let sentences = try SentenceSegmenter(language: "fr").sentences(in: text)
    let bytes = Array(text.utf8)
    for sentence in sentences {
      #expect(String(decoding: bytes[sentence.range], as: UTF8.self) == sentence.text)
    }
  }

  @Test func unknownLanguageUsesICU() throws {
    let segmenter = SentenceSegmenter(language: "xx")
    #expect(!segmenter.profile.hasRules)
    #expect(try segmenter.sentences(in: "One. Two.").count == 2)
  }

  @Test func emptyAndBlankInput() throws {
    #expect(try split("").isEmpty)
    #expect(try split(" \n\n \n").isEmpty)
  }

  /// Every range points at the sentence's own bytes, on scalar boundaries: the offsets are
  /// taken from the UTF-8 text, not from the layout's rewritten UTF-16 buffer.
  @Test(arguments: [
    "Un deux.\u{2028}Trois quatre.\u{2028}Cinq six sept.",
    "Il était une fois\u{2028}une très belle histoire d’été. Après « ça », la fin.",
    "Première ligne\u{2029}Seconde ligne à côté. Et 😀 la suite… Fin.",
    "Un été.\u{2029}\u{2029}Deux étés.\nTrois étés.",
  ])
  func rangesMatchTheBytesAcrossSeparators(text: String) throws {
    let bytes = Array(text.utf8)
    let sentences = try SentenceSegmenter(language: "fr").sentences(in: text)
    #expect(!sentences.isEmpty)
    for sentence in sentences {
      let slice = String(decoding: bytes[sentence.range], as: UTF8.self)
      #expect(!slice.contains("\u{FFFD}"))
      let unwrapped = SentenceSegmenter.unwrap(slice)
      #expect(unwrapped == sentence.text)
    }
    let joined = sentences.map(\.text).joined(separator: " ")
    let words = text.split(whereSeparator: { $0.isWhitespace || $0.isNewline })
    #expect(joined.split(whereSeparator: \.isWhitespace) == words)
  }

  @Test func lineSeparatorsInARawDocumentKeepEverySentenceWhole() throws {
    let bytes = Array("Un deux.\u{2028}Trois quatre.\u{2028}Cinq six sept.\n".utf8)
    let document = try TextDocument(bytes: bytes, segmenter: SentenceSegmenter(language: "fr"))
    #expect(document.sentences.map(\.text) == ["Un deux.", "Trois quatre.", "Cinq six sept."])
  }
}
