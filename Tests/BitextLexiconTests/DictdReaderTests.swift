import BitextTestSupport
import Foundation
import Testing

@testable import BitextLexicon

@Suite struct DictdReaderTests {
  let reader = DictdReader()

  @Test func decodesBase64Numbers() {
    #expect(DictdReader.base64Number("A") == 0)
    #expect(DictdReader.base64Number("B") == 1)
    #expect(DictdReader.base64Number("BA") == 64)
    #expect(DictdReader.base64Number("IT7") == 8 * 4096 + 19 * 64 + 59)
    #expect(DictdReader.base64Number("a-b") == nil)
    #expect(DictdReader.base64Number("") == nil)
  }

  @Test func parsesNumberedSenses() {
    let entry = reader.parseArticle(
      "abattre /abatʀ/ <v>\n1. butcher, slaughter\n2. cut off (fig.)\n3. break down; pull down\n")
    #expect(entry?.headword == "abattre")
    #expect(
      entry?.senses == [["butcher", "slaughter"], ["cut off"], ["break down", "pull down"]])
  }

  @Test func parsesMultiWordHeadwordAndSingleSense() {
    let entry = reader.parseArticle("Amérique du Nord /ameʀikdynɔʀ/ <n>\nNorth America\n")
    #expect(entry == DictdEntry(headword: "Amérique du Nord", senses: [["North America"]]))
  }

  @Test func skipsDefinitionsExamplesAndGluedSenseNumbers() {
    let text = """
      Este /ˈeːstə/ <n, masc>
      Estonien 2.
      Staatsbürger von Estland
       3.
      Person estnischer Abstammung
      2. Esthonien, "Balte"
      Erklärung, die keine Übersetzung ist
      """
    #expect(reader.parseArticle(text)?.senses == [["Estonien"], ["Esthonien", "Balte"]])
    let falloir = "falloir /falwaʀ/ <v>\n1.\n      \"Il faut\"\n We need\n\n2. must\n"
    #expect(reader.parseArticle(falloir)?.senses == [["must"]])
  }

  @Test func dropsOverlongExplanations() {
    let entry = reader.parseArticle(
      "verlan <n>\n1. back-slang, slang formed by reversing the syllables of words\n")
    #expect(entry?.senses == [["back-slang"]])
    #expect(reader.parseArticle("vide <n>\n") == nil)
  }

  @Test func readsIndexAndReportsBadLines() {
    let fixture = Fixtures.dictd([
      ("chat", "chat /ʃa/ <n>\ncat\n"),
      ("chien", "chien <n>\n1. dog\n2. hound\n"),
    ])
    let index =
      fixture.index + "broken line without tabs\nmoineau\tB!\tC\nloin\tZZZZ\tB\nchat\tA\tB\n"
    let result = reader.read(
      index: index, indexName: "t.index", data: Array(fixture.dict.utf8), dataName: "t.dict")
    #expect(result.entries.map(\.headword) == ["chat", "chien"])
    #expect(result.entries[1].senses == [["dog"], ["hound"]])
    #expect(result.issues.map(\.line) == [4, 5, 6])
    #expect(result.issues.allSatisfy { $0.file == "t.index" })
  }

  @Test func readsGzipDataFile() throws {
    let directory = try TestFiles.temporaryDirectory()
    let index = try TestFiles.write("maison\tA\tN\n", to: "x.index", in: directory)
    let dictURL = directory.appendingPathComponent("x.dict.dz")
    try Data(Fixtures.gzipMaisonHouse).write(to: dictURL)
    let result = try reader.read(indexPath: index, dictPath: dictURL.path)
    #expect(result.entries == [DictdEntry(headword: "maison", senses: [["house"]])])
  }
}
