import BitextAlign
import BitextCorpus

extension DocumentVerdict {
  /// The verdict on a document from what the aligner measured on it: a translation when
  /// ``BitextAlign/DocumentEvidence/translationProbability`` is at least 0.9, mis-paired when it
  /// is at most 0.1, uncertain in between and for documents of fewer than six sentences.
  public init(_ evidence: DocumentEvidence) {
    let probability = evidence.translationProbability
    let kind: Kind
    if evidence.sourceSentences + evidence.targetSentences < 6 {
      kind = .uncertain
    } else if probability >= 0.9 {
      kind = .translation
    } else if probability <= 0.1 {
      kind = .misPaired
    } else {
      kind = .uncertain
    }
    self.init(
      kind: kind, confidence: probability, alignedShare: evidence.alignedShare,
      lexicalRatio: evidence.lexicalRatio)
  }
}
