/// The structure terms of the bead cost (see ``SentenceAligner``): block boundaries kept on
/// one side only, and headings paired with text.
struct StructureCosts: Sendable {
  /// Whether each position between sentences (0…n) of the source is a block boundary; the
  /// two ends are.
  private let sourceBoundaries: [Bool]
  private let targetBoundaries: [Bool]
  /// Prefix counts of ``sourceBoundaries``: `sourceBoundaryCounts[k]` boundaries before `k`.
  private let sourceBoundaryCounts: [Int32]
  private let targetBoundaryCounts: [Int32]
  /// Prefix counts of heading sentences.
  private let sourceHeadings: [Int32]
  private let targetHeadings: [Int32]
  /// The cost `s` of a boundary kept on one side only: the anchor weight when the blocks pair
  /// up one to one, else the boundary weight.
  let boundaryWeight: Double
  /// The cost `h` of a heading paired with text.
  let headingWeight: Double
  /// Whether the blocks act as anchors.
  let anchored: Bool

  init(
    source: BlockStructure, target: BlockStructure, sourceLengths: [Double],
    targetLengths: [Double], configuration: AlignerConfiguration
  ) {
    func boundaries(_ side: BlockStructure) -> [Bool] {
      let n = side.blocks.count
      return (0...n).map { $0 == 0 || $0 == n || side.blocks[$0] != side.blocks[$0 - 1] }
    }
    func prefix(_ flags: [Bool]) -> [Int32] {
      flags.reduce(into: [0]) { $0.append($0.last! + ($1 ? 1 : 0)) }
    }
    sourceBoundaries = boundaries(source)
    targetBoundaries = boundaries(target)
    sourceBoundaryCounts = prefix(sourceBoundaries)
    targetBoundaryCounts = prefix(targetBoundaries)
    sourceHeadings = prefix(source.headings)
    targetHeadings = prefix(target.headings)
    anchored = Self.blocksPairUp(
      source: source, target: target, sourceLengths: sourceLengths, targetLengths: targetLengths,
      share: configuration.blockPairingShare)
    boundaryWeight =
      anchored ? configuration.blockAnchorWeight : configuration.blockBoundaryWeight
    headingWeight = configuration.headingWeight
  }

  /// The structure cost of the bead of `shape` starting at `(i, j)`: `s` for a start that is
  /// a boundary on one side only, `s` for each boundary inside the bead, `h` when one side
  /// holds a heading and the other none.
  @inline(__always)
  func cost(_ shape: BeadShape, _ i: Int, _ j: Int) -> Double {
    var boundaries = sourceBoundaries[i] != targetBoundaries[j] ? 1 : 0
    if shape.source > 1 {
      boundaries += Int(sourceBoundaryCounts[i + shape.source] - sourceBoundaryCounts[i + 1])
    }
    if shape.target > 1 {
      boundaries += Int(targetBoundaryCounts[j + shape.target] - targetBoundaryCounts[j + 1])
    }
    var cost = boundaryWeight * Double(boundaries)
    if shape.source > 0 && shape.target > 0 {
      let sourceHasHeading = sourceHeadings[i + shape.source] > sourceHeadings[i]
      let targetHasHeading = targetHeadings[j + shape.target] > targetHeadings[j]
      if sourceHasHeading != targetHasHeading { cost += headingWeight }
    }
    return cost
  }

  /// Whether both sides have the same number of blocks (at least two) and at least `share` of
  /// the block pairs `k ↔ k` have lengths within a factor of two of the texts' ratio.
  static func blocksPairUp(
    source: BlockStructure, target: BlockStructure, sourceLengths: [Double],
    targetLengths: [Double], share: Double
  ) -> Bool {
    func lengths(_ side: BlockStructure, _ sentenceLengths: [Double]) -> [Double] {
      var result: [Double] = []
      for index in side.blocks.indices {
        if index == 0 || side.blocks[index] != side.blocks[index - 1] { result.append(0) }
        result[result.count - 1] += sentenceLengths[index]
      }
      return result
    }
    let sourceBlocks = lengths(source, sourceLengths)
    let targetBlocks = lengths(target, targetLengths)
    guard sourceBlocks.count >= 2, sourceBlocks.count == targetBlocks.count else { return false }
    let ratio = max(targetBlocks.reduce(0, +), 1) / max(sourceBlocks.reduce(0, +), 1)
    var agreeing = 0
    for (s, t) in zip(sourceBlocks, targetBlocks) {
      let expected = max(s * ratio, 1)
      if t >= expected / 2 && t <= expected * 2 { agreeing += 1 }
    }
    return Double(agreeing) >= share * Double(sourceBlocks.count)
  }
}
