import Bitext
import Foundation
import Testing

@testable import BitextCLI

@Suite struct DictCommandTests {
  func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("bitext-dict-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func learnWritesAnInducedLexicon() throws {
    let directory = try temporaryDirectory()
    let aligned = directory.appendingPathComponent("pairs.tsv")
    let corpus = [
      "La maison.\tThe house.", "La fleur.\tThe flower.", "Une maison bleue.\tA blue house.",
      "La fleur bleue.\tThe blue flower.", "Une fleur.\tA flower.",
      "La maison bleue.\tThe blue house.",
    ]
    try Data(corpus.joined(separator: "\n").utf8).write(to: aligned)
    let output = directory.appendingPathComponent("out.tsv")
    let command = try DictCommand.Learn.parse([
      "--source-lang", "fr", "--target-lang", "en", aligned.path, "-o", output.path,
      "--iterations", "20", "--min-probability", "0.3", "--max-per-word", "1",
    ])
    try command.run()
    let text = try String(contentsOf: output, encoding: .utf8)
    let lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
    let pairs = Set(lines.map { $0.split(separator: "\t").prefix(2).joined(separator: ">") })
    #expect(pairs.contains("maison>house"))
    #expect(pairs.contains("fleur>flower"))
    #expect(pairs.contains("bleue>blue"))
    #expect(!pairs.contains("maison>flower"))
    // deterministic: the same input gives the same bytes
    try command.run()
    #expect(try String(contentsOf: output, encoding: .utf8) == text)
  }

  @Test func learnReadsTMXAndStoresTheLexiconWhereAutoFindsIt() throws {
    let directory = try temporaryDirectory()
    let pairs = [
      ("La maison.", "The house."), ("La fleur.", "The flower."),
      ("Une maison bleue.", "A blue house."), ("La fleur bleue.", "The blue flower."),
      ("Une fleur.", "A flower."), ("La maison bleue.", "The blue house."),
    ]
    var tmx = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
    tmx += "<header srclang=\"fr-CA\" datatype=\"plaintext\" segtype=\"sentence\""
    tmx += " adminlang=\"en\" creationtool=\"t\" creationtoolversion=\"1\" o-tmf=\"t\"/>\n<body>\n"
    for (french, english) in pairs {
      tmx += "<tu><tuv xml:lang=\"fr-CA\"><seg>\(french)</seg></tuv>"
      tmx += "<tuv xml:lang=\"en\"><seg>\(english)</seg></tuv></tu>\n"
    }
    tmx += "</body>\n</tmx>\n"
    let corpus = directory.appendingPathComponent("corpus.tmx")
    try Data(tmx.utf8).write(to: corpus)
    let store = directory.appendingPathComponent("lexicons")
    try DictCommand.Learn.parse([
      "--source-lang", "fr-CA", "--target-lang", "en", corpus.path, "--lexicon-dir", store.path,
      "--iterations", "20", "--min-probability", "0.3", "--max-per-word", "1",
    ]).run()
    let loaded = try LexiconStore(directory: store.path).load(source: "fra", target: "en")
    let entries = Set((loaded?.lexicon.entries ?? []).map { "\($0.source)>\($0.target)" })
    #expect(entries.contains("maison>house"))
    #expect(loaded?.files.map(\.name) == ["induced"])
  }

  @Test func importReadsFreeDictFilesIntoTheLexiconDirectory() throws {
    let directory = try temporaryDirectory()
    let dictd = directory.appendingPathComponent("dictd")
    try FileManager.default.createDirectory(at: dictd, withIntermediateDirectories: true)
    let article = "maison <n>\n1. house\n2. home\n"
    try Data(article.utf8).write(to: dictd.appendingPathComponent("freedict-fra-eng.dict"))
    // dictd lengths are base64 digits; the article is shorter than 64 bytes: one digit
    let digits = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    try Data("maison\tA\t\(digits[article.utf8.count])\nbad\n".utf8).write(
      to: dictd.appendingPathComponent("freedict-fra-eng.index"))
    let store = directory.appendingPathComponent("lexicons")
    let command = try DictCommand.Import.parse([
      "freedict", "fra-eng", "--dictionary-dir", dictd.path, "--lexicon-dir", store.path,
    ])
    try command.run()
    let text = try String(
      contentsOf: store.appendingPathComponent("fr-en.freedict.tsv"), encoding: .utf8)
    #expect(text.contains("maison\thouse\t1\n"))
    #expect(text.contains("maison\thome\t0.8\n"))
    #expect(text.hasPrefix("# "))
  }

  @Test func importOfAMissingPackageFails() throws {
    let directory = try temporaryDirectory()
    let command = try DictCommand.Import.parse([
      "freedict", "fra-eng", "--dictionary-dir", directory.path, "--lexicon-dir", directory.path,
    ])
    #expect(throws: (any Error).self) { try command.run() }
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
  }
}
