import Testing

@testable import BitextText

@Suite struct LanguageProfileTests {
  @Test func parsesSections() {
    let profile = LanguageProfile.parse(
      "# comment\n[titles]\nM\nDr # doctor\n[starters]\nLe\n[elisions]\nqu\n", language: "fr")
    #expect(profile.titles == ["M", "Dr"])
    #expect(profile.starters == ["Le"])
    #expect(profile.elisions == ["qu"])
  }

  @Test func regionalCodesUseThePrimaryLanguage() {
    #expect(LanguageProfile.named("fr-CA").language == "fr")
    #expect(LanguageProfile.named("en_US").titles.contains("Mr"))
    #expect(!LanguageProfile.named("tlh").hasRules)
  }

  @Test func everySpellingOfFrenchReachesTheFrenchRules() {
    for code in ["fr-CA", "fr_CA", "FR-fr", "fra"] {
      #expect(LanguageProfile.named(code) == LanguageProfile.named("fr"))
      #expect(LanguageProfile.missingRulesWarning(for: code) == nil)
    }
    #expect(
      LanguageProfile.missingRulesWarning(for: "ja")
        == "no sentence rules for 'ja': using ICU's rules alone")
  }

  @Test func parsesQuotesConventionsAndFinalAbbreviations() {
    let profile = LanguageProfile.parse(
      "[closing-quotes]\n“\n«\nxy\n[conventions]\nordinal-period\n[final-abbreviations]\nJ.-C\n",
      language: "de")
    #expect(profile.closingQuotes == [0x201C, 0xAB])
    #expect(profile.ordinalPeriod)
    #expect(profile.finalAbbreviations == ["J.-C"])
    #expect(!LanguageProfile.parse("[titles]\nDr\n", language: "de").ordinalPeriod)
  }
}
