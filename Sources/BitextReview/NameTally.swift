/// How often each name of one side of a document is in a bead, and how often with no
/// counterpart.
struct NameTally {
  /// Beads per name (folded).
  var beads: [String: Int] = [:]
  /// Beads where the name has no counterpart, per name (folded).
  var unmatched: [String: Int] = [:]

  /// Counts a bead's names and those of them with no counterpart.
  mutating func add(_ names: [String], unmatched missing: [String]) {
    for name in Set(names.map(WordFolding.fold)) { beads[name, default: 0] += 1 }
    for name in Set(missing.map(WordFolding.fold)) { unmatched[name, default: 0] += 1 }
  }
}
