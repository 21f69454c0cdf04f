import BitextAlign
import BitextCorpus
import BitextText

extension AlignedCorpus {
  /// Creates a one-document corpus from an alignment: the aligner's beads over the two sides'
  /// sentence lists.
  ///
  /// - Precondition: every bead's ranges lie inside the sentence lists.
  public init(
    document: String = "", sourceLanguage: String, targetLanguage: String,
    sourceSentences: [Sentence], targetSentences: [Sentence], beads: [Bead]
  ) {
    self.init(
      sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
      beads: beads.enumerated().map { offset, bead in
        AlignedBead(
          document: document, index: offset, bead: bead, sourceSentences: sourceSentences,
          targetSentences: targetSentences)
      })
  }
}

extension AlignedBead {
  /// Creates a bead from an aligner's ``Bead`` and the two sides' sentence lists.
  ///
  /// - Precondition: the bead's ranges lie inside the sentence lists.
  public init(
    document: String = "", index: Int, bead: Bead, sourceSentences: [Sentence],
    targetSentences: [Sentence]
  ) {
    precondition(
      bead.source.lowerBound >= 0 && bead.source.upperBound <= sourceSentences.count
        && bead.target.lowerBound >= 0 && bead.target.upperBound <= targetSentences.count,
      "bead \(bead.source) / \(bead.target) lies outside the sentence lists")
    self.init(
      document: document, index: index, sourceIDs: bead.source, targetIDs: bead.target,
      score: bead.score,
      source: sourceSentences[bead.source].map { AlignedSentence(text: $0.text, range: $0.range) },
      target: targetSentences[bead.target].map { AlignedSentence(text: $0.text, range: $0.range) })
  }

  /// The bead's shape: how many source and target sentences it joins.
  public var shape: BeadShape { BeadShape(sourceIDs.count, targetIDs.count) }
}
