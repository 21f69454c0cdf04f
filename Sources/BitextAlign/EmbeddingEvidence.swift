/// Sentence embeddings for the aligner: each text a unit vector, comparable across the two
/// languages by cosine (a multilingual sentence encoder).
///
/// The aligner asks once per alignment for the sentences' ``weightedVectors(of:)``, from which
/// it pools the runs of consecutive sentences its beads may join (encoding each run's joined
/// text instead measured no better on the development sets, for ten times the encoding); the
/// review's checks ask for ``vectors(of:)``.
public protocol EmbeddingEvidence: Sendable {
  /// The unit vectors of `texts`, in order, all of the same length.
  func vectors(of texts: [String]) -> [[Float]]

  /// Each text's vector before normalization and its weight (for an encoder, its mean token
  /// state and its tokens): a run of sentences then gets the normalized weighted sum of its
  /// sentences' vectors without being encoded again. By default the unit vectors, weight 1.
  func weightedVectors(of texts: [String]) -> [(vector: [Float], weight: Float)]
}

extension EmbeddingEvidence {
  public func weightedVectors(of texts: [String]) -> [(vector: [Float], weight: Float)] {
    vectors(of: texts).map { ($0, 1) }
  }
}
