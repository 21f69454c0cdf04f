import Foundation
import Testing

@Suite struct SegmentCommandTests {
  @Test func printsOneSentencePerLineWithParagraphGaps() throws {
    let text = "Premier. Deuxième !\n\nTroisième ?"
    let result = try runBitext(["segment", "--lang", "fr"], stdin: Data(text.utf8))
    #expect(result.status == 0)
    #expect(result.stdout == "Premier.\nDeuxième !\n\nTroisième ?\n")
  }

  @Test func readsAFileArgument() throws {
    let folder = try temporaryDirectory()
    let file = folder.appendingPathComponent("in.txt")
    try Data("Il part. Elle reste.".utf8).write(to: file)
    let result = try runBitext(["segment", "--lang", "fr", file.path])
    #expect(result.stdout == "Il part.\nElle reste.\n")
  }

  @Test func jsonlHasParagraphIndexAndByteRange() throws {
    let text = "Été. Fin.\n\nAutre."
    let result = try runBitext(
      ["segment", "--lang", "fr", "--format", "jsonl", "-"], stdin: Data(text.utf8))
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(
      lines[0]
        == #"{"paragraph":0,"index":0,"start":0,"end":6,"text":"Été.","block":"p","location":"line 1"}"#
    )
    #expect(
      lines[2]
        == #"{"paragraph":1,"index":2,"start":13,"end":19,"text":"Autre.","block":"p","location":"line 3"}"#
    )
  }

  @Test func invalidUTF8FailsNamingTheOffset() throws {
    let result = try runBitext(["segment", "--lang", "fr"], stdin: Data([0x61, 0x62, 0xC3, 0x28]))
    #expect(result.status != 0)
    #expect(result.stderr.contains("byte offset 2"))
    #expect(result.stdout.isEmpty)
  }

  @Test func binaryInputIsRefused() throws {
    let result = try runBitext(
      ["segment", "--lang", "fr"], stdin: Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]))
    #expect(result.status != 0)
    #expect(result.stderr.contains("binary"))
  }

  @Test func emptyInputPrintsNothing() throws {
    let result = try runBitext(["segment", "--lang", "fr"], stdin: Data())
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
  }

  @Test func missingFileIsAClearError() throws {
    let result = try runBitext(["segment", "--lang", "fr", "/nonexistent/bitext-input.txt"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("no such file"))
  }

  @Test func lineBreaksAreSentencesFlag() throws {
    let result = try runBitext(
      ["segment", "--lang", "en", "--line-breaks-are-sentences"],
      stdin: Data("the first line\nthe second line\n".utf8))
    #expect(result.stdout == "the first line\nthe second line\n")
  }

  @Test func aLanguageWithoutRulesWarnsAndUsesICU() throws {
    let result = try runBitext(["segment", "--lang", "sw"], stdin: Data("One. Two.".utf8))
    #expect(result.status == 0)
    #expect(result.stderr.contains("bitext: warning: no sentence rules for 'sw'"))
    #expect(result.stdout == "One.\nTwo.\n")
  }

  @Test(arguments: ["french", "zz", "../x"])
  func anUnknownLanguageCodeIsAUsageErrorSayingWhatIsAccepted(code: String) throws {
    let result = try runBitext(["segment", "--lang", code], stdin: Data("One. Two.".utf8))
    #expect(result.status == 64)
    #expect(result.stderr.contains("unknown language code '\(code)'"))
    #expect(result.stderr.contains("ISO 639-1"))
    #expect(result.stdout.isEmpty)
  }

  @Test func regionalAndThreeLetterCodesReachTheFrenchRules() throws {
    let text = Data("M. Dupont est là. Il part.".utf8)
    let french = try runBitext(["segment", "--lang", "fr"], stdin: text)
    for code in ["fr-CA", "fr_CA", "FR-fr", "fra"] {
      let result = try runBitext(["segment", "--lang", code], stdin: text)
      #expect(result.status == 0)
      #expect(result.stdout == french.stdout)
      #expect(!result.stderr.contains("warning"))
    }
    #expect(french.stdout == "M. Dupont est là.\nIl part.\n")
  }

  @Test func helpHasExamples() throws {
    let result = try runBitext(["segment", "--help"])
    #expect(result.stdout.contains("Examples"))
  }
}
