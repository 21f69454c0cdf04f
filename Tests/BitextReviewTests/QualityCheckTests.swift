import BitextCorpus
import BitextTestSupport
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
    #expect(report.notes[0].map(\.reason) == ["score 0.20", "source sentence with no translation"])
    #expect(report.flaggedBeads == 1)
  }

  @Test func everyFlagOnOneCorpusEachBeadsNotesInFlagOrder() {
    let pairs = [
      ("Le conseil a voté le budget de l’année.", "The council voted on the year’s budget."),
      ("Voir www.example.fr pour le budget 2022.", "See the budget for 2021."),
      ("Il a rencontré Loukachenko à Minsk.", "He met Macron in Paris."),
      ("Le président a vu Macron à Paris.", "The president saw Macron in Paris."),
      ("Loukachenko est venu de Minsk hier.", "Lukashenko came from Minsk yesterday."),
      (
        "Le maire a parlé hier.",
        "Yes, and the council spoke for a very long time about the budget, the schools and the roads."
      ),
      ("Cliquez ici pour continuer.", "Cliquez ici pour continuer."),
      ("Un. | Deux.", "One. | Two."),
      ("Trois.", ""),
    ]
    let corpus = ReviewFixtures.corpus(
      pairs, scores: [0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.1])
    let report = QualityCheck().report(corpus)
    #expect(report.notes.count == pairs.count)
    #expect(report.notes[0].isEmpty)
    #expect(report.notes[1].map(\.flag) == [.numberMismatch, .urlMismatch])
    #expect(report.notes[1][0].reason == "2022 only in source; 2021 only in target")
    #expect(report.notes[2].map(\.flag) == [.nameMismatch])
    #expect(report.notes[3].isEmpty && report.notes[4].isEmpty)
    #expect(report.notes[5].map(\.flag) == [.lengthRatio])
    #expect(report.notes[6].map(\.flag) == [.untranslated])
    #expect(report.notes[7].map(\.flag) == [.manyToMany])
    #expect(report.notes[8].map(\.flag) == [.lowConfidence, .omission])
    #expect(report.flaggedBeads == 6)
    #expect(report.counts.map(\.flag) == BeadFlag.allCases)
  }

  @Test func onlyTheChosenFlagsAreRaised() {
    var check = QualityCheck()
    check.flags = [.omission]
    let corpus = ReviewFixtures.corpus(
      [("En 2022.", "In 2021."), ("Seul.", "")], scores: [0.1, 0.1])
    #expect(check.report(corpus).notes.map { $0.map(\.flag) } == [[], [.omission]])
  }

  @Test func eachDocumentIsCheckedOnItsOwn() {
    // Two documents, each ending and starting with an omission: two runs of one, not one of two.
    let corpus = ReviewFixtures.corpus(
      [("Un.", "One."), ("Deux.", ""), ("", "Zwei."), ("Drei.", "Three.")],
      documents: ["a", "a", "b", "b"])
    let reasons = QualityCheck().report(corpus).notes.map { $0.map(\.reason) }
    #expect(
      reasons == [
        [], ["source sentence with no translation"], ["target sentence with no source"], [],
      ])
  }

  @Test func notesFollowTheCorpusOrderWhenDocumentsInterleave() {
    let corpus = ReviewFixtures.corpus(
      [("Un.", ""), ("Deux.", "Two."), ("", "Three."), ("Quatre.", "Four.")],
      documents: ["a", "b", "a", "b"])
    let reasons = QualityCheck().report(corpus).notes.map { $0.map(\.reason) }
    // In document a the two omissions follow each other: a run of two.
    #expect(
      reasons == [
        ["source sentence with no translation (run of 2)"], [],
        ["target sentence with no source (run of 2)"], [],
      ])
  }

  @Test func theLengthRatioIsEachDocumentsOwn() {
    // Document b's targets are all three times as long as their sources: that is its ratio.
    let short = ("Le maire a parlé du budget.", "The mayor talked about the budget.")
    let long = (
      "Le maire a parlé.",
      "The mayor spoke at length about the budget, the schools and the roads."
    )
    let corpus = ReviewFixtures.corpus(
      Array(repeating: short, count: 10) + Array(repeating: long, count: 10),
      documents: Array(repeating: "a", count: 10) + Array(repeating: "b", count: 10))
    #expect(QualityCheck().report(corpus).flaggedBeads == 0)
    let mixed = ReviewFixtures.corpus(Array(repeating: short, count: 10) + [long])
    #expect(QualityCheck().report(mixed).notes.last?.map(\.flag) == [.lengthRatio])
  }

  @Test func theSampleNewsArticleHasFewFlags() throws {
    let url = TestFiles.repository.appendingPathComponent("Corpora/lukashenko-2022/corpus.jsonl")
    let corpus = try CorpusReader().read(from: url, format: .jsonl)
    let report = QualityCheck().report(corpus)
    // Its gold alignment is the committed one: what is flagged are free translations
    // (`site Internet` ~ `website`, `Royaume-Uni` ~ `U.K.`).
    #expect(report.flaggedBeads <= 3)
    #expect(report.counts.allSatisfy { $0.flag == .nameMismatch })
  }
}

@Suite struct QualityCheckEmbeddingTests {
  @Test func withEmbeddingsTheOmissionCheckLooksInsideFilledBeads() {
    let corpus = ReviewFixtures.corpus([("t0", "t0"), ("t1 | t9", "t1"), ("t2", "t2")])
    let embeddings = TopicEmbeddings(topics: 12)
    let report = QualityCheck().report(corpus, embeddings: embeddings)
    #expect(report.notes[1].map(\.flag).contains(.omission))
    #expect(!QualityCheck().report(corpus).notes[1].map(\.flag).contains(.omission))
  }

  @Test func withoutTheOmissionFlagNothingIsEmbedded() {
    let corpus = ReviewFixtures.corpus([("t0", "t0"), ("t1 | t9", "t1")])
    let embeddings = TopicEmbeddings(topics: 12)
    var check = QualityCheck()
    check.flags.remove(.omission)
    _ = check.report(corpus, embeddings: embeddings)
    #expect(embeddings.asked.isEmpty)
  }
}
