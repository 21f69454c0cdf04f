import BitextText
import Testing

@testable import BitextLexicon

@Suite struct LemmaDataTests {
  @Test func parsesSections() throws {
    let data = try LemmaData.parse(
      """
      # comment
      [elisions]
      l le  # article
      [irregular-forms]
      être: est sont
      être: était
      avoir: a
      non: ne
      ne: ne
      [plural-endings]
      aux al
      s
      [function-words]
      le la
      de
      [unknown]
      anything at all
      """, file: "test")
    #expect(data.elisionExpansions == ["l": "le"])
    #expect(data.irregularForms.map(\.lemma) == ["être", "avoir", "non", "ne"])
    #expect(data.irregularForms.first?.forms == ["est", "sont", "était"])
    #expect(data.irregularLemmas["était"] == ["être"])
    #expect(data.irregularLemmas["ne"] == ["non", "ne"])
    #expect(data.pluralEndings.map { "\($0.plural)>\($0.singular)" } == ["aux>al", "s>"])
    #expect(data.functionWords == ["le", "la", "de"])
  }

  @Test func rejectsMalformedLines() {
    #expect(throws: LineIssue(file: "test", line: 2, message: "expected 'lemma: form form …'")) {
      try LemmaData.parse("[irregular-forms]\nêtre est sont\n", file: "test")
    }
    #expect(throws: LineIssue.self) { try LemmaData.parse("[elisions]\nl\n", file: "test") }
    #expect(throws: LineIssue.self) {
      try LemmaData.parse("[plural-endings]\na b c\n", file: "test")
    }
  }

  @Test func tablesAreByLanguage() {
    #expect(LemmaData.elisionExpansions["fr"]?["qu"] == "que")
    #expect(LemmaData.irregularLemmas["fr"]?["des"] == ["de"])
    #expect(LemmaData.functionWords["de"]?.contains("und") == true)
    #expect(LemmaData.pluralEndings["en"]?.first.map { "\($0.0)>\($0.1)" } == "ies>y")
  }
}
