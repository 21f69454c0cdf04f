import Foundation
import Testing

@testable import Bitext

@Suite struct StreamProcessorSizeLimitTests {
  private func text(_ bytes: [UInt8]?) -> String {
    String(decoding: bytes ?? [], as: UTF8.self)
  }

  @Test func aRecordOverTheTextLimitIsAnErrorLineAndTheNextIsAligned() {
    var processor = StreamProcessor(
      options: .init(sourceLanguage: "fr", targetLanguage: "en", maximumTextBytes: 100))
    var warnings: [String] = []
    let long = String(repeating: "Une phrase. ", count: 20)
    let big = #"{"id":"big","source":"\#(long)","target":"Short."}"#
    let small = #"{"id":"small","source":"Oui.","target":"Yes."}"#
    let first = text(processor.process(line: Array(big.utf8), warnings: &warnings))
    #expect(
      first
        == #"{"id":"big","error":"record too large: the source text is 240 bytes, more than the limit of 100 bytes per side"}"#
        + "\n")
    let second = text(processor.process(line: Array(small.utf8), warnings: &warnings))
    #expect(second.hasPrefix(#"{"id":"small","beads":["#))
  }

  @Test func theLimitCountsUTF8BytesPerSideAndNilMeansNone() {
    var limited = StreamProcessor(
      options: .init(sourceLanguage: "fr", targetLanguage: "en", maximumTextBytes: 4))
    var unlimited = StreamProcessor(
      options: .init(sourceLanguage: "fr", targetLanguage: "en", maximumTextBytes: nil))
    var warnings: [String] = []
    let line = Array(#"{"id":1,"source":"Été.","target":"Summer."}"#.utf8)
    // "Été." is 6 bytes of UTF-8; "Summer." 7.
    #expect(
      text(limited.process(line: line, warnings: &warnings)).hasPrefix(
        #"{"id":1,"error":"record too large: the source text is 6 bytes"#))
    #expect(text(unlimited.process(line: line, warnings: &warnings)).hasPrefix(#"{"id":1,"beads""#))
    #expect(unlimited.maximumLineBytes == nil)
    #expect(StreamProcessor.Options().maximumTextBytes == StreamProcessor.defaultMaximumTextBytes)
  }

  @Test func aLineOverTheLineLimitIsRefusedWithoutParsing() throws {
    var processor = StreamProcessor(
      options: .init(sourceLanguage: "fr", targetLanguage: "en", maximumTextBytes: 10))
    let limit = try #require(processor.maximumLineBytes)
    var warnings: [String] = []
    // Not even JSON after the id: only the prefix is looked at.
    let line =
      Array(#"{"id":"x","source":""#.utf8) + Array(repeating: UInt8(ascii: "a"), count: limit)
    #expect(
      text(processor.process(line: line, warnings: &warnings)).hasPrefix(
        #"{"id":"x","error":"record too large: the line is \#(line.count) bytes"#))
  }

  @Test func theIdIsFoundInThePrefixOfALongRecord() {
    func id(_ prefix: String) -> String? { StreamRecord.idJSON(inPrefix: Array(prefix.utf8)) }
    #expect(id(#"{"id":"d1","source":"aaaa"#) == #""d1""#)
    #expect(id(#" { "id" : 42 , "source":"#) == "42")
    #expect(
      id(#"{"source":"x \"id\": 1","meta":{"id":[1,"}"]},"id":"late","target":"#) == #""late""#)
    #expect(id(#"{"\u0069d":"escaped","source":"#) == #""escaped""#)
    #expect(id(#"{"source":"aaaa"#) == nil)
    #expect(id(#"{"id":"unfinish"#) == nil)
    #expect(id(#"{"id":42"#) == nil)
    #expect(id(#"{"id":true,"source":"#) == nil)
    #expect(id(#"{"id":1.5,"source":"#) == nil)
    #expect(id(#"["id",1]"#) == nil)
    #expect(id("") == nil)
  }
}
