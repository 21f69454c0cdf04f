/// An aligned parallel corpus: beads of source and target text, in order, for one or more
/// document pairs, with the two languages.
///
/// This is the value every corpus format reads into and writes from (see ``CorpusWriter`` and
/// ``CorpusReader``).
public struct AlignedCorpus: Hashable, Sendable, Codable {
  /// The source language code (BCP 47, e.g. `"fr"`); `"und"` when unknown.
  public var sourceLanguage: String
  /// The target language code (BCP 47, e.g. `"en"`); `"und"` when unknown.
  public var targetLanguage: String
  /// The beads, document after document, each document's beads in order.
  public var beads: [AlignedBead]
  /// The verdict on each document (by document id) whose sides were aligned here or read with
  /// one: whether its sides are translations of each other.
  public var verdicts: [String: DocumentVerdict]

  /// Creates a corpus from beads.
  public init(
    sourceLanguage: String, targetLanguage: String, beads: [AlignedBead] = [],
    verdicts: [String: DocumentVerdict] = [:]
  ) {
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
    self.beads = beads
    self.verdicts = verdicts
  }

  /// The beads grouped by document, in order of first appearance.
  public var documents: [(document: String, beads: [AlignedBead])] {
    var order: [String] = []
    var groups: [String: [AlignedBead]] = [:]
    for bead in beads {
      if groups[bead.document] == nil { order.append(bead.document) }
      groups[bead.document, default: []].append(bead)
    }
    return order.map { ($0, groups[$0] ?? []) }
  }
}
