import Foundation
import Testing

@testable import BitextCorpus

/// The document verdicts in JSONL beads and in the TMX header, and back.
@Suite struct DocumentVerdictRoundTripTests {
  func corpus() -> AlignedCorpus {
    var corpus = CorpusFixtures.hardCorpus()
    corpus.verdicts = [
      "doc-a": DocumentVerdict(
        kind: .translation, confidence: 0.998, alignedShare: 0.93, lexicalRatio: 2.5),
      "doc b/ü": DocumentVerdict(
        kind: .misPaired, confidence: 0.01, alignedShare: 0, lexicalRatio: 0.625),
    ]
    return corpus
  }

  @Test func jsonlCarriesEachDocumentsVerdictOnItsBeads() throws {
    let data = try CorpusWriter(toolVersion: "test").encode(corpus(), format: .jsonl)
    let text = String(decoding: data, as: UTF8.self)
    #expect(
      text.contains(
        #""target_lang":"fr","verdict":{"kind":"translation","confidence":0.998,"aligned_share":0.93,"lexical_ratio":2.5},"source_ids""#
      ))
    #expect(text.contains(#""verdict":{"kind":"mis-paired","confidence":0.01"#))
    let read = try CorpusReader().decode(data, format: .jsonl)
    #expect(read.verdicts == corpus().verdicts)
  }

  @Test func tmxCarriesTheVerdictsInItsHeader() throws {
    let data = try CorpusWriter(toolVersion: "test").encode(corpus(), format: .tmx)
    let text = String(decoding: data, as: UTF8.self)
    #expect(
      text.contains(
        #"o-tmf="Bitext">"# + "\n"
          + #"    <prop type="x-verdict">translation confidence=0.998 aligned-share=0.93 lexical-ratio=2.5 document=doc-a</prop>"#
      ))
    #expect(text.contains("document=doc b/ü</prop>\n  </header>"))
    let read = try CorpusReader().decode(data, format: .tmx)
    #expect(read.verdicts == corpus().verdicts)
  }

  @Test func aCorpusWithoutVerdictsKeepsItsShortHeader() throws {
    let data = try CorpusWriter(toolVersion: "test").encode(
      CorpusFixtures.hardCorpus(), format: .tmx)
    #expect(String(decoding: data, as: UTF8.self).contains(#"o-tmf="Bitext"/>"#))
  }
}
