import Testing

@testable import BitextLexicon

@Suite struct LexiconTSVTests {
  @Test func parsesEntriesCommentsAndDefaults() {
    let text = """
      # my glossary
      maison\thouse
      pomme de terre\tpotato\t0.8

      chat\tcat\t0.5\tvet-notes\r
      """
    let result = LexiconTSV.parse(text, file: "g.tsv", provenance: "glossary")
    #expect(result.issues.isEmpty)
    #expect(
      result.entries == [
        LexiconEntry(source: "maison", target: "house", weight: 1, provenance: "glossary"),
        LexiconEntry(
          source: "pomme de terre", target: "potato", weight: 0.8, provenance: "glossary"),
        LexiconEntry(source: "chat", target: "cat", weight: 0.5, provenance: "vet-notes"),
      ])
  }

  @Test func reportsMalformedLinesAndKeepsTheRest() {
    let text = "ok\tfine\nno tab here\n\tempty\nx\ty\tabc\nx\ty\t-1\na\tb\tc\td\te\nlast\tone\n"
    let result = LexiconTSV.parse(text, file: "bad.tsv", provenance: "p")
    #expect(result.entries.map(\.source) == ["ok", "last"])
    #expect(result.issues.map(\.line) == [2, 3, 4, 5, 6])
    #expect(result.issues.allSatisfy { $0.file == "bad.tsv" })
    #expect(result.issues[0].description.hasPrefix("bad.tsv:2: "))
  }

  /// What is read is what serializing writes back (cases found by fuzzing): an indented `#`
  /// line is a comment both ways, and a headword of white space alone is empty.
  @Test func indentedCommentsAndBlankHeadwordsReadAsTheyWouldBeWritten() {
    let result = LexiconTSV.parse(
      " #x\tdog\n\r\tcat\n\u{A0}chien\u{A0}\tdog\n", file: "g.tsv", provenance: "p")
    #expect(result.entries.map(\.source) == ["chien"])
    #expect(result.issues.map(\.line) == [2])
    let again = LexiconTSV.parse(
      LexiconTSV.serialize(
        Lexicon(sourceLanguage: "fr", targetLanguage: "en", entries: result.entries), header: [],
        defaultProvenance: "p"), file: "g.tsv", provenance: "p")
    #expect(again.entries == result.entries)
  }

  @Test func serializeRoundTripsAndIsStable() {
    let lexicon = Lexicon(
      sourceLanguage: "fr", targetLanguage: "en",
      entries: [
        LexiconEntry(source: "chat", target: "cat", weight: 1.0 / 3, provenance: "induced"),
        LexiconEntry(source: "chat", target: "tomcat", weight: 0.25, provenance: "glossary"),
        LexiconEntry(source: "avoir", target: "have", weight: 1, provenance: "induced"),
      ])
    let text = LexiconTSV.serialize(lexicon, header: ["test"], defaultProvenance: "induced")
    #expect(
      text == "# test\navoir\thave\t1\nchat\tcat\t0.333333\nchat\ttomcat\t0.25\tglossary\n")
    let back = LexiconTSV.parse(text, file: "t", provenance: "induced")
    #expect(back.issues.isEmpty)
    #expect(back.entries.map(\.provenance) == ["induced", "induced", "glossary"])
    let reread = Lexicon(sourceLanguage: "fr", targetLanguage: "en", entries: back.entries)
    #expect(LexiconTSV.serialize(reread, header: ["test"], defaultProvenance: "induced") == text)
  }

  @Test func formatsWeights() {
    #expect(LexiconTSV.format(1) == "1")
    #expect(LexiconTSV.format(0.5) == "0.5")
    #expect(LexiconTSV.format(0.123456789) == "0.123457")
  }

  @Test func tinyWeightsAreWrittenSoThatTheyReadBack() {
    // Found by fuzzing: "1e-300" was read, then written as "0", which the reader refuses.
    #expect(LexiconTSV.format(1e-300) == "1e-300")
    #expect(LexiconTSV.format(1e-16) == "1e-16")
    let text = "n\tht5\t1e-300\n"
    let first = LexiconTSV.parse(text, file: "in", provenance: "in")
    let written = LexiconTSV.serialize(
      Lexicon(sourceLanguage: "fr", targetLanguage: "en", entries: first.entries),
      defaultProvenance: "in")
    let again = LexiconTSV.parse(written, file: "out", provenance: "in")
    #expect(again.issues.isEmpty)
    #expect(again.entries == first.entries)
  }
}
