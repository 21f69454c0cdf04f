import BitextText
import Foundation
import Testing

@testable import BitextCorpus

@Suite struct TSVReaderTests {
  func read(_ text: String) throws(CorpusError) -> AlignedCorpus {
    try CorpusReader().decode(Data(text.utf8), format: .tsv, path: "in.tsv")
  }

  @Test func wrongFieldCountNamesTheLine() {
    #expect(
      throws: CorpusError.malformed(
        path: "in.tsv", line: 3, column: nil, message: "expected 3 tab-separated fields, found 2")
    ) { try read("a\tb\t1\nc\td\t0.5\ne\tf\n") }
    #expect(throws: CorpusError.self) { try read("only one field\n") }
  }

  @Test func badScoreAndBadEscapeNameLineAndColumn() {
    #expect(
      throws: CorpusError.malformed(
        path: "in.tsv", line: 1, column: 5,
        message: "the score \"high\" is not a number between 0 and 1")
    ) { try read("a\tb\thigh\n") }
    #expect {
      try read("ok\tfine\nab\\q\tx\n")
    } throws: { error in
      guard case .malformed("in.tsv", 2, 3, _) = error as? CorpusError else { return false }
      return true
    }
  }

  @Test(arguments: ["nan", "inf", "-inf", "-5", "7", "1.0000001", "NaN"])
  func scoresOutsideZeroToOneAreRefused(score: String) {
    #expect(
      throws: CorpusError.malformed(
        path: "in.tsv", line: 2, column: 5,
        message: "the score \"\(score)\" is not a number between 0 and 1")
    ) { try read("a\tb\t0.5\nc\td\t\(score)\n") }
  }

  @Test func scoresAtTheBoundsAreRead() throws {
    #expect(try read("a\tb\t0\nc\td\t1\ne\tf\t1e-3\n").beads.map(\.score) == [0, 1, 0.001])
  }

  @Test func crlfLinesHeaderAndEmptySides() throws {
    let corpus = try read("source\ttarget\r\nhello\t\r\n\tbonjour\r\n")
    #expect(corpus.beads.map(\.sourceText) == ["hello", ""])
    #expect(corpus.beads.map(\.targetText) == ["", "bonjour"])
    #expect(corpus.beads.map(\.sourceIDs) == [0..<1, 1..<1])
    #expect(corpus.beads.map(\.targetIDs) == [0..<0, 0..<1])
    #expect(corpus.sourceLanguage == "und")
  }

  @Test func invalidUTF8NamesTheByteOffset() {
    #expect(
      throws: CorpusError.file(
        FileError(path: "in.tsv", .notText(.invalidUTF8(offset: 4), line: 2)))
    ) {
      try CorpusReader().decode(
        Data([0x61, 0x09, 0x62, 0x0A, 0xFF, 0x0A]), format: .tsv, path: "in.tsv")
    }
  }
}
