import BitextCorpus
import Testing

@testable import BitextReview

@Suite struct QualitySummaryTests {
  @Test func headlineBeadsAndTheRest() {
    let corpus = ReviewFixtures.corpus(
      [
        ("Le président est arrivé à Minsk pour une longue visite d’État.", ""),
        ("Bonjour.", "Hello."),
        ("En 2022.", "In 2021."),
        ("Un.", ""), ("Deux.", "Two."), ("Trois.", ""), ("Quatre.", ""),
      ], scores: [0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.2])
    let lines = QualitySummary(limit: 3).lines(QualityCheck().report(corpus), corpus: corpus)
    #expect(
      lines == [
        "flags: 5 beads flagged — low confidence 1, omission 4, number mismatch 1",
        "  [0]:[] omission: source sentence with no translation          «Le président est arrivé à Minsk pour une…»",
        "  [2]:[1] number mismatch: 2022 only in source; 2021 only in target  «En 2022.»",
        "  [3]:[] omission: source sentence with no translation          «Un.»",
        "  … and 2 more",
      ])
  }

  @Test func noFlagOneLine() {
    let corpus = ReviewFixtures.corpus([("Bonjour.", "Hello.")])
    #expect(
      QualitySummary().lines(QualityCheck().report(corpus), corpus: corpus) == [
        "flags: no bead flagged"
      ])
  }

  @Test func beadsOfSeveralDocumentsNameTheirDocumentAndAnEmptySourceShowsTheTarget() {
    let corpus = ReviewFixtures.corpus(
      [("Bonjour.", "Hello."), ("", "Alone  in\tEnglish.")], documents: ["a", "b"])
    let lines = QualitySummary().lines(QualityCheck().report(corpus), corpus: corpus)
    #expect(lines.count == 2)
    #expect(lines[1] == "  b []:[0] omission: target sentence with no source  «Alone in English.»")
  }
}
