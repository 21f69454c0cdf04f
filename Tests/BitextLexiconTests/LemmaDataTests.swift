import Foundation
import Testing

@testable import BitextLexicon

@Suite struct LemmaDataTests {
  /// The embedded data must equal the files in Dictionaries/lemmas (run
  /// `Dictionaries/generate-embedded.sh` after editing them), and parse without error.
  @Test func embeddedDataMatchesDictionaries() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let folder = root.appendingPathComponent("Dictionaries/lemmas")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    #expect(files.map { String($0.dropLast(4)) } == LemmaData.embeddedData.keys.sorted())
    for file in files {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      #expect(LemmaData.embeddedData[String(file.dropLast(4))] == text, "\(file) differs")
      #expect(throws: Never.self, "\(file)") { try LemmaData.parse(text) }
    }
    #expect(LemmaData.embedded.keys.sorted() == LemmaData.embeddedData.keys.sorted())
  }

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
      """)
    #expect(data.elisionExpansions == ["l": "le"])
    #expect(data.irregularForms.map(\.lemma) == ["être", "avoir", "non", "ne"])
    #expect(data.irregularForms.first?.forms == ["est", "sont", "était"])
    #expect(data.irregularLemmas["était"] == ["être"])
    #expect(data.irregularLemmas["ne"] == ["non", "ne"])
    #expect(data.pluralEndings.map { "\($0.plural)>\($0.singular)" } == ["aux>al", "s>"])
    #expect(data.functionWords == ["le", "la", "de"])
  }

  @Test func rejectsMalformedLines() {
    #expect(throws: LemmaDataError(line: 2, message: "expected 'lemma: form form …'")) {
      try LemmaData.parse("[irregular-forms]\nêtre est sont\n")
    }
    #expect(throws: LemmaDataError.self) { try LemmaData.parse("[elisions]\nl\n") }
    #expect(throws: LemmaDataError.self) { try LemmaData.parse("[plural-endings]\na b c\n") }
  }

  @Test func tablesAreByLanguage() {
    #expect(LemmaData.elisionExpansions["fr"]?["qu"] == "que")
    #expect(LemmaData.irregularLemmas["fr"]?["des"] == ["de"])
    #expect(LemmaData.functionWords["de"]?.contains("und") == true)
    #expect(LemmaData.pluralEndings["en"]?.first.map { "\($0.0)>\($0.1)" } == "ies>y")
  }
}
