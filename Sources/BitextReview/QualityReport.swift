import BitextAlign
import BitextCorpus

/// The flags of every bead of a corpus, and their counts.
public struct QualityReport: Hashable, Sendable {
  /// The notes of each bead, parallel to the corpus's beads (empty for an unflagged bead).
  public var notes: [[BeadFlagNote]]
  /// Beads per flag, in ``BeadFlag`` order, flags that no bead raised left out.
  public var counts: [(flag: BeadFlag, beads: Int)] {
    var counts: [BeadFlag: Int] = [:]
    for beadNotes in notes {
      for flag in Set(beadNotes.map(\.flag)) { counts[flag, default: 0] += 1 }
    }
    return BeadFlag.allCases.compactMap { flag in counts[flag].map { (flag, $0) } }
  }
  /// The number of beads with at least one flag.
  public var flaggedBeads: Int { notes.filter { !$0.isEmpty }.count }
  /// The beads checked, flagged and per flag.
  public var tally: FlagTally { FlagTally(self) }

  /// Creates a report from the notes of each bead.
  public init(notes: [[BeadFlagNote]]) {
    self.notes = notes
  }
}
