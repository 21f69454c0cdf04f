import BitextAlign
import BitextCorpus
import BitextReview

/// How well the review's omission flag (``OmissionDetector``) finds the sentences a gold
/// alignment leaves unaligned, in the aligner's output: by empty beads alone (the flag without
/// embeddings), and with the sentences of filled beads that have no close match nearby
/// (``SentenceCloseness``). Also how often an unaligned sentence's "close to … misaligned?"
/// hint is right: the gold aligns that sentence.
struct OmissionScore {
  /// Sentences the gold leaves unaligned.
  var goldUnaligned = 0
  /// Sentences in the output's empty beads, and how many of them the gold leaves unaligned.
  var empty = (flagged: 0, right: 0)
  /// The same with the sentences of filled beads that have no close match nearby.
  var withEmbeddings = (flagged: 0, right: 0)
  /// Unaligned sentences of the output with a close counterpart nearby, and how many of them
  /// the gold aligns.
  var hints = (flagged: 0, right: 0)

  /// Adds one document: its sentences, gold and output beads.
  mutating func add(
    source: [String], target: [String], gold: [BeadLink], test: [BeadLink],
    embeddings: any EmbeddingEvidence, detector: OmissionDetector = OmissionDetector()
  ) {
    var goldSet = (source: Set<Int>(), target: Set<Int>())
    for link in gold {
      if link.target.isEmpty { goldSet.source.formUnion(link.source) }
      if link.source.isEmpty { goldSet.target.formUnion(link.target) }
    }
    goldUnaligned += goldSet.source.count + goldSet.target.count
    let beads = test.enumerated().map { index, link in
      AlignedBead(
        index: index, sourceIDs: Self.range(link.source), targetIDs: Self.range(link.target),
        source: link.source.map { AlignedSentence(text: source[$0]) },
        target: link.target.map { AlignedSentence(text: target[$0]) })
    }
    let closeness = SentenceCloseness(beads: beads, embeddings: embeddings)
    for (index, bead) in beads.enumerated() {
      let sides = [
        (bead.sourceIDs, closeness.source[index], goldSet.source, bead.targetIDs.isEmpty),
        (bead.targetIDs, closeness.target[index], goldSet.target, bead.sourceIDs.isEmpty),
      ]
      for (ids, matches, unaligned, isEmptyBead) in sides {
        for (offset, id) in ids.enumerated() {
          let isRight = unaligned.contains(id)
          if isEmptyBead {
            empty.flagged += 1
            withEmbeddings.flagged += 1
            if isRight {
              empty.right += 1
              withEmbeddings.right += 1
            }
            if let match = matches[offset], match.margin >= detector.matchedMargin {
              hints.flagged += 1
              if !isRight { hints.right += 1 }
            }
          } else if let match = matches[offset], match.margin < detector.unmatchedMargin {
            withEmbeddings.flagged += 1
            if isRight { withEmbeddings.right += 1 }
          }
        }
      }
    }
  }

  /// The table rows: recall and precision of each way of flagging.
  func rows() -> [String] {
    func ratio(_ a: Int, _ b: Int) -> String {
      b == 0 ? "–" : String(format: "%.2f", Double(a) / Double(b))
    }
    return [
      "| empty beads (no embeddings) | \(empty.flagged) | \(ratio(empty.right, goldUnaligned)) | \(ratio(empty.right, empty.flagged)) |",
      "| empty beads + no close match nearby | \(withEmbeddings.flagged) | \(ratio(withEmbeddings.right, goldUnaligned)) | \(ratio(withEmbeddings.right, withEmbeddings.flagged)) |",
      "| \"close to …: misaligned?\" hints | \(hints.flagged) | – | \(ratio(hints.right, hints.flagged)) |",
    ]
  }

  private static func range(_ ids: [Int]) -> Range<Int> {
    guard let first = ids.first, let last = ids.last else { return 0..<0 }
    return first..<(last + 1)
  }
}
