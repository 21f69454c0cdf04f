/// How many beads were checked, how many were flagged and how many raised each flag, for one
/// document or summed over many (the batch summary).
public struct FlagTally: Sendable, Hashable, Codable {
  /// The beads checked.
  public var beads = 0
  /// The beads with at least one flag.
  public var flaggedBeads = 0
  /// Beads per flag (a bead with two flags counts under both).
  public var perFlag: [BeadFlag: Int] = [:]

  /// An empty tally.
  public init() {}

  /// The tally of a report.
  public init(_ report: QualityReport) {
    beads = report.notes.count
    flaggedBeads = report.flaggedBeads
    for (flag, count) in report.counts { perFlag[flag] = count }
  }

  /// Adds another tally to this one.
  public mutating func add(_ other: FlagTally) {
    beads += other.beads
    flaggedBeads += other.flaggedBeads
    perFlag.merge(other.perFlag, uniquingKeysWith: +)
  }

  /// The flags raised and their beads, in ``BeadFlag`` order: `omission 3, number mismatch 2`.
  public var flagList: String {
    BeadFlag.allCases.compactMap { flag in perFlag[flag].map { "\(flag.label) \($0)" } }
      .joined(separator: ", ")
  }

  /// `flags: 12 beads flagged — omission 3, number mismatch 2`, or `flags: no bead flagged`.
  public var headline: String {
    switch flaggedBeads {
    case 0: "flags: no bead flagged"
    case 1: "flags: 1 bead flagged — \(flagList)"
    default: "flags: \(flaggedBeads) beads flagged — \(flagList)"
    }
  }
}
