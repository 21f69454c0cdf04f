import Testing

@testable import BitextAlign

@Test func glossOverlapPrefersTheMatchingSentence() {
  let source = ["The old fisherman mended his nets.", "Rain fell on the quiet harbour."]
  let glosses = ["The old fisher mended her nets.", "Rain fell over the calm harbour."]
  let (sourceProfiles, glossProfiles) = CharacterProfile.profiles(source, glosses)
  let band = AlignmentBand.diagonal(sourceCount: 2, targetCount: 2, width: 2)
  let coverage = GlossCoverage(
    source: sourceProfiles, target: glossProfiles, band: band, maximumSize: 2)
  #expect(coverage.overlap(0..<1, 0..<1) > coverage.overlap(0..<1, 1..<2))
  #expect(coverage.overlap(1..<2, 1..<2) > coverage.overlap(1..<2, 0..<1))
  #expect(coverage.overlap(0..<1, 0..<0) == 0)
  // Merging an unrelated sentence into a bead does not raise its overlap.
  #expect(coverage.overlap(0..<1, 0..<2) < coverage.overlap(0..<1, 0..<1))
  // Identical texts overlap fully.
  let (same, copy) = CharacterProfile.profiles(source, source)
  let identical = GlossCoverage(source: same, target: copy, band: band, maximumSize: 2)
  #expect(abs(identical.overlap(0..<2, 0..<2) - 1) < 1e-9)
}

@Test func baselineCorrectionCountsTheOverlapOfUnrelatedSentencesAsNone() {
  let source = [
    "The old fisherman mended his nets.", "Rain fell on the quiet harbour.",
    "The children ran along the shore.", "The bells of the church rang at noon.",
  ]
  let glosses = [
    "The old fisher mended her nets.", "Rain fell over the calm harbour.",
    "The children ran by the shore.", "The church bells rang at midday.",
  ]
  let (sourceProfiles, glossProfiles) = CharacterProfile.profiles(source, glosses)
  let band = AlignmentBand.diagonal(sourceCount: 4, targetCount: 4, width: 4)
  let raw = GlossCoverage(
    source: sourceProfiles, target: glossProfiles, band: band, maximumSize: 2)
  let corrected = GlossCoverage(
    source: sourceProfiles, target: glossProfiles, band: band, maximumSize: 2,
    correctsBaseline: true)
  #expect(raw.baseline == 0)
  #expect(corrected.baseline > 0)
  // Below the median pair, an overlap counts as none; translations keep a positive one,
  // rescaled from the baseline to 1.
  var zeroes = 0
  for s in 0..<4 {
    for t in 0..<4 {
      let expected = max(
        0, (raw.overlap(s..<(s + 1), t..<(t + 1)) - corrected.baseline) / (1 - corrected.baseline))
      #expect(abs(corrected.overlap(s..<(s + 1), t..<(t + 1)) - expected) < 1e-9)
      if expected == 0 { zeroes += 1 }
    }
    #expect(corrected.overlap(s..<(s + 1), s..<(s + 1)) > 0)
  }
  #expect(zeroes >= 8)
}
