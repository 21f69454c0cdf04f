import Foundation
import Testing

@testable import BitextCLI

@Suite struct StreamCommandTests {
  @Test func oneOutputLinePerRecordInOrderWithErrorLines() throws {
    let input = """
      {"id":"a","source":"Le chat dort. Il pleut.","target":"The cat sleeps. It rains.","source_lang":"fr","target_lang":"en"}
      {"id":"b","source":"Bonjour
      {"id":"c","source":"Merci beaucoup.","target":"Thank you very much."}

      {"id":"d","source":"Oui.","target":"Yes.","source_lang":"fr","target_lang":"en"}
      """
    let result = try runBitext(
      ["stream", "--lexicon", "none", "--source-lang", "fr", "--target-lang", "en"],
      stdin: Data(input.utf8))
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 4)
    #expect(lines[0].hasPrefix(#"{"id":"a","beads":[{"source":[0],"target":[0],"score":"#))
    #expect(lines[0].contains(#""source_text":"Il pleut.","target_text":"It rains.""#))
    #expect(lines[1].hasPrefix(#"{"id":null,"error":"malformed JSON"#))
    #expect(lines[2].hasPrefix(#"{"id":"c","beads":["#))
    #expect(lines[3].hasPrefix(#"{"id":"d","beads":["#))
  }

  @Test func recordsWithoutLanguagesAndNoDefaultsAreErrors() throws {
    let result = try runBitext(
      ["stream", "--lexicon", "none"],
      stdin: Data(#"{"id":7,"source":"Oui.","target":"Yes."}"#.utf8))
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix(#"{"id":7,"error":"no languages"#))
  }

  @Test func outputIsTheSameWhateverTheSplitOfTheInput() throws {
    let records = (0..<6).map { index in
      #"{"id":"r\#(index)","source":"Phrase \#(index). Une autre phrase.","target":"Sentence \#(index). Another sentence.","source_lang":"fr","target_lang":"en"}"#
    }
    let whole = try runBitext(
      ["stream", "--lexicon", "none"], stdin: Data(records.joined(separator: "\n").utf8))
    let first = try runBitext(
      ["stream", "--lexicon", "none"], stdin: Data(records[..<3].joined(separator: "\n").utf8))
    let second = try runBitext(
      ["stream", "--lexicon", "none"], stdin: Data(records[3...].joined(separator: "\n").utf8))
    #expect(whole.stdout.split(separator: "\n").count == 6)
    #expect(whole.stdout == first.stdout + second.stdout)
  }
}

@Suite struct StreamMinimumScoreTests {
  @Test func streamChecksMinScoreLikeTheOtherCommands() {
    #expect(throws: (any Error).self) { try StreamCommand.parse(["--min-score", "-1"]) }
    #expect(throws: Never.self) { try StreamCommand.parse(["--min-score", "0.5"]) }
  }
}
