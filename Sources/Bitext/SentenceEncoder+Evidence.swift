import BitextAlign
import BitextEmbed

/// The sentence encoder as the aligner's embedding evidence: identical texts of a call are
/// encoded once.
extension SentenceEncoder: EmbeddingEvidence {
  public func vectors(of texts: [String]) -> [[Float]] {
    deduplicated(texts, embed)
  }

  public func weightedVectors(of texts: [String]) -> [(vector: [Float], weight: Float)] {
    deduplicated(texts, meanStates).map { ($0.mean, Float($0.tokens)) }
  }

  /// `body` over the distinct texts, spread back over `texts`.
  private func deduplicated<T>(_ texts: [String], _ body: ([String]) -> [T]) -> [T] {
    var firstIndex: [String: Int] = [:]
    var unique: [String] = []
    let slots = texts.map { text in
      if let index = firstIndex[text] { return index }
      firstIndex[text] = unique.count
      unique.append(text)
      return unique.count - 1
    }
    let results = body(unique)
    return slots.map { results[$0] }
  }
}
