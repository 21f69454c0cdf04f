import BitextTestSupport
import Foundation
import Testing

@testable import BitextLexicon

@Suite struct LexiconStoreTests {
  @Test func defaultDirectoryFollowsEnvironment() {
    #expect(
      LexiconStore.defaultDirectory(environment: ["BITEXT_LEXICON_DIR": "/x/lex"]) == "/x/lex")
    #expect(
      LexiconStore.defaultDirectory(environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"])
        == "/d/bitext/lexicons")
    #expect(
      LexiconStore.defaultDirectory(environment: ["HOME": "/h"])
        == "/h/.local/share/bitext/lexicons")
  }

  @Test func savesAtomicallyAndLoadsBothDirections() throws {
    let directory = try TestFiles.temporaryDirectory()
    let store = LexiconStore(directory: directory.appendingPathComponent("new/sub").path)
    #expect(try store.load(source: "fr", target: "en") == nil)
    let imported = Lexicon(
      sourceLanguage: "fr", targetLanguage: "en",
      entries: [LexiconEntry(source: "maison", target: "house", provenance: "freedict")])
    let saved = try store.save(imported, name: "freedict", header: ["test"])
    #expect(saved.path.hasSuffix("/fr-en.freedict.tsv"))
    try TestFiles.write(
      "# mine\ncat\tchat\t0.5\nbad line\n", to: "en-fr.glossary.tsv",
      in: URL(fileURLWithPath: store.directory))
    let loaded = try #require(try store.load(source: "fra", target: "eng"))
    #expect(loaded.files.map(\.name) == ["freedict", "glossary"])
    #expect(loaded.files.map(\.isReversed) == [false, true])
    #expect(loaded.issues.map(\.line) == [3])
    #expect(loaded.lexicon.translations(of: "chat").map(\.target) == ["cat"])
    #expect(loaded.lexicon.translations(of: "chat").first?.provenance == "glossary")
    #expect(loaded.lexicon.translations(of: "maison").first?.provenance == "freedict")
    let names = try FileManager.default.contentsOfDirectory(atPath: store.directory).sorted()
    #expect(names == ["en-fr.glossary.tsv", "fr-en.freedict.tsv"])
  }

  @Test(arguments: [
    "a\nb", "", ".hidden", "-n", "../up", "a/b", "tab\tname", String(repeating: "x", count: 101),
  ])
  func badNamesAreRefusedAndNothingIsWritten(name: String) throws {
    let directory = try TestFiles.temporaryDirectory()
    let store = LexiconStore(directory: directory.path)
    #expect(LexiconStore.nameProblem(name) != nil)
    let lexicon = Lexicon(
      sourceLanguage: "fr", targetLanguage: "en",
      entries: [LexiconEntry(source: "maison", target: "house", provenance: "t")])
    #expect(throws: LexiconError.self) { try store.save(lexicon, name: name) }
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
  }

  @Test(arguments: ["freedict", "my-glossary_2", "eu.law+v2", "glossaire-été"])
  func plainNamesAreAccepted(name: String) {
    #expect(LexiconStore.nameProblem(name) == nil)
  }

  @Test func anEmptyLexiconIsNeverInstalled() throws {
    let directory = try TestFiles.temporaryDirectory()
    let store = LexiconStore(directory: directory.path)
    #expect(throws: LexiconError.empty(path: store.path(source: "fr", target: "en", name: "g"))) {
      try store.save(Lexicon(sourceLanguage: "fr", targetLanguage: "en"), name: "g")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
  }

  @Test func aDirectoryThatIsAFileIsAnError() throws {
    let directory = try TestFiles.temporaryDirectory()
    try TestFiles.write("not a folder\n", to: "lexicons", in: directory)
    let store = LexiconStore(directory: directory.appendingPathComponent("lexicons").path)
    #expect(throws: LexiconError.self) { try store.load(source: "fr", target: "en") }
  }
}
