import Foundation
import Testing

@Suite struct TranslateCommandTests {
  /// A folder holding a small French → English lexicon file.
  func lexiconFile() throws -> (folder: URL, path: String) {
    let folder = try temporaryDirectory()
    let path = folder.appendingPathComponent("fr-en.test.tsv").path
    let rows = [
      "# test lexicon written for Bitext's tests", "force\tforce", "biélorusse\tBelarusian",
      "président\tpresident", "chat\tcat", "maison\thouse\t1", "maison\thome\t0.5",
      "pomme de terre\tpotato", "not a valid line",
    ]
    try Data(rows.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
    return (folder, path)
  }

  @Test func translatesOneLinePerLine() throws {
    let (folder, path) = try lexiconFile()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = "Les forces biélorusses\n\nle chat et la pomme de terre.\n"
    let result = try runBitext(
      ["translate", "--engine", "gloss", "--from", "fr", "--to", "en", "--lexicon", path, "-"],
      stdin: Data(input.utf8))
    #expect(result.status == 0)
    #expect(result.stdout == "The Belarusian forces\n\nThe cat and the potato.\n")
    #expect(result.stderr.contains("fr-en.test.tsv:9"))  // the malformed lexicon line is reported
  }

  @Test func aDocumentIsTranslatedBlockByBlock() throws {
    let (folder, path) = try lexiconFile()
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = folder.appendingPathComponent("page.html")
    try Data(
      "<html><body><h1>Le chat</h1><p>La maison\n du président.</p><nav>menu</nav></body></html>"
        .utf8
    ).write(to: page)
    let result = try runBitext([
      "translate", "--engine", "gloss", "--from", "fr", "--to", "en", "--lexicon", path, page.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "The cat\nThe house of the president.\n")
  }

  @Test func controlCharactersAndLineSeparatorsAreCleanedLineByLine() throws {
    let (folder, path) = try lexiconFile()
    defer { try? FileManager.default.removeItem(at: folder) }
    // A stray ESC in long text is not binary data: it is removed, as segment and align do.
    let input =
      String(repeating: "la maison\n", count: 100)
      + "le chat\u{1B}[31m\nle\u{2028}chat\u{85}et la maison\n"
    let result = try runBitext(
      ["translate", "--engine", "gloss", "--from", "fr", "--to", "en", "--lexicon", path, "-"],
      stdin: Data(input.utf8))
    #expect(result.status == 0)
    #expect(!result.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 103 && lines[102].isEmpty)
    #expect(lines[100].hasPrefix("The cat") && lines[101] == "The cat and the house")
  }

  @Test func jsonlReportsUnknownWords() throws {
    let (folder, path) = try lexiconFile()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("in.txt")
    try Data("le chat mange la souris\n".utf8).write(to: input)
    let result = try runBitext([
      "translate", "--engine", "gloss", "--from", "fr", "--to", "en", "--lexicon", path, "--format",
      "jsonl", input.path,
    ])
    #expect(result.status == 0)
    let object =
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    #expect(object?["source"] as? String == "le chat mange la souris")
    #expect(object?["translation"] as? String == "The cat mange the souris")
    #expect(object?["unknown"] as? [String] == ["mange", "souris"])
  }

  @Test func autoWithoutAnImportedLexiconNamesTheImportCommand() throws {
    let folder = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try runBitext(
      [
        "translate", "--engine", "gloss", "--from", "fr", "--to", "en", "--lexicon-dir",
        folder.path, "-",
      ],
      stdin: Data("le chat\n".utf8))
    #expect(result.status != 0)
    #expect(result.stderr.contains("bitext dict import freedict fra-eng"))
  }

  @Test func autoReadsTheLexiconDirectory() throws {
    let (folder, _) = try lexiconFile()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try runBitext(
      [
        "translate", "--engine", "gloss", "--from", "fr", "--to", "en", "--lexicon-dir",
        folder.path,
      ],
      stdin: Data("la maison\n".utf8))
    #expect(result.status == 0)
    #expect(result.stdout == "The house\n")
  }

  @Test func badInputFailsWithAClearError() throws {
    let (folder, path) = try lexiconFile()
    defer { try? FileManager.default.removeItem(at: folder) }
    let missing = try runBitext([
      "translate", "--engine", "gloss", "--from", "fr", "--to", "en", "--lexicon", path,
      "no-such-file.txt",
    ])
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("no-such-file.txt"))
    let invalid = try runBitext(
      ["translate", "--engine", "gloss", "--from", "fr", "--to", "en", "--lexicon", path],
      stdin: Data([0x6C, 0x65, 0x0A, 0x63, 0xFF, 0x0A]))
    #expect(invalid.status != 0)
    #expect(invalid.stderr.contains("<stdin>:2: invalid UTF-8"))
    #expect(invalid.stderr.contains("byte offset 4"))
    let noLexicon = try runBitext(
      ["translate", "--engine", "gloss", "--from", "fr", "--to", "en", "--lexicon", "missing.tsv"],
      stdin: Data("le chat\n".utf8))
    #expect(noLexicon.status != 0)
    #expect(noLexicon.stderr.contains("missing.tsv"))
  }

  @Test func outputIsDeterministic() throws {
    let (folder, path) = try lexiconFile()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = Data("Le président biélorusse et les chats, 300 000 maisons.\n".utf8)
    let arguments = [
      "translate", "--engine", "gloss", "--from", "fr", "--to", "en", "--lexicon", path, "--format",
      "jsonl",
    ]
    let first = try runBitext(arguments, stdin: input)
    let second = try runBitext(arguments, stdin: input)
    #expect(first.status == 0)
    #expect(first.stdout == second.stdout)
    #expect(first.stdout.contains("The Belarusian president and the cats, 300,000 houses."))
  }

  @Test func sourceAndTargetLangAreTheSpellingOfEveryCommand() throws {
    let (folder, path) = try lexiconFile()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try runBitext(
      [
        "translate", "--engine", "gloss", "--source-lang", "fr-CA", "--target-lang", "eng",
        "--lexicon", path,
      ],
      stdin: Data("le chat\n".utf8))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "The cat\n")
    let mixed = try runBitext(
      [
        "translate", "--engine", "gloss", "--source-lang", "fr", "--from", "fr", "--to", "en",
        "--lexicon", path,
      ],
      stdin: Data("le chat\n".utf8))
    #expect(mixed.status == 64)
    let help = try runBitext(["translate", "--help"])
    #expect(help.stdout.contains("--source-lang"))
    #expect(!help.stdout.contains("--from"))
  }
}
