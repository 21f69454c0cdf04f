import Testing

@testable import BitextReview

@Suite struct NameMismatchDetectorTests {
  /// A short news document: names kept across the two sides, spelt per language.
  let article: [(String, String)] = [
    ("Le président Vladimir Poutine est arrivé.", "President Vladimir Putin arrived."),
    ("Il a rencontré Loukachenko hier.", "He met Lukashenko yesterday."),
    ("Emmanuel Macron vit à Paris depuis longtemps.", "Emmanuel Macron has long lived in Paris."),
    ("Puis il a pris l’avion pour Minsk.", "Then he flew to Minsk."),
    ("Il fait beau à Kiev ce matin.", "The weather is fine in Kyiv this morning."),
  ]

  func reasons(
    _ pairs: [(String, String)], languages: (String, String) = ("fr", "en"),
    detector: NameMismatchDetector = NameMismatchDetector()
  ) -> [String?] {
    detector.notes(
      for: ReviewFixtures.corpus(pairs, languages: languages).beads, languages: languages
    ).map { $0?.reason }
  }

  @Test func namesSpeltPerLanguageMatch() {
    #expect(reasons(article).allSatisfy { $0 == nil })
  }

  @Test func aWrongPairIsFlaggedWithTheNamesOfBothSides() {
    let wrong = ("Il a rencontré Loukachenko à Minsk.", "He met Macron in Paris.")
    let found = reasons(article + [wrong])
    #expect(found.dropLast().allSatisfy { $0 == nil })
    #expect(found.last == "Loukachenko, Minsk only in source; Macron, Paris only in target")
  }

  @Test func aNameTheOtherSideNeverHoldsIsNotFlagged() {
    // `Chapelier` is the French name of the Hatter: no bead can be expected to hold it.
    let found = reasons(
      article + [("Le Chapelier a parlé à Loukachenko.", "The Hatter spoke to Lukashenko.")])
    #expect(found.allSatisfy { $0 == nil })
  }

  @Test func wordsAtTheStartOrAfterAQuoteOrAColonAreNoNames() {
    let found = reasons(
      article + [
        ("Minsk est loin. « Paris est loin », dit-il : Macron aussi.", "It is far, he said.")
      ])
    #expect(found.last == .some(nil))
  }

  @Test func daysMonthsAndWordsWrittenInLowerCaseElsewhereAreNoNames() {
    let found = reasons(
      article + [
        ("Il est venu mercredi 3 février.", "He came on Wednesday, February 3."),
        ("La lune brille.", "The moon shines."),
        ("Il a vu la lune.", "He saw the Moon."),
      ])
    #expect(found.allSatisfy { $0 == nil })
  }

  @Test func aHeadlineInTitleCaseHasNoNames() {
    let found = reasons(
      [("Le principal allié de Poutine", "Putin’s Top Ally Distances Forces From Mobilization")]
        + article)
    #expect(found.allSatisfy { $0 == nil })
  }

  @Test func acronymsMatchTheirTranslations() {
    let found = reasons(
      article + [
        ("Il parle à l’ONU de Minsk.", "He speaks at the UN about Minsk."),
        ("Il parle à l’OTAN.", "He speaks to NATO."),
      ])
    #expect(found.allSatisfy { $0 == nil })
  }

  @Test func aFrequentNameCountsOnlyWithAnotherMismatch() {
    // Poutine is in most beads: a translation that says `he` is no alarm…
    var pairs = (0..<6).map { index in
      ("Hier, Poutine a parlé \(index) fois.", "Yesterday Putin spoke \(index) times.")
    }
    pairs += [
      ("Puis Poutine est parti.", "Then he left."), ("Et Macron est venu.", "And Macron came."),
    ]
    #expect(reasons(pairs).allSatisfy { $0 == nil })
    // … but a bead whose other side has a name of its own is.
    pairs += [("Alors Poutine a parlé.", "Then Macron spoke.")]
    #expect(reasons(pairs).last == "Poutine only in source; Macron only in target")
  }

  @Test func languagesThatCapitaliseNounsAreNotChecked() {
    let wrong = ("Il a rencontré Loukachenko à Minsk.", "He met Macron in Paris.")
    #expect(reasons(article + [wrong], languages: ("de", "en")).allSatisfy { $0 == nil })
    #expect(reasons(article + [wrong], languages: ("fr", "lb")).allSatisfy { $0 == nil })
    var detector = NameMismatchDetector()
    detector.skippedLanguages = []
    #expect(reasons(article + [wrong], languages: ("de", "en"), detector: detector).last != nil)
  }

  @Test func sidesInDifferentScriptsAreNotChecked() {
    let russian = [
      ("Президент Владимир Путин прибыл.", "President Vladimir Putin arrived."),
      ("Он встретил Лукашенко вчера.", "He met Macron yesterday."),
    ]
    #expect(reasons(russian, languages: ("ru", "en")).allSatisfy { $0 == nil })
    #expect(
      reasons([("他见了马克龙。", "He met Lukashenko.")], languages: ("zh", "en")) == [nil])
  }

  @Test func beadsWithAnEmptySideAreNotChecked() {
    #expect(reasons(article + [("Il a rencontré Loukachenko.", "")]).last == .some(nil))
  }
}
