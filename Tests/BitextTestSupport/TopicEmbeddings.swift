import BitextAlign

/// Fake sentence embeddings for the aligner's and the review's tests: a text's vector is the normalized count of
/// its "topic words" (`t0`, `t1`, …, the same on both sides), plus a small constant so that
/// texts without any are not orthogonal to everything. It remembers the texts it was asked.
public final class TopicEmbeddings: EmbeddingEvidence, @unchecked Sendable {
  /// How many topic words there are.
  public let topics: Int
  /// The texts asked for, in order.
  public private(set) var asked: [String] = []

  /// Creates embeddings of `topics` topic words.
  public init(topics: Int) {
    self.topics = topics
  }

  public func vectors(of texts: [String]) -> [[Float]] {
    asked += texts
    return texts.map { text in
      var vector = [Float](repeating: 0.05, count: topics + 1)
      for word in text.split(separator: " ") where word.hasPrefix("t") {
        if let topic = Int(word.dropFirst()), topic < topics { vector[topic] += 1 }
      }
      let norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
      return vector.map { $0 / norm }
    }
  }
}
