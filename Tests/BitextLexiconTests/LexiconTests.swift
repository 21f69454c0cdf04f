import Testing

@testable import BitextLexicon

@Suite struct LexiconTests {
  @Test func addKeepsLargerWeightPerProvenance() {
    var lexicon = Lexicon(sourceLanguage: "fr", targetLanguage: "en")
    lexicon.add(LexiconEntry(source: "maison", target: "house", weight: 0.5, provenance: "a"))
    lexicon.add(LexiconEntry(source: "maison", target: "house", weight: 0.9, provenance: "a"))
    lexicon.add(LexiconEntry(source: "maison", target: "house", weight: 0.2, provenance: "b"))
    lexicon.add(LexiconEntry(source: "maison", target: "home", weight: 0.7, provenance: "a"))
    #expect(lexicon.count == 3)
    #expect(lexicon.translations(of: "maison").map(\.target) == ["house", "home", "house"])
    #expect(lexicon.translations(of: "maison").map(\.weight) == [0.9, 0.7, 0.2])
    #expect(lexicon.provenances == ["a", "b"])
  }

  @Test func ignoresEmptyAndNonPositiveEntries() {
    var lexicon = Lexicon(sourceLanguage: "fr", targetLanguage: "en")
    lexicon.add(LexiconEntry(source: "", target: "x", provenance: "p"))
    lexicon.add(LexiconEntry(source: "x", target: "", provenance: "p"))
    lexicon.add(LexiconEntry(source: "x", target: "y", weight: 0, provenance: "p"))
    lexicon.add(LexiconEntry(source: "x", target: "y", weight: .nan, provenance: "p"))
    #expect(lexicon.isEmpty)
  }

  @Test func reversedSwapsSidesAndLanguages() {
    let lexicon = Lexicon(
      sourceLanguage: "fr", targetLanguage: "en",
      entries: [
        LexiconEntry(source: "chat", target: "cat", weight: 1, provenance: "p"),
        LexiconEntry(source: "matou", target: "cat", weight: 0.5, provenance: "p"),
      ])
    let reversed = lexicon.reversed()
    #expect(reversed.sourceLanguage == "en")
    #expect(reversed.targetLanguage == "fr")
    #expect(reversed.translations(of: "cat").map(\.target) == ["chat", "matou"])
    #expect(reversed.reversed() == lexicon)
  }

  @Test func entriesAreSortedDeterministically() {
    let a = Lexicon(
      sourceLanguage: "fr", targetLanguage: "en",
      entries: [
        LexiconEntry(source: "b", target: "y", provenance: "p"),
        LexiconEntry(source: "a", target: "z", weight: 0.5, provenance: "p"),
        LexiconEntry(source: "a", target: "x", provenance: "p"),
      ])
    #expect(a.entries.map { "\($0.source)>\($0.target)" } == ["a>x", "a>z", "b>y"])
    #expect(a.sourceHeadwords == ["a", "b"])
  }
}
