/// The document structure of one side, sentence by sentence: which block (paragraph, heading,
/// list item, table cell…) each sentence belongs to, and whether that block is a heading.
/// Given for both sides, it is evidence for the aligner (see ``SentenceAligner``).
public struct BlockStructure: Sendable, Hashable {
  /// For each sentence, the index of its block; never decreasing.
  public var blocks: [Int]
  /// For each sentence, whether its block is a heading.
  public var headings: [Bool]

  /// Creates the structure of a side; both arrays have one entry per sentence.
  public init(blocks: [Int], headings: [Bool]) {
    precondition(blocks.count == headings.count, "one block and one heading flag per sentence")
    self.blocks = blocks
    self.headings = headings
  }

  /// The number of distinct blocks the sentences are in.
  public var blockCount: Int {
    var count = 0
    for index in blocks.indices where index == 0 || blocks[index] != blocks[index - 1] {
      count += 1
    }
    return count
  }
}
