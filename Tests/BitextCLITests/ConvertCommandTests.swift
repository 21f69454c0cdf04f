import BitextCorpus
import Foundation
import Testing

@testable import BitextCLI

@Suite struct ConvertCommandTests {
  /// A fresh directory with a small TSV corpus in it.
  func workspace() throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "bitext-convert-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let tsv =
      "Fish & <chips>\tPoisson & <frites>\t0.9\ntab\\there\tnew\\nline\t0.5\nonly source\t\t0\n"
    try Data(tsv.utf8).write(to: directory.appendingPathComponent("in.tsv"))
    return directory
  }

  func run(_ arguments: [String]) throws {
    let command = try ConvertCommand.parse(arguments)
    try command.validate()
    try command.run()
  }

  @Test func tsvToTMXToJSONLKeepsTexts() throws {
    let directory = try workspace()
    let tmx = directory.appendingPathComponent("out.tmx").path
    let jsonl = directory.appendingPathComponent("out.jsonl").path
    try run([
      directory.appendingPathComponent("in.tsv").path, "--to", "tmx", "-o", tmx, "--source-lang",
      "en", "--target-lang", "fr",
    ])
    try run([tmx, "--to", "jsonl", "-o", jsonl])
    let corpus = try CorpusReader().read(from: URL(fileURLWithPath: jsonl), format: .jsonl)
    #expect(corpus.sourceLanguage == "en" && corpus.targetLanguage == "fr")
    #expect(corpus.beads.map(\.sourceText) == ["Fish & <chips>", "tab\there", "only source"])
    #expect(corpus.beads.map(\.targetText) == ["Poisson & <frites>", "new\nline", ""])
    #expect(corpus.beads.map(\.score) == [0.9, 0.5, 0])
    let header = try String(contentsOfFile: tmx, encoding: .utf8)
    #expect(header.contains("creationtoolversion=\"\(BitextVersion.current)\""))
  }

  @Test func mosesWritesLanguageSuffixedFilesAndReadsThemBack() throws {
    let directory = try workspace()
    let prefix = directory.appendingPathComponent("corpus").path
    try run([
      directory.appendingPathComponent("in.tsv").path, "--to", "moses", "-o", prefix,
      "--source-lang", "en", "--target-lang", "fr",
    ])
    #expect(
      try String(contentsOfFile: prefix + ".fr", encoding: .utf8)
        == "Poisson & <frites>\nnew line\n\n")
    let tsv = directory.appendingPathComponent("back.tsv").path
    try run([
      prefix, "--from", "moses", "--source-lang", "en", "--target-lang", "fr", "--to", "tsv",
      "--no-score", "-o", tsv,
    ])
    #expect(
      try String(contentsOfFile: tsv, encoding: .utf8)
        == "Fish & <chips>\tPoisson & <frites>\ntab\\there\tnew line\nonly source\t\n")
  }

  @Test func unknownOutputFormatListsTheFormats() {
    #expect {
      _ = try ConvertCommand.parse(["in.tsv", "--to", "xlsx"])
    } throws: { error in
      let message = ConvertCommand.message(for: error)
      return CorpusFormat.allCases.allSatisfy { message.contains("'\($0.rawValue)'") }
    }
  }

  @Test func unknownInputExtensionAsksForFrom() throws {
    #expect {
      _ = try ConvertCommand.parse(["corpus.txt", "--to", "tsv"])
    } throws: { error in
      ConvertCommand.message(for: error).contains("--from")
    }
  }

  @Test func tmxOutputNeedsLanguages() throws {
    let directory = try workspace()
    #expect {
      try run([
        directory.appendingPathComponent("in.tsv").path, "--to", "tmx", "-o",
        directory.appendingPathComponent("x.tmx").path,
      ])
    } throws: { error in
      ConvertCommand.message(for: error).contains("--source-lang")
    }
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("x.tmx").path))
  }

  @Test func badRowsNameTheLineAndWriteNothing() throws {
    let directory = try workspace()
    let input = directory.appendingPathComponent("bad.tsv")
    try Data("a\tb\tc\td\n".utf8).write(to: input)
    let output = directory.appendingPathComponent("out.jsonl")
    #expect {
      try run([input.path, "--to", "jsonl", "-o", output.path])
    } throws: { error in
      "\(error)".contains("bad.tsv:1:")
    }
    #expect(!FileManager.default.fileExists(atPath: output.path))
  }

  @Test func invalidUTF8NamesTheByteOffset() throws {
    let directory = try workspace()
    let input = directory.appendingPathComponent("bad.tsv")
    try Data([0x61, 0x09, 0x62, 0xC0, 0x0A]).write(to: input)
    #expect {
      try run([input.path, "--to", "jsonl", "-o", directory.appendingPathComponent("o.jsonl").path])
    } throws: { error in
      "\(error)".contains("byte offset 3")
    }
  }
}

@Suite struct ConvertCommandOutputLinkTests {
  @Test func anOutputLinkIsReplacedNotWrittenThrough() throws {
    let directory = try ConvertCommandTests().workspace()
    let elsewhere = directory.appendingPathComponent("elsewhere")
    try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
    let theirs = elsewhere.appendingPathComponent("file.jsonl").path
    try Data("theirs\n".utf8).write(to: URL(fileURLWithPath: theirs))
    let link = directory.appendingPathComponent("out.jsonl").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: theirs)
    try ConvertCommandTests().run([
      directory.appendingPathComponent("in.tsv").path, "--to", "jsonl", "-o", link,
    ])
    #expect(try String(contentsOfFile: theirs, encoding: .utf8) == "theirs\n")
    #expect(try String(contentsOfFile: link, encoding: .utf8).hasPrefix("{\"document\""))
    let type = try FileManager.default.attributesOfItem(atPath: link)[.type]
    #expect(type as? FileAttributeType == .typeRegular)
  }
}
