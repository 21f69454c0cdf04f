import Testing

@testable import BitextCorpus

@Suite struct AlignmentScorerTests {
  func links(_ text: String) -> [BeadLink] {
    (try? BeadsFormat.parse(text.replacingOccurrences(of: "; ", with: "\n"), path: "t")) ?? []
  }

  // Document A.
  // Gold: [0]:[0]; [1, 2]:[1]; [3]:[]; []:[2]; [4]:[3]
  // Test: [0]:[0]; [1]:[1]; [2]:[1]; [3]:[2]; [4]:[3]
  // Precision, M from gold: M0={0} M1={1} M2={1} M3={} M4={3}
  //   [0]:[0] exact → sTP lTP; [1]:[1] → sFP, {1}∩M1 → lTP; [2]:[1] → sFP lTP;
  //   [3]:[2] → sFP, M3 empty → lFP; [4]:[3] exact → sTP lTP.
  //   strict 2 TP / 3 FP → P = 0.4; lax 4 TP / 1 FP → P = 0.8.
  // Recall, empty-side beads dropped: gold' = [0]:[0]; [1, 2]:[1]; [4]:[3], M from test.
  //   [0]:[0] sTP lTP; [1, 2]:[1] sFP, {1}∩(M1∪M2={1}) → lTP; [4]:[3] sTP lTP.
  //   strict 2/3; lax 3/3 = 1.
  // F1 strict = 2·0.4·(2/3)/(0.4+2/3) = 0.5; F1 lax = 2·0.8·1/1.8 = 8/9.
  let goldA = "[0]:[0]; [1, 2]:[1]; [3]:[]; []:[2]; [4]:[3]"
  let testA = "[0]:[0]; [1]:[1]; [2]:[1]; [3]:[2]; [4]:[3]"

  // Document B (null beads).
  // Gold: [5]:[4]; [6]:[]        Test: [5]:[4]; []:[5]; [6]:[]; []:[]
  // Precision: [5]:[4] sTP lTP; []:[5] sFP lFP (empty source); [6]:[] exact sTP lTP; []:[] ignored.
  //   strict 2/3, lax 2/3.
  // Recall: gold' = [5]:[4], test' = [5]:[4] → 1/1 strict and lax.
  // F1 = 2·(2/3)·1/(5/3) = 0.8 both.
  let goldB = "[5]:[4]; [6]:[]"
  let testB = "[5]:[4]; []:[5]; [6]:[]; []:[]"

