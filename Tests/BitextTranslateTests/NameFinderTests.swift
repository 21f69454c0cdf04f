import Testing

@testable import BitextTranslate

@Suite struct NameFinderTests {
  let finder = NameFinder(language: "fr")

  @Test func capitalizedInsideASentenceAndNeverLowercaseIsAName() {
    let lines = [
      "Candide aimait la baronne.", "Le jeune Candide partit.", "Il parla des Affaires.",
      "Les affaires allaient bien.", "Personne ne vint.",
    ]
    let names = finder.names(in: lines, isUnknownName: nil)
    #expect(names.contains("Candide"))
    #expect(!names.contains("Affaires"))  // "affaires" is written in lower case too
    #expect(!names.contains("Personne"))  // only at the start of a sentence
    #expect(!names.contains("Le"))
  }

  @Test func aCapitalizedWordTheLexiconDoesNotKnowIsANameAnywhere() {
    let names = finder.names(
      in: ["Loukachenko a parlé.", "A la fin."], isUnknownName: { $0 == "Loukachenko" })
    #expect(names == ["Loukachenko"])
  }
}
