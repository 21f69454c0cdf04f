import Testing

@testable import BitextTranslate

@Suite struct TokenProtectionTests {
  @Test func namesNumbersURLsAndMarkupArePlaceholdersRestoredInAnyOrder() throws {
    let line =
      "Loukachenko a vu https://exemple.fr/a?b=1, jean@exemple.fr, l’Ukraine et 300 000 #x."
    let protection = TokenProtection(lines: [line])
    let (protected, tokens) = protection.protect(line) { $0 == "Loukachenko" || $0 == "Ukraine" }
    #expect(
      tokens == [
        "Loukachenko", "https://exemple.fr/a?b=1", "jean@exemple.fr", "Ukraine", "300", "000",
        "#x",
      ])
    #expect(protected == "Zqxjaaa a vu zqxjaab, zqxjaac, l’Zqxjaad et zqxjaae zqxjaaf zqxjaag.")
    // An engine may reorder, mark, or change the case of the placeholders.
    let translated = "*zqxjaad and **ZQXJAAA saw zqxjaab, zqxjaac, zqxjaae zqxjaaf zqxjaag."
    #expect(
      protection.restore(translated, tokens: tokens)
        == "Ukraine and Loukachenko saw https://exemple.fr/a?b=1, jean@exemple.fr, 300 000 #x.")
  }

  @Test func aLostOrRepeatedPlaceholderIsNeverRestoredInSilence() {
    let protection = TokenProtection(lines: ["Paris 12"])
    let (_, tokens) = protection.protect("Paris 12") { $0 == "Paris" }
    #expect(protection.restore("Zqxjaaa", tokens: tokens) == nil)
    #expect(protection.restore("Zqxjaaa zqxjaab zqxjaab", tokens: tokens) == nil)
    #expect(protection.restore("Zqxjaaa zqxjaaz", tokens: tokens) == nil)
    #expect(protection.restore("no tokens", tokens: []) == "no tokens")
  }

  @Test func thePrefixAvoidsTheDocumentsOwnWords() {
    let protection = TokenProtection(lines: ["le mot zqxj existe"])
    #expect(protection.prefix != "zqxj")
    #expect(!"le mot zqxj existe".contains(protection.prefix))
  }

  @Test func onlyNamesWhenOtherTokensAreLeftToTheEngine() {
    let protection = TokenProtection(lines: [])
    let (line, tokens) = protection.protect("Paris a 12 ans.", othersThanNames: false) {
      $0 == "Paris"
    }
    #expect(line == "Zqxjaaa a 12 ans.")
    #expect(tokens == ["Paris"])
  }
}
