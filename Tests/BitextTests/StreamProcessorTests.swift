import Foundation
import Testing

@testable import Bitext

@Suite struct StreamProcessorTests {
  private func json(_ bytes: [UInt8]) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
  }

  @Test func alignsALineIntoBeadsWithTextsAndScores() throws {
    var processor = StreamProcessor(options: .init())
    var warnings: [String] = []
    let line =
      #"{"id":"d1","source":"Le chat dort. Il fait beau.","target":"The cat sleeps. The weather is nice.","source_lang":"fr","target_lang":"en"}"#
    let output = try #require(processor.process(line: Array(line.utf8), warnings: &warnings))
    #expect(output.last == 0x0A)
    #expect(output.dropLast().firstIndex(of: 0x0A) == nil)
    let object = try json(output)
    #expect(object["id"] as? String == "d1")
    let beads = try #require(object["beads"] as? [[String: Any]])
    #expect(beads.count == 2)
    #expect(beads[0]["source"] as? [Int] == [0])
    #expect(beads[0]["target"] as? [Int] == [0])
    #expect(beads[0]["source_text"] as? String == "Le chat dort.")
    #expect(beads[1]["target_text"] as? String == "The weather is nice.")
    #expect(beads[0]["score"] is Double)
    #expect(
      String(decoding: output, as: UTF8.self).hasPrefix(#"{"id":"d1","beads":[{"source":[0]"#))
    // Two sentences are too few to judge the pair.
    let verdict = try #require(object["verdict"] as? [String: Any])
    #expect(verdict["kind"] as? String == "uncertain")
    #expect(verdict["confidence"] is Double)
  }

  @Test func malformedLinesBecomeErrorLinesAndProcessingGoesOn() throws {
    var processor = StreamProcessor(options: .init(sourceLanguage: "fr", targetLanguage: "en"))
    var warnings: [String] = []
    let lines = [
      #"{"id":1,"source":"Bonjour.","target":"Hello."}"#,
      #"{"id":"broken","source":"Bonjour."#,
      "",
      #"{"id":"no-target","source":"Bonjour."}"#,
      #"[1,2]"#,
      #"{"id":true,"source":"a","target":"b"}"#,
      #"{"id":"last","source":"Merci.","target":"Thank you.","source_lang":"fr","target_lang":"en"}"#,
    ]
    let outputs = lines.map { processor.process(line: Array($0.utf8), warnings: &warnings) }
    #expect(outputs[2] == nil)
    let objects = try outputs.compactMap { $0 }.map(json)
    #expect(objects.count == 6)
    #expect(objects[0]["id"] as? Int == 1)
    #expect(objects[0]["beads"] != nil)
    #expect(objects[1]["id"] is NSNull)
    #expect((objects[1]["error"] as? String)?.hasPrefix("malformed JSON") == true)
    #expect(objects[2]["id"] as? String == "no-target")
    #expect(objects[2]["error"] as? String == #"missing "target" (or "target_file")"#)
    #expect(objects[3]["error"] as? String == "expected a JSON object")
    #expect(objects[4]["error"] != nil)
    #expect(objects[5]["id"] as? String == "last")
    #expect(objects[5]["beads"] != nil)
  }

  @Test func recordsWithoutLanguagesNeedDefaults() throws {
    var processor = StreamProcessor(options: .init())
    var warnings: [String] = []
    let line = #"{"id":"x","source":"Bonjour.","target":"Hello."}"#
    let object = try json(
      try #require(processor.process(line: Array(line.utf8), warnings: &warnings)))
    #expect((object["error"] as? String)?.contains("no languages") == true)
  }

  @Test func escapesTextsAndIsDeterministic() throws {
    var first = StreamProcessor(options: .init(sourceLanguage: "fr", targetLanguage: "en"))
    var second = StreamProcessor(options: .init(sourceLanguage: "fr", targetLanguage: "en"))
    var warnings: [String] = []
    let line =
      #"{"id":"q\"1","source":"Il a dit « oui ».\tFin.","target":"He said \"yes\".\tEnd."}"#
    let a = try #require(first.process(line: Array(line.utf8), warnings: &warnings))
    let b = try #require(second.process(line: Array(line.utf8), warnings: &warnings))
    #expect(a == b)
    let object = try json(a)
    #expect(object["id"] as? String == "q\"1")
    let beads = try #require(object["beads"] as? [[String: Any]])
    #expect(beads.map { $0["target_text"] as? String ?? "" }.joined().contains("\"yes\""))
  }

  @Test func recordLanguagesAreNormalisedAndUnknownOnesRefused() throws {
    var processor = StreamProcessor(options: .init(minimumScore: 1.01))
    var warnings: [String] = []
    let regional =
      #"{"id":"r","source":"Le chat dort.","target":"The cat sleeps.","source_lang":"fr_CA","target_lang":"eng"}"#
    let output = try #require(processor.process(line: Array(regional.utf8), warnings: &warnings))
    #expect(try #require(json(output)["beads"] as? [[String: Any]]).isEmpty)  // all below 1.01
    #expect(!warnings.contains { $0.contains("sentence rules") })
    let unknown =
      #"{"id":"u","source":"a","target":"b","source_lang":"french","target_lang":"en"}"#
    let error = try json(
      try #require(processor.process(line: Array(unknown.utf8), warnings: &warnings)))
    #expect((error["error"] as? String)?.hasPrefix("unknown language code 'french'") == true)
  }

  @Test func aLanguageWithoutRulesIsWarnedAboutOnce() throws {
    var processor = StreamProcessor(options: .init(sourceLanguage: "sw", targetLanguage: "en"))
    var warnings: [String] = []
    let line = #"{"id":1,"source":"Habari. Asante.","target":"Hello. Thanks."}"#
    _ = processor.process(line: Array(line.utf8), warnings: &warnings)
    _ = processor.process(line: Array(line.utf8), warnings: &warnings)
    #expect(warnings == ["no sentence rules for 'sw': using ICU's rules alone"])
  }
}
