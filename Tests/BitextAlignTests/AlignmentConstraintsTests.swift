import Testing

@testable import BitextAlign

@Suite struct AlignmentConstraintsTests {
  typealias Anchor = AlignmentConstraints.Anchor

  @Test func noConstraintIsOneGap() throws {
    #expect(
      try AlignmentConstraints().segments(sourceCount: 5, targetCount: 6) == [
        .gap(source: 0..<5, target: 0..<6)
      ])
  }

  @Test func fixedBeadsAndAnchorsCutTheTextsInOrder() throws {
    let constraints = AlignmentConstraints(
      beads: [Bead(source: 6..<8, target: 5..<6), Bead(source: 2..<3, target: 2..<2)],
      anchors: [Anchor(source: 4, target: 3), Anchor(source: 0, target: 0)])
    #expect(
      try constraints.segments(sourceCount: 10, targetCount: 9) == [
        .gap(source: 0..<2, target: 0..<2), .fixed(Bead(source: 2..<3, target: 2..<2)),
        .gap(source: 3..<4, target: 2..<3), .gap(source: 4..<6, target: 3..<5),
        .fixed(Bead(source: 6..<8, target: 5..<6)), .gap(source: 8..<10, target: 6..<9),
      ])
  }

  @Test func aFixedBeadAtTheEndLeavesNoGapAfterIt() throws {
    let constraints = AlignmentConstraints(beads: [Bead(source: 3..<4, target: 2..<4)])
    #expect(
      try constraints.segments(sourceCount: 4, targetCount: 4) == [
        .gap(source: 0..<3, target: 0..<2), .fixed(Bead(source: 3..<4, target: 2..<4)),
      ])
  }

  @Test func aConstraintOutsideTheTextsIsNamed() {
    #expect(
      throws: ConstraintError.outOfRange("bead [4]:[2]", sourceCount: 4, targetCount: 4)
    ) {
      try AlignmentConstraints(beads: [Bead(source: 4..<5, target: 2..<3)])
        .segments(sourceCount: 4, targetCount: 4)
    }
    #expect(throws: ConstraintError.outOfRange("anchor (5, 1)", sourceCount: 4, targetCount: 4)) {
      try AlignmentConstraints(anchors: [Anchor(source: 5, target: 1)])
        .segments(sourceCount: 4, targetCount: 4)
    }
  }

  @Test func crossingAndOverlappingConstraintsAreConflicts() {
    // The anchor (3, 1) crosses the bead [2]:[2]: the source is after, the target before.
    #expect(throws: ConstraintError.conflict("anchor (3, 1)", "bead [2]:[2]")) {
      try AlignmentConstraints(
        beads: [Bead(source: 2..<3, target: 2..<3)], anchors: [Anchor(source: 3, target: 1)]
      ).segments(sourceCount: 5, targetCount: 5)
    }
    // Two beads sharing target sentence 2.
    #expect(throws: ConstraintError.conflict("bead [3]:[2]", "bead [2]:[2]")) {
      try AlignmentConstraints(
        beads: [Bead(source: 2..<3, target: 2..<3), Bead(source: 3..<4, target: 2..<3)]
      ).segments(sourceCount: 5, targetCount: 5)
    }
    #expect(throws: ConstraintError.emptyBead(Bead(source: 2..<2, target: 1..<1))) {
      try AlignmentConstraints(beads: [Bead(source: 2..<2, target: 1..<1)])
        .segments(sourceCount: 5, targetCount: 5)
    }
  }

  @Test func theErrorsSayWhatIsWrong() {
    #expect(
      "\(ConstraintError.conflict("anchor (3, 1)", "bead [2]:[2]"))"
        == "anchor (3, 1) overlaps or crosses bead [2]:[2]: they cannot both hold")
    #expect(
      "\(ConstraintError.outOfRange("anchor (5, 1)", sourceCount: 4, targetCount: 3))"
        == "anchor (5, 1) lies outside the texts (4 source and 3 target sentences)")
  }
}
