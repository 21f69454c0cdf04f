/// A bead seen only as sentence ids: the research ("beads", vecalign) view of an alignment.
///
/// Ids are 0-based sentence indices, kept in the order written; either list may be empty.
public struct BeadLink: Hashable, Sendable {
  /// Source sentence ids.
  public var source: [Int]
  /// Target sentence ids.
  public var target: [Int]

  /// Creates a link.
  public init(source: [Int], target: [Int]) {
    self.source = source
    self.target = target
  }
}
