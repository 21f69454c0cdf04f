extension Bead {
  /// The bead in the research "beads" format: `[source ids]:[target ids]`, 0-based ids
  /// separated by `, `, an empty side written `[]` (e.g. `[3, 4]:[5]`, `[]:[7]`).
  public var beadsLine: String {
    "[" + source.map(String.init).joined(separator: ", ") + "]:["
      + target.map(String.init).joined(separator: ", ") + "]"
  }
}
