import BitextCorpus

/// Raises ``BeadFlag/omission`` on beads with an empty side (1-0, 0-1…). Consecutive such
/// beads make a run, a sign of a passage missing from one side or of a misalignment, and each
/// of them says how long the run is.
public struct OmissionDetector: Sendable, Hashable {
  /// Creates a detector.
  public init() {}

  /// The notes of the beads of one document, in order: `source sentence with no translation
  /// (run of 3)`.
  public func notes(for beads: [AlignedBead]) -> [BeadFlagNote?] {
    var notes: [BeadFlagNote?] = beads.map(note(for:))
    var start = 0
    while start < notes.count {
      guard notes[start] != nil else {
        start += 1
        continue
      }
      var end = start
      while end < notes.count, notes[end] != nil { end += 1 }
      if end - start > 1 {
        for index in start..<end { notes[index]?.reason += " (run of \(end - start))" }
      }
      start = end
    }
    return notes
  }

  /// The note of one bead, without its run.
  func note(for bead: AlignedBead) -> BeadFlagNote? {
    switch (bead.hasEmptySource, bead.hasEmptyTarget) {
    case (false, true):
      let count = bead.sourceSentenceCount
      return BeadFlagNote(
        .omission,
        count > 1
          ? "\(count) source sentences with no translation" : "source sentence with no translation"
      )
    case (true, false):
      let count = bead.targetSentenceCount
      return BeadFlagNote(
        .omission,
        count > 1 ? "\(count) target sentences with no source" : "target sentence with no source")
    default:
      return nil
    }
  }
}
