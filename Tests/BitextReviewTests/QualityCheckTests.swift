import BitextCorpus
import Testing

@testable import BitextReview

@Suite struct QualityCheckTests {
  @Test func flagsAnOmissionAndALowScore() {
    let corpus = AlignedCorpus(
      sourceLanguage: "fr", targetLanguage: "en",
      beads: [
        AlignedBead(
          index: 0, sourceIDs: 0..<1, targetIDs: 0..<0, score: 0.2,
          source: [AlignedSentence(text: "Bonjour.")], target: [])
      ])
    let report = QualityCheck().report(corpus)
    #expect(report.notes[0].map(\.flag) == [.lowConfidence, .omission])
    #expect(report.flaggedBeads == 1)
  }
}
