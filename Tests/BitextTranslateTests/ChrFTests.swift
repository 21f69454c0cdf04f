import Testing

@testable import BitextTranslate

@Suite struct ChrFTests {
  @Test func identicalTextScoresAHundredAndDisjointTextNothing() {
    #expect(ChrF.sentenceScore(hypothesis: "the cat", reference: "thecat") == 100)
    #expect(ChrF.sentenceScore(hypothesis: "xyz", reference: "abc") < 1e-9)
    #expect(ChrF.corpusScore(hypotheses: ["a b", "c"], references: ["ab", "c"]) == 100)
  }

  @Test func recallWeighsMoreThanPrecision() {
    let short = ChrF.sentenceScore(hypothesis: "the cat", reference: "the cat sat")
    let long = ChrF.sentenceScore(hypothesis: "the cat sat on it", reference: "the cat sat")
    #expect(long > short)
  }
}
