import Testing

@testable import BitextCorpus

@Suite struct AlignedCorpusUnalignedTests {
  @Test func unalignedSentencesCanBeLeftOut() {
    var corpus = CorpusFixtures.hardCorpus()
    corpus.beads[2].targetIDs = 2..<2
    corpus.beads[2].target = []
    let kept = corpus.withoutUnalignedSentences()
    let unaligned = corpus.beads.filter { $0.sourceIDs.isEmpty || $0.targetIDs.isEmpty }
    #expect(unaligned.count >= 2)
    #expect(kept.beads.count == corpus.beads.count - unaligned.count)
    #expect(!kept.beads.contains { $0.sourceIDs.isEmpty || $0.targetIDs.isEmpty })
    // The others are untouched: same indices, same ids.
    #expect(kept.beads == corpus.beads.filter { !$0.sourceIDs.isEmpty && !$0.targetIDs.isEmpty })
    #expect(CorpusFormat.allCases.filter(\.dropsUnalignedOnRequest) == [.tmx, .tsv, .moses])
  }
}
