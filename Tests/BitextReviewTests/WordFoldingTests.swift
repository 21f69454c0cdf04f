import Testing

@testable import BitextReview

@Suite struct WordFoldingTests {
  @Test func foldsCaseDiacriticsAndPossessives() {
    #expect(WordFolding.fold("Cunégonde's") == "cunegonde")
    #expect(WordFolding.fold("Putin’s") == "putin")
    #expect(WordFolding.fold("ÉTÉ") == "ete")
    #expect(WordFolding.fold("MOSCOW") == "moscow")
    // A stem of one letter keeps the ending.
    #expect(WordFolding.fold("X's") == "x's")
    #expect(WordFolding.fold("X’s") == "x’s")
    #expect(WordFolding.fold("Al's") == "al")
  }

  @Test func hyphenatedWordsHaveTheirParts() {
    #expect(WordFolding.forms("Jean-Baptiste") == ["Jean-Baptiste", "Jean", "Baptiste"])
    #expect(WordFolding.forms("Paris") == ["Paris"])
    // Parts of one letter do not count.
    #expect(WordFolding.forms("X-ray") == ["X-ray"])
  }

  @Test func prefixesAndEditDistances() {
    #expect(WordFolding.commonPrefixLength("poutine", "putin") == 1)
    #expect(WordFolding.commonPrefixLength("lisbon", "lisbonne") == 6)
    #expect(WordFolding.isWithinEditDistance("poutine", "putin", limit: 2))
    #expect(WordFolding.isWithinEditDistance("kiev", "kyiv", limit: 2))
    #expect(!WordFolding.isWithinEditDistance("kiev", "kyiv", limit: 1))
    #expect(!WordFolding.isWithinEditDistance("paris", "london", limit: 2))
    #expect(WordFolding.isWithinEditDistance("", "ab", limit: 2))
    #expect(!WordFolding.isWithinEditDistance("abc", "", limit: 2))
  }
}