  @Test func documentA() {
    let scores = AlignmentScorer.score(gold: links(goldA), test: links(testA))
    #expect(
      scores.precisionCounts
        == AlignmentCounts(
          strictTruePositives: 2, strictFalsePositives: 3, laxTruePositives: 4, laxFalsePositives: 1
        ))
    #expect(
      scores.recallCounts
        == AlignmentCounts(
          strictTruePositives: 2, strictFalsePositives: 1, laxTruePositives: 3, laxFalsePositives: 0
        ))
    #expect(abs(scores.strictPrecision - 0.4) < 1e-12)
    #expect(abs(scores.laxPrecision - 0.8) < 1e-12)
    #expect(abs(scores.strictRecall - 2.0 / 3) < 1e-12)
    #expect(abs(scores.laxRecall - 1) < 1e-12)
    #expect(abs(scores.strictF1 - 0.5) < 1e-12)
    #expect(abs(scores.laxF1 - 8.0 / 9) < 1e-12)
  }

  @Test func documentBWithNullBeads() {
    let scores = AlignmentScorer.score(gold: links(goldB), test: links(testB))
    #expect(
      scores.precisionCounts
        == AlignmentCounts(
          strictTruePositives: 2, strictFalsePositives: 1, laxTruePositives: 2, laxFalsePositives: 1
        ))
    #expect(
      scores.recallCounts
        == AlignmentCounts(
          strictTruePositives: 1, strictFalsePositives: 0, laxTruePositives: 1, laxFalsePositives: 0
        ))
    #expect(abs(scores.strictF1 - 0.8) < 1e-12)
    #expect(abs(scores.laxF1 - 0.8) < 1e-12)
  }

  // Both documents together, micro-averaged (summed counts):
  //   precision strict 4 TP / 4 FP = 0.5; lax 6 TP / 2 FP = 0.75;
  //   recall strict 3 TP / 1 FP = 0.75; lax 4 / 4 = 1.
  //   F1 strict = 2·0.5·0.75/1.25 = 0.6; lax = 2·0.75/1.75 = 6/7.
  // (A macro average of the F1s would be (0.5 + 0.8)/2 = 0.65 instead.)
  @Test func microAverageOverDocuments() {
    let scores = AlignmentScorer.score(
      gold: [links(goldA), links(goldB)], test: [links(testA), links(testB)])
    #expect(abs(scores.strictPrecision - 0.5) < 1e-12)
    #expect(abs(scores.laxPrecision - 0.75) < 1e-12)
    #expect(abs(scores.strictRecall - 0.75) < 1e-12)
    #expect(abs(scores.laxRecall - 1) < 1e-12)
    #expect(abs(scores.strictF1 - 0.6) < 1e-12)
    #expect(abs(scores.laxF1 - 6.0 / 7) < 1e-12)
  }

  // Duplicate beads count once (vecalign works on sets): P = 1/1, R = 1/1.
  @Test func duplicatesCountOnce() {
    let scores = AlignmentScorer.score(gold: links("[0]:[0]"), test: links("[0]:[0]; [0]:[0]"))
    #expect(scores.precisionCounts.strictTruePositives == 1)
    #expect(scores.precisionCounts.strictFalsePositives == 0)
  }

  // Ids compare in the order written, as vecalign's tuples do: [1, 0]:[0] is not [0, 1]:[0]
  // (strict FP) but overlaps it (lax TP).
  @Test func idOrderMattersForStrictMatches() {
    let counts = AlignmentScorer.counts(test: links("[1, 0]:[0]"), gold: links("[0, 1]:[0]"))
    #expect(
      counts
        == AlignmentCounts(
          strictTruePositives: 0, strictFalsePositives: 1, laxTruePositives: 1, laxFalsePositives: 0
        ))
  }

  // Nothing to count: every ratio is 0/0 = 0.
  @Test func emptyAlignmentsScoreZero() {
    let scores = AlignmentScorer.score(gold: [BeadLink](), test: [])
    #expect(scores.strictPrecision == 0 && scores.strictRecall == 0 && scores.strictF1 == 0)
    #expect(scores.laxPrecision == 0 && scores.laxRecall == 0 && scores.laxF1 == 0)
  }

  // A test alignment equal to gold scores 1 everywhere.
  @Test func perfectAlignment() {
    let scores = AlignmentScorer.score(gold: links(goldA), test: links(goldA))
    #expect(scores.strictF1 == 1 && scores.laxF1 == 1)
  }

  /// One gold bead of 20,000 × 20,000 sentences against 20,000 1-1 beads: every test bead
  /// overlaps it (lax), none equals it (strict). The scorer maps ids to beads, so this takes
  /// memory in the number of ids, not in their product (the product would be 4·10⁸ entries).
  @Test func aVeryWideBeadIsScoredByOverlap() {
    let width = 20_000
    let wide = [BeadLink(source: Array(0..<width), target: Array(0..<width))]
    let oneToOne = (0..<width).map { BeadLink(source: [$0], target: [$0]) }
    let scores = AlignmentScorer.score(gold: wide, test: oneToOne)
    #expect(
      scores.precisionCounts
        == AlignmentCounts(strictFalsePositives: width, laxTruePositives: width))
    #expect(scores.recallCounts == AlignmentCounts(strictFalsePositives: 1, laxTruePositives: 1))
    let shifted = (0..<width).map { BeadLink(source: [$0], target: [width + $0]) }
    #expect(
      AlignmentScorer.counts(test: shifted, gold: wide)
        == AlignmentCounts(strictFalsePositives: width, laxFalsePositives: width))
  }
}
