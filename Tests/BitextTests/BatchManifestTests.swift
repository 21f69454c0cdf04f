import Testing

@testable import Bitext

@Suite struct BatchManifestTests {
  @Test func parsesThreeAndFiveFieldLinesWithCommentsAndBlankLines() throws {
    let text = "# id\tsource\ttarget\n\na\tfr/a.txt\ten/a.txt\r\nb\t/abs/b.de\t/abs/b.en\tde\ten\n"
    let manifest = try BatchManifest.parse(
      text, baseDirectory: "/data/set", sourceLanguage: "fr", targetLanguage: "en")
    #expect(manifest.entries.map(\.id) == ["a", "b"])
    #expect(manifest.entries[0].sourcePath == "/data/set/fr/a.txt")
    #expect(manifest.entries[0].targetPath == "/data/set/en/a.txt")
    #expect(manifest.entries[0].line == 3)
    #expect(manifest.entries[0].sourceLanguage == "fr")
    #expect(manifest.entries[1].sourcePath == "/abs/b.de")
    #expect(manifest.entries[1].sourceLanguage == "de")
    #expect(manifest.entries[1].line == 4)
  }

  @Test func keepsRelativePathsWithoutABaseDirectory() throws {
    let manifest = try BatchManifest.parse(
      "a\tx.fr\ty.en\tfr\ten\n", baseDirectory: nil)
    #expect(manifest.entries[0].sourcePath == "x.fr")
  }

  @Test(arguments: ["a\tx.fr\n", "a\tx.fr\ty.en\tfr\n", "a\tx\ty\tfr\ten\textra\n"])
  func rejectsWrongFieldCountsNamingTheLine(line: String) {
    let text = "# header\n" + line
    #expect(throws: BatchManifestError.self) {
      try BatchManifest.parse(text, name: "m.tsv", sourceLanguage: "fr", targetLanguage: "en")
    }
    do {
      _ = try BatchManifest.parse(text, name: "m.tsv", sourceLanguage: "fr", targetLanguage: "en")
    } catch {
      #expect(error.line == 2)
      #expect(error.description.hasPrefix("m.tsv:2: "))
    }
  }

  @Test func rejectsDuplicateIDsNamingBothLines() {
    let text = "a\tx.fr\ty.en\nb\tx.fr\ty.en\na\tz.fr\tz.en\n"
    do {
      _ = try BatchManifest.parse(text, sourceLanguage: "fr", targetLanguage: "en")
      Issue.record("a duplicate id was accepted")
    } catch {
      #expect(error.line == 3)
      #expect(error.message.contains("duplicate id \"a\""))
      #expect(error.message.contains("line 1"))
    }
  }

  @Test(arguments: ["../x", ".hidden", "", "a\u{FEFF}b", "esc\u{1B}[1m", "zero\u{200B}width"])
  func rejectsIDsThatCannotNameAFile(id: String) {
    #expect(throws: BatchManifestError.self) {
      try BatchManifest.parse("\(id)\tx.fr\ty.en\tfr\ten\n")
    }
  }

  @Test func anIndentedHashLineIsAComment() throws {
    let manifest = try BatchManifest.parse(" #x\ta\tb\tfr\ten\ny\tc\td\tfr\ten\n")
    #expect(manifest.entries.map(\.id) == ["y"])
  }

  @Test func aLeadingByteOrderMarkIsNotPartOfTheFirstID() throws {
    let manifest = try BatchManifest.parse("\u{FEFF}doc1\tx.fr\ty.en\tfr\ten\n")
    #expect(manifest.entries.map(\.id) == ["doc1"])
  }

  @Test func threeFieldLinesNeedDefaultLanguages() {
    #expect(throws: BatchManifestError.self) { try BatchManifest.parse("a\tx.fr\ty.en\n") }
  }

  @Test func languageFieldsAreNormalisedAndUnknownOnesNamed() throws {
    let manifest = try BatchManifest.parse(
      "a\tx.fr\ty.en\tfr_ca\tENG\n", baseDirectory: "/d", sourceLanguage: nil,
      targetLanguage: nil)
    #expect(manifest.entries[0].sourceLanguage == "fr-CA")
    #expect(manifest.entries[0].targetLanguage == "en")
    let defaults = try BatchManifest.parse(
      "a\tx.fr\ty.en\n", baseDirectory: "/d", sourceLanguage: "fra", targetLanguage: "en_gb")
    #expect(defaults.entries[0].sourceLanguage == "fr")
    #expect(defaults.entries[0].targetLanguage == "en-GB")
    #expect {
      try BatchManifest.parse(
        "a\tx.fr\ty.en\tfrench\ten\n", name: "pairs.tsv", baseDirectory: "/d",
        sourceLanguage: nil, targetLanguage: nil)
    } throws: { error in
      "\(error)".hasPrefix("pairs.tsv:1: unknown language code 'french'")
    }
  }
}
