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
