import Testing

@testable import Bitext

@Suite struct AlignedCorpusAlignmentTests {
  static let source = ["Un.", "Deux.", "Trois."].enumerated().map {
    Sentence(text: $1, paragraph: 0, range: ($0 * 5)..<($0 * 5 + 4))
  }
  static let target = ["One. Two.", "Three."].enumerated().map {
    Sentence(text: $1, paragraph: 0, range: ($0 * 10)..<($0 * 10 + 6))
  }

  @Test func beadsBecomeCorpusBeadsWithTheirTextsIDsAndScores() {
    let corpus = AlignedCorpus(
      document: "d", sourceLanguage: "fr-CA", targetLanguage: "en",
      sourceSentences: Self.source, targetSentences: Self.target,
      beads: [
        Bead(source: 0..<2, target: 0..<1, score: 0.75), Bead(source: 2..<3, target: 1..<2),
      ])
    #expect(corpus.sourceLanguage == "fr-CA")
    #expect(corpus.beads.map(\.index) == [0, 1])
    #expect(corpus.beads.map(\.document) == ["d", "d"])
    #expect(corpus.beads[0].sourceText == "Un. Deux.")
    #expect(corpus.beads[0].targetText == "One. Two.")
    #expect(corpus.beads[0].source.map(\.range) == [0..<4, 5..<9])
    #expect(corpus.beads[0].score == 0.75)
    #expect(corpus.beads.map(\.shape) == [BeadShape(2, 1), BeadShape(1, 1)])
  }

  @Test func anInsertionKeepsAnEmptySide() {
    let bead = AlignedBead(
      index: 0, bead: Bead(source: 3..<3, target: 1..<2), sourceSentences: Self.source,
      targetSentences: Self.target)
    #expect(bead.source.isEmpty)
    #expect(bead.sourceIDs == 3..<3)
    #expect(bead.shape == BeadShape(0, 1))
    #expect(bead.link == BeadLink(source: [], target: [1]))
  }
}
