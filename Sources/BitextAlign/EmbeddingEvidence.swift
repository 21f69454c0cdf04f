/// Sentence embeddings for the aligner: each text a unit vector, comparable across the two
/// languages by cosine (a multilingual sentence encoder).
///
/// The aligner asks once per alignment for the vectors of the sentences and of the runs of
/// consecutive sentences its beads may join (``AlignerConfiguration/embeddingSpanLength``),
/// each run's sentences joined by a space.
public protocol EmbeddingEvidence: Sendable {
  /// The unit vectors of `texts`, in order, all of the same length.
  func vectors(of texts: [String]) -> [[Float]]
}
