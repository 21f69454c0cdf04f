import Testing

@testable import Bitext

@Suite struct CorpusSummaryTests {
  func bead(_ source: Range<Int>, _ target: Range<Int>, score: Double) -> AlignedBead {
    AlignedBead(
      document: "d", index: 0, sourceIDs: source, targetIDs: target, score: score,
      source: source.map { AlignedSentence(text: "s\($0)") },
      target: target.map { AlignedSentence(text: "t\($0)") })
  }

  @Test func countsShapesMostFrequentFirst() {
    let corpus = AlignedCorpus(
      sourceLanguage: "fr", targetLanguage: "en",
      beads: [
        bead(0..<1, 0..<1, score: 0.9), bead(1..<3, 1..<2, score: 0.4),
        bead(3..<4, 2..<3, score: 0.8), bead(4..<4, 3..<4, score: 0.1),
      ])
    let summary = CorpusSummary(corpus, lowScore: 0.5)
    #expect(summary.beads == 4)
    #expect(summary.shapes.map(\.shape.description) == ["1-1", "0-1", "2-1"])
    #expect(summary.shapes.map(\.count) == [2, 1, 1])
    #expect(abs(summary.meanScore - 0.55) < 1e-9)
    #expect(summary.lowScoring.map(\.sourceIDs) == [1..<3, 4..<4])
  }

  @Test func anEmptyCorpusHasNoShapesAndAZeroMean() {
    let summary = CorpusSummary(
      AlignedCorpus(sourceLanguage: "fr", targetLanguage: "en"), lowScore: 0.5)
    #expect(summary.beads == 0)
    #expect(summary.shapes.isEmpty)
    #expect(summary.meanScore == 0)
  }
}
