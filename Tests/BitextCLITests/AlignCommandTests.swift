import Foundation
import Testing

@Suite struct AlignCommandTests {
  let french = """
    Le chat dort sur le canapé. Il fait beau aujourd'hui.

    Marie achète 3 pommes au marché. Le marché ferme à midi.
    """
  let english = """
    The cat is sleeping on the sofa. The weather is nice today.

    Marie buys 3 apples at the market. The market closes at noon.
    """

  func write(_ text: String, _ name: String, in folder: URL) throws -> String {
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  @Test func printsBeadsFormat() throws {
    let folder = try temporaryDirectory()
    let result = try runBitext([
      "align", "--source-lang", "fr", "--target-lang", "en", "--lexicon", "none",
      try write(french, "fr.txt", in: folder), try write(english, "en.txt", in: folder),
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "[0]:[0]\n[1]:[1]\n[2]:[2]\n[3]:[3]\n")
  }

  @Test func writesTMXAtomicallyToAFile() throws {
    let folder = try temporaryDirectory()
    let out = folder.appendingPathComponent("corpus.tmx")
    let result = try runBitext([
      "align", "--source-lang", "fr", "--target-lang", "en", "--lexicon", "none", "--format", "tmx",
      "-o", out.path, try write(french, "fr.txt", in: folder),
      try write(english, "en.txt", in: folder),
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let tmx = try String(contentsOf: out, encoding: .utf8)
    #expect(
      tmx.contains(
        "<tuv xml:lang=\"fr\"><prop type=\"x-block\">0 p line 1</prop><seg>Le chat dort sur le canapé.</seg></tuv>"
      ))
    #expect(tmx.components(separatedBy: "<tu>").count - 1 == 4)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(Set(leftovers) == ["fr.txt", "en.txt", "corpus.tmx"])
  }

  @Test func presegmentedInputIsOneSentencePerLine() throws {
    let folder = try temporaryDirectory()
    let result = try runBitext([
      "align", "--source-lang", "fr", "--target-lang", "en", "--lexicon", "none", "--presegmented",
      "--format", "tsv", try write("Un. Deux.\nTrois.\n", "fr.txt", in: folder),
      try write("One. Two.\nThree.\n", "en.txt", in: folder),
    ])
    let rows = result.stdout.split(separator: "\n")
    #expect(rows.count == 2)
    #expect(rows.first?.hasPrefix("Un. Deux.\tOne. Two.\t") == true)
  }

  @Test func emptySideWarnsAndLeavesTheOtherUnaligned() throws {
    let folder = try temporaryDirectory()
    let result = try runBitext([
      "align", "--source-lang", "fr", "--target-lang", "en", "--lexicon", "none",
      try write(french, "fr.txt", in: folder), try write("", "en.txt", in: folder),
    ])
    #expect(result.status == 0)
    #expect(result.stderr.contains("no sentences"))
    #expect(result.stdout == "[0]:[]\n[1]:[]\n[2]:[]\n[3]:[]\n")
  }

  @Test func extremeRatioStillAlignsWithAWarning() throws {
    let folder = try temporaryDirectory()
    let many = (1...12).map { "Phrase numéro \($0) du texte." }.joined(separator: " ")
    let result = try runBitext([
      "align", "--source-lang", "fr", "--target-lang", "en", "--lexicon", "none",
      try write(many, "fr.txt", in: folder), try write("One sentence.", "en.txt", in: folder),
    ])
    #expect(result.status == 0)
    #expect(result.stderr.contains("10:1"))
    let covered = result.stdout.split(separator: "\n").count
    #expect(covered >= 1)
  }

  @Test func invalidUTF8NamesTheFileAndOffset() throws {
    let folder = try temporaryDirectory()
    let bad = folder.appendingPathComponent("bad.txt")
    try Data([0x41, 0x42, 0x43, 0xFF]).write(to: bad)
    let result = try runBitext([
      "align", "--source-lang", "fr", "--target-lang", "en", "--lexicon", "none", bad.path,
      try write(english, "en.txt", in: folder),
    ])
    #expect(result.status != 0)
    #expect(result.stderr.contains("bad.txt"))
    #expect(result.stderr.contains("byte offset 3"))
  }

  @Test func unknownFormatListsTheFormats() throws {
    let result = try runBitext([
      "align", "--source-lang", "fr", "--target-lang", "en", "--format", "docx", "a", "b",
    ])
    #expect(result.status != 0)
    #expect(result.stderr.contains("tmx, tsv, moses, jsonl, beads"))
  }
}

/// `-o` through symbolic links and into folders, and inputs that are not regular files.
@Suite struct AlignCommandFilesTests {
  let french = "Le chat dort sur le canapé. Il fait beau aujourd'hui.\n"
  let english = "The cat is sleeping on the sofa. The weather is nice today.\n"

  func write(_ text: String, _ name: String, in folder: URL) throws -> String {
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  func align(_ arguments: [String], stdin: Data? = nil) throws -> CLIResult {
    try runBitext(
      ["align", "--source-lang", "fr", "--target-lang", "en", "--lexicon", "none"] + arguments,
      stdin: stdin)
  }

  @Test func anOutputLinkIsReplacedAndItsTargetInAnotherFolderKept() throws {
    let folder = try temporaryDirectory()
    let elsewhere = try temporaryDirectory()
    let theirs = try write("theirs\n", "file.txt", in: elsewhere)
    let link = folder.appendingPathComponent("out.tsv").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: theirs)
    let result = try align([
      "--format", "tsv", "-o", link, try write(french, "fr.txt", in: folder),
      try write(english, "en.txt", in: folder),
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try String(contentsOfFile: theirs, encoding: .utf8) == "theirs\n")
    #expect(try String(contentsOfFile: link, encoding: .utf8).hasPrefix("Le chat dort"))
    let type = try FileManager.default.attributesOfItem(atPath: link)[.type]
    #expect(type as? FileAttributeType == .typeRegular)
  }

  @Test func mosesIntoAFolderWritesCorpusFilesInsideIt() throws {
    let folder = try temporaryDirectory()
    let source = try write(french, "fr.txt", in: folder)
    let target = try write(english, "en.txt", in: folder)
    let out = folder.appendingPathComponent("out").path
    for path in [out + "/", out] {
      let result = try align(["--format", "moses", "-o", path, source, target])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(
        try FileManager.default.contentsOfDirectory(atPath: out).sorted() == [
          "corpus.en", "corpus.fr",
        ])
      #expect(!FileManager.default.fileExists(atPath: out + ".fr"))
    }
  }

  @Test func aFIFOIsReadAsTheSource() throws {
    let folder = try temporaryDirectory()
    let fifo = folder.appendingPathComponent("fr.fifo").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let writer = Process()
    writer.executableURL = URL(fileURLWithPath: "/bin/sh")
    writer.arguments = ["-c", "cat \"$1\" > \"$0\"", fifo, try write(french, "fr.txt", in: folder)]
    try writer.run()
    let result = try align([fifo, try write(english, "en.txt", in: folder)])
    writer.waitUntilExit()
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "[0]:[0]\n[1]:[1]\n")
  }

  @Test func devStdinIsRead() throws {
    let folder = try temporaryDirectory()
    let result = try align(
      ["/dev/stdin", try write(english, "en.txt", in: folder)], stdin: Data(french.utf8))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "[0]:[0]\n[1]:[1]\n")
  }

  @Test func devNullIsAnEmptyText() throws {
    let folder = try temporaryDirectory()
    let result = try align(["/dev/null", try write(english, "en.txt", in: folder)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "[]:[0]\n[]:[1]\n")
  }

  @Test func devZeroIsRefusedNamingTheFile() throws {
    let folder = try temporaryDirectory()
    let result = try align(["/dev/zero", try write(english, "en.txt", in: folder)])
    #expect(result.status != 0)
    #expect(result.stderr.contains("/dev/zero:1: binary data"))
  }
}
