import Foundation
import Testing

@testable import BitextCorpus

@Suite struct CorrectionSetTests {
  @Test func theTextHashIsFNV1a64OverTheSentencesWithSeparators() {
    // Values computed independently from the definition.
    #expect(
      CorrectionSet.textHash(source: ["Le chat dort."], target: ["The cat sleeps."])
        == "fnv1a64:18b3a126a2899957")
    #expect(CorrectionSet.textHash(source: [], target: []) == "fnv1a64:af63d04c8601d828")
    #expect(CorrectionSet.textHash(source: ["Été"], target: []) == "fnv1a64:769e6df5ea095142")
    // Where a sentence ends matters, not only the bytes.
    #expect(
      CorrectionSet.textHash(source: ["a", "b"], target: [])
        != CorrectionSet.textHash(source: ["ab"], target: []))
    #expect(
      CorrectionSet.textHash(source: ["a"], target: [])
        != CorrectionSet.textHash(
          source: [], target: ["a"]))
  }

  @Test func itRoundTripsThroughJSONWithTheDocumentedKeys() throws {
    let set = CorrectionSet(documents: [
      CorrectionSet.Document(
        document: "d1", sourceLanguage: "fr", targetLanguage: "en", sourceSentences: 4,
        targetSentences: 3,
        confirmed: [
          CorrectionSet.ConfirmedBead(sourceIDs: [0, 1], targetIDs: [0], hash: "fnv1a64:00"),
          CorrectionSet.ConfirmedBead(
            sourceIDs: [2], targetIDs: [], hash: "fnv1a64:01", targetAt: 1),
        ])
    ])
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let json = String(decoding: try encoder.encode(set), as: UTF8.self)
    for key in [
      "\"format\":\"bitext-corrections\"", "\"version\":1", "\"source_ids\":[0,1]",
      "\"target_at\":1", "\"source_sentences\":4", "\"source_lang\":\"fr\"",
    ] {
      #expect(json.contains(key), "\(key) in \(json)")
    }
    #expect(try JSONDecoder().decode(CorrectionSet.self, from: Data(json.utf8)) == set)
  }
}
