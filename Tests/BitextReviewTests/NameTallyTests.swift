import Testing

@testable import BitextReview

@Suite struct NameTallyTests {
  @Test func countsEachNameOncePerBead() {
    var tally = NameTally()
    tally.add(["Putin", "Putin’s", "Minsk"], unmatched: ["Minsk"])
    tally.add(["Putin"], unmatched: ["Putin", "Putin"])
    #expect(tally.beads == ["putin": 2, "minsk": 1])
    #expect(tally.unmatched == ["putin": 1, "minsk": 1])
  }
}
