import BitextAlign
import BitextEmbed

/// The sentence encoder as the aligner's embedding evidence: identical texts of a call are
/// encoded once.
extension SentenceEncoder: EmbeddingEvidence {
  public func vectors(of texts: [String]) -> [[Float]] {
    var firstIndex: [String: Int] = [:]
    var unique: [String] = []
    let slots = texts.map { text in
      if let index = firstIndex[text] { return index }
      firstIndex[text] = unique.count
      unique.append(text)
      return unique.count - 1
    }
    let vectors = embed(unique)
    return slots.map { vectors[$0] }
  }
}
