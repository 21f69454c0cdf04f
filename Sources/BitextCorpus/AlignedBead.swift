/// One bead of an aligned corpus: a run of source sentences matched with a run of target
/// sentences, with their texts, the aligner's score and where the bead sits.
///
/// Either side may be empty (an insertion or a deletion). Formats that keep only one text per
/// side (TMX, TSV, Moses) read back as one ``AlignedSentence`` per non-empty side, while
/// ``sourceIDs`` and ``targetIDs`` keep the original sentence indices when the format stores them.
public struct AlignedBead: Hashable, Sendable, Codable {
  /// The identifier of the document pair the bead belongs to (may be empty).
  public var document: String
  /// The 0-based position of the bead in its document.
  public var index: Int
  /// The 0-based source sentence indices the bead covers.
  public var sourceIDs: Range<Int>
  /// The 0-based target sentence indices the bead covers.
  public var targetIDs: Range<Int>
  /// The aligner's confidence, normally in [0, 1].
  public var score: Double
  /// The source sentences, in order.
  public var source: [AlignedSentence]
  /// The target sentences, in order.
  public var target: [AlignedSentence]

  /// Creates a bead from its parts.
  public init(
    document: String = "", index: Int, sourceIDs: Range<Int>, targetIDs: Range<Int>,
    score: Double = 1, source: [AlignedSentence], target: [AlignedSentence]
  ) {
    self.document = document
    self.index = index
    self.sourceIDs = sourceIDs
    self.targetIDs = targetIDs
    self.score = score
    self.source = source
    self.target = target
  }

  /// The source text: the source sentences joined with a single space.
  public var sourceText: String { source.map(\.text).joined(separator: " ") }
  /// The target text: the target sentences joined with a single space.
  public var targetText: String { target.map(\.text).joined(separator: " ") }

  /// The bead as a sentence-id link, as the scorer and the beads format see it.
  public var link: BeadLink { BeadLink(source: Array(sourceIDs), target: Array(targetIDs)) }
}
