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

@Suite struct StreamSizeLimitTests {
  @Test func aGiantRecordIsAnErrorLineAndTheStreamGoesOn() throws {
    // 3 MB of source text against a limit of 1,000 bytes per side: the line is longer than the
    // reader keeps (2 × 6 × 1,000 + 65,536 bytes), so it is dropped as it is read.
    let giant = String(repeating: "Une très longue phrase. ", count: 125_000)
    let input = [
      #"{"id":"a","source":"Oui.","target":"Yes."}"#,
      #"{"id":"giant","source":"\#(giant)","target":"Short."}"#,
      #"{"id":"mid","source":"\#(giant.prefix(2_000))","target":"Short."}"#,
      #"{"id":"b","source":"Non.","target":"No."}"#,
    ].joined(separator: "\n")
    let result = try runBitext(
      [
        "stream", "--lexicon", "none", "--source-lang", "fr", "--target-lang", "en",
        "--max-text-bytes", "1000",
      ], stdin: Data(input.utf8))
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 4)
    #expect(lines[0].hasPrefix(#"{"id":"a","beads":["#))
    #expect(lines[1].hasPrefix(#"{"id":"giant","error":"record too large: the line is "#))
    #expect(lines[2].hasPrefix(#"{"id":"mid","error":"record too large: the source text is "#))
    #expect(lines[3].hasPrefix(#"{"id":"b","beads":["#))
  }

  @Test func zeroMeansNoLimitAndNegativeIsRefused() throws {
    #expect(throws: (any Error).self) { try StreamCommand.parse(["--max-text-bytes", "-1"]) }
    let command = try StreamCommand.parse(["--max-text-bytes", "0"])
    #expect(command.maxTextBytes == 0)
    #expect(try StreamCommand.parse([]).maxTextBytes == 1 << 20)
  }

  @Test func theLineReaderKeepsOnlyThePrefixOfALongLine() throws {
    var descriptors: [Int32] = [0, 0]
    #expect(pipe(&descriptors) == 0)
    let input =
      Array("short\n".utf8) + Array(repeating: UInt8(ascii: "x"), count: 200_000)
      + Array("\nend".utf8)
    let (readEnd, writeEnd) = (descriptors[0], descriptors[1])
    let writer = Thread {
      input.withUnsafeBytes { buffer in
        var offset = 0
        while offset < buffer.count {
          let written = write(writeEnd, buffer.baseAddress! + offset, buffer.count - offset)
          if written <= 0 { break }
          offset += written
        }
      }
      close(writeEnd)
    }
    writer.start()
    defer { close(readEnd) }
    var reader = LineReader(fileDescriptor: readEnd, maximumLength: 1000)
    #expect(try reader.next() == .complete(Array("short".utf8)))
    #expect(
      try reader.next()
        == .oversized(prefix: Array(repeating: UInt8(ascii: "x"), count: 1000), length: 200_000))
    #expect(try reader.next() == .complete(Array("end".utf8)))
    #expect(try reader.next() == nil)
  }
}
