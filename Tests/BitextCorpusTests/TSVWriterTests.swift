import Foundation
import Testing

@testable import BitextCorpus

@Suite struct TSVWriterTests {
  @Test(arguments: [(false, true), (true, true), (false, false), (true, false)])
  func roundTripKeepsTexts(header: Bool, score: Bool) throws {
    let corpus = CorpusFixtures.hardCorpus()
    let writer = CorpusWriter(options: .init(toolVersion: "1", tsvHeader: header, tsvScore: score))
    let data = try writer.encode(corpus, format: .tsv)
    let text = String(decoding: data, as: UTF8.self)
    let rows = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(rows.count == corpus.beads.count + (header ? 1 : 0))
    #expect(
      rows.allSatisfy {
        $0.split(separator: "\t", omittingEmptySubsequences: false).count == (score ? 3 : 2)
      })
    let read = try CorpusReader(options: .init(sourceLanguage: "en", targetLanguage: "fr"))
      .decode(data, format: .tsv, path: "t.tsv")
    #expect(read == RoundTrip.flattened(corpus, keepPlacement: false, keepScore: score))
  }

  @Test func headerLine() throws {
    let writer = CorpusWriter(options: .init(toolVersion: "1", tsvHeader: true))
    let corpus = AlignedCorpus(
      sourceLanguage: "en", targetLanguage: "fr",
      beads: [
        AlignedBead(
          index: 0, sourceIDs: 0..<2, targetIDs: 0..<1, score: 0.75,
          source: [AlignedSentence(text: "A."), AlignedSentence(text: "B.")],
          target: [AlignedSentence(text: "C\\D")])
      ])
    #expect(
      String(decoding: try writer.encode(corpus, format: .tsv), as: UTF8.self)
        == "source\ttarget\tscore\nA. B.\tC\\\\D\t0.75\n")
  }
}
