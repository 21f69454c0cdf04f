import Testing

@testable import BitextReview

@Suite struct FlagTallyTests {
  let report = QualityReport(notes: [
    [BeadFlagNote(.omission, "a"), BeadFlagNote(.lowConfidence, "b")], [],
    [BeadFlagNote(.lengthRatio, "c")], [BeadFlagNote(.omission, "d")],
  ])

  @Test func countsAReport() {
    let tally = report.tally
    #expect(tally.beads == 4)
    #expect(tally.flaggedBeads == 3)
    #expect(tally.perFlag == [.omission: 2, .lowConfidence: 1, .lengthRatio: 1])
    #expect(tally.flagList == "low confidence 1, omission 2, length ratio 1")
    #expect(
      tally.headline == "flags: 3 beads flagged — low confidence 1, omission 2, length ratio 1")
  }

  @Test func talliesAddUp() {
    var total = FlagTally()
    #expect(total.headline == "flags: no bead flagged")
    total.add(report.tally)
    total.add(FlagTally(QualityReport(notes: [[BeadFlagNote(.omission, "e")], []])))
    #expect(total.beads == 6)
    #expect(total.flaggedBeads == 4)
    #expect(total.perFlag[.omission] == 3)
    var one = FlagTally()
    one.add(FlagTally(QualityReport(notes: [[BeadFlagNote(.untranslated, "f")]])))
    #expect(one.headline == "flags: 1 bead flagged — untranslated 1")
  }
}
