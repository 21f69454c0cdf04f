import Foundation
import Testing

@testable import BitextCorpus

@Suite struct JSONLWriterTests {
  @Test func roundTripIsExact() throws {
    let corpus = CorpusFixtures.hardCorpus()
    let data = try CorpusWriter(toolVersion: "1").encode(corpus, format: .jsonl)
    #expect(try CorpusReader().decode(data, format: .jsonl) == corpus)
  }

  @Test func keysAreInAFixedOrder() throws {
    let corpus = AlignedCorpus(
      sourceLanguage: "en", targetLanguage: "fr",
      beads: [
        AlignedBead(
          document: "d\"1", index: 2, sourceIDs: 3..<5, targetIDs: 1..<1, score: 0.5,
          source: [AlignedSentence(text: "A\u{1}", range: 0..<3), AlignedSentence(text: "B\n")],
          target: [])
      ])
    let line = String(
      decoding: try CorpusWriter(toolVersion: "1").encode(corpus, format: .jsonl), as: UTF8.self)
    #expect(
      line
        == #"{"document":"d\"1","bead":2,"score":0.5,"source_lang":"en","target_lang":"fr","source_ids":[3,4],"target_ids":[],"source_text":"A\u0001 B\n","target_text":"","source_sentences":[{"text":"A\u0001","range":[0,3]},{"text":"B\n","range":null}],"target_sentences":[]}"#
        + "\n")
  }

  @Test func sentencesKeepTheirBlockAndItsLocation() throws {
    let origin = AlignedSentence.BlockOrigin(index: 3, kind: "h2", location: "/html/body/h2[1]")
    let corpus = AlignedCorpus(
      sourceLanguage: "en", targetLanguage: "fr",
      beads: [
        AlignedBead(
          index: 0, sourceIDs: 0..<1, targetIDs: 0..<1,
          source: [AlignedSentence(text: "Title", range: 0..<5, block: origin)],
          target: [AlignedSentence(text: "Titre", range: 0..<5)])
      ])
    let data = try CorpusWriter(toolVersion: "1").encode(corpus, format: .jsonl)
    let line = String(decoding: data, as: UTF8.self)
    #expect(
      line.contains(
        #"{"text":"Title","range":[0,5],"block":3,"block_kind":"h2","location":"/html/body/h2[1]"}"#
      ))
    #expect(try CorpusReader().decode(data, format: .jsonl) == corpus)
  }

  @Test func machineOutputIsMarkedWithItsOrigin() throws {
    let corpus = AlignedCorpus(
      sourceLanguage: "fr", targetLanguage: "en",
      beads: [
        AlignedBead(
          index: 0, sourceIDs: 0..<1, targetIDs: 0..<1,
          source: [AlignedSentence(text: "Titre", range: 0..<5)],
          target: [AlignedSentence(text: "Title", range: 0..<5, origin: "mt:apertium:fr-ca-en")])
      ])
    let data = try CorpusWriter(toolVersion: "1").encode(corpus, format: .jsonl)
    #expect(
      String(decoding: data, as: UTF8.self).contains(
        #""target_sentences":[{"text":"Title","range":[0,5],"origin":"mt:apertium:fr-ca-en"}]"#))
    #expect(try CorpusReader().decode(data, format: .jsonl) == corpus)
  }

  @Test func linesAreValidJSONForFoundation() throws {
    let data = try CorpusWriter(toolVersion: "1").encode(
      CorpusFixtures.hardCorpus(), format: .jsonl)
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      #expect(object?["source_text"] is String)
    }
  }

  @Test(arguments: [Double.nan, .infinity, -0.5, 7])
  func scoresOutsideZeroToOneAreNeverWritten(score: Double) throws {
    let corpus = AlignedCorpus(
      sourceLanguage: "en", targetLanguage: "fr",
      beads: [
        AlignedBead(
          index: 0, sourceIDs: 0..<1, targetIDs: 0..<1, score: score, source: [.init(text: "a")],
          target: [.init(text: "b")])
      ])
    for format in [CorpusFormat.jsonl, .tmx, .tsv] {
      #expect(throws: CorpusError.self) {
        try CorpusWriter(toolVersion: "1").encode(corpus, format: format)
      }
    }
  }

  @Test func errorsNameTheLine() {
    let good = #"{"source_text":"a","target_text":"b"}"#
    #expect {
      try CorpusReader().decode(
        Data((good + "\n" + good + "\n{\"source_text\":1}\n").utf8), format: .jsonl, path: "x.jsonl"
      )
    } throws: { error in
      guard case .malformed("x.jsonl", 3, nil, _) = error as? CorpusError else { return false }
      return true
    }
    #expect {
      try CorpusReader().decode(
        Data(#"{"source_text":"a","target_text":"b","source_ids":[1,3]}"#.utf8), format: .jsonl,
        path: "x.jsonl")
    } throws: { error in
      guard case .malformed("x.jsonl", 1, nil, let message) = error as? CorpusError else {
        return false
      }
      return message.contains("consecutive")
    }
  }
}
