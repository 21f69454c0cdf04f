import BitextAlign
import BitextCorpus
import BitextText

extension AlignedCorpus {
  /// Creates a one-document corpus from an alignment: the aligner's beads over the two sides'
  /// sentence lists. With the documents' blocks, each sentence keeps its block (index, kind,
  /// location).
  ///
  /// - Precondition: every bead's ranges lie inside the sentence lists.
  public init(
    document: String = "", sourceLanguage: String, targetLanguage: String,
    sourceSentences: [Sentence], targetSentences: [Sentence], beads: [Bead],
    sourceBlocks: [TextBlock] = [], targetBlocks: [TextBlock] = []
  ) {
    self.init(
      sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
      beads: beads.enumerated().map { offset, bead in
        AlignedBead(
          document: document, index: offset, bead: bead, sourceSentences: sourceSentences,
          targetSentences: targetSentences, sourceBlocks: sourceBlocks,
          targetBlocks: targetBlocks)
      })
  }
}

extension AlignedBead {
  /// Creates a bead from an aligner's ``Bead`` and the two sides' sentence lists.
  ///
  /// - Precondition: the bead's ranges lie inside the sentence lists.
  public init(
    document: String = "", index: Int, bead: Bead, sourceSentences: [Sentence],
    targetSentences: [Sentence], sourceBlocks: [TextBlock] = [], targetBlocks: [TextBlock] = []
  ) {
    precondition(
      bead.source.lowerBound >= 0 && bead.source.upperBound <= sourceSentences.count
        && bead.target.lowerBound >= 0 && bead.target.upperBound <= targetSentences.count,
      "bead \(bead.source) / \(bead.target) lies outside the sentence lists")
    self.init(
      document: document, index: index, sourceIDs: bead.source, targetIDs: bead.target,
      score: bead.score,
      source: sourceSentences[bead.source].map { Self.sentence($0, blocks: sourceBlocks) },
      target: targetSentences[bead.target].map { Self.sentence($0, blocks: targetBlocks) })
  }

  /// A sentence with its block, when `blocks` holds it.
  private static func sentence(_ sentence: Sentence, blocks: [TextBlock]) -> AlignedSentence {
    let origin =
      blocks.indices.contains(sentence.paragraph)
      ? AlignedSentence.BlockOrigin(
        index: sentence.paragraph, kind: blocks[sentence.paragraph].kind.name,
        location: blocks[sentence.paragraph].location) : nil
    return AlignedSentence(text: sentence.text, range: sentence.range, block: origin)
  }

  /// The bead's shape: how many source and target sentences it joins.
  public var shape: BeadShape { BeadShape(sourceIDs.count, targetIDs.count) }
}
