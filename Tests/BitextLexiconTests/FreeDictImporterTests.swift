import BitextTestSupport
import Foundation
import Testing

@testable import BitextLexicon

@Suite struct FreeDictImporterTests {
  func install(_ name: String, _ articles: [(String, String)], in directory: URL) throws {
    let fixture = Fixtures.dictd(articles)
    try TestFiles.write(fixture.index, to: "freedict-\(name).index", in: directory)
    try TestFiles.write(fixture.dict, to: "freedict-\(name).dict", in: directory)
  }

  @Test func importsForwardAndReverseDictionaries() throws {
    let directory = try TestFiles.temporaryDirectory()
    try install(
      "fra-eng",
      [("maison", "maison <n>\n1. house\n2. home\n"), ("chat", "chat <n>\ncat\n")], in: directory)
    try install(
      "eng-fra", [("dog", "dog <n>\nchien\n"), ("house", "house <n>\nmaison\n")], in: directory)
    let result = try FreeDictImporter(dictionaryDirectory: directory.path)
      .importPair(source: "fr", target: "en")
    #expect(result.pairsRead == ["fra-eng", "eng-fra"])
    #expect(result.lexicon.sourceLanguage == "fr")
    #expect(result.lexicon.targetLanguage == "en")
    #expect(result.lexicon.translations(of: "chien").map(\.target) == ["dog"])
    #expect(
      result.lexicon.translations(of: "maison").map { "\($0.target) \($0.weight)" }
        == ["house 1.0", "home 0.8"])
    #expect(result.lexicon.count == 4)
  }

  @Test func missingDictionaryNamesTheDebianPackage() throws {
    let directory = try TestFiles.temporaryDirectory()
    #expect(throws: LexiconError.self) {
      try FreeDictImporter(dictionaryDirectory: directory.path).importPair(
        source: "fra", target: "eng")
    }
    do {
      _ = try FreeDictImporter(dictionaryDirectory: directory.path).importPair(
        source: "fra", target: "eng")
    } catch {
      #expect(error.description.contains("apt-get install dict-freedict-fra-eng"))
    }
  }

  @Test func missingReverseIsNotedNotFatal() throws {
    let directory = try TestFiles.temporaryDirectory()
    try install("deu-fra", [("Hund", "Hund <n>\nchien\nein Haustier\n")], in: directory)
    let result = try FreeDictImporter(dictionaryDirectory: directory.path)
      .importPair(source: "deu", target: "fra")
    #expect(result.pairsMissing == ["fra-deu"])
    #expect(result.lexicon.translations(of: "Hund").map(\.target) == ["chien"])
  }

  @Test func parsesPairNames() throws {
    #expect(try FreeDictImporter.parsePair("fra-eng") == ("fra", "eng"))
    #expect(try FreeDictImporter.parsePair("fr-en") == ("fra", "eng"))
    #expect(throws: LexiconError.self) { try FreeDictImporter.parsePair("fraeng") }
    #expect(throws: LexiconError.self) { try FreeDictImporter.parsePair("xx-en") }
    #expect(try FreeDictImporter.parsePair("fre-ger") == ("fra", "deu"))
    #expect(
      LexiconError.unknownLanguage("xx").description.contains("fra-eng, fr-en"))
  }

  @Test func senseWeightsDecrease() {
    #expect(FreeDictImporter.senseWeight(1) == 1)
    #expect(FreeDictImporter.senseWeight(2) < 1)
    #expect(FreeDictImporter.senseWeight(100) == 0.25)
  }
}
