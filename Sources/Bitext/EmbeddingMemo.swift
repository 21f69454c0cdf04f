import BitextAlign
import BitextEmbed
import Synchronization

/// A sentence encoder as embedding evidence that remembers what it has encoded: the aligner
/// encodes a document's sentences, and the review's omission check after it finds them here
/// rather than encoding them again.
///
/// Vectors are the encoder's mean token states, which do not depend on what else is encoded
/// with them, so that what is remembered changes no output. The memo is emptied when it
/// reaches ``capacity`` texts, so that memory stays bounded over a long batch.
public final class EmbeddingMemo: EmbeddingEvidence {
  /// The encoder.
  public let encoder: SentenceEncoder
  /// The most texts remembered.
  public let capacity: Int
  private let states = Mutex<[String: State]>([:])

  /// A text's mean token state and its tokens.
  private struct State: Sendable {
    var mean: [Float]
    var tokens: Int
  }

  /// Creates an empty memo of `encoder`, remembering at most `capacity` texts (about 1.5 kB
  /// each for a 384-dimension encoder).
  public init(encoder: SentenceEncoder, capacity: Int = 100_000) {
    self.encoder = encoder
    self.capacity = max(1, capacity)
  }

  /// How many texts are remembered.
  var rememberedCount: Int { states.withLock { $0.count } }

  public func vectors(of texts: [String]) -> [[Float]] {
    states(of: texts).map { SentenceEncoder.unitVector($0.mean) }
  }

  public func weightedVectors(of texts: [String]) -> [(vector: [Float], weight: Float)] {
    states(of: texts).map { ($0.mean, Float($0.tokens)) }
  }

  /// The states of `texts`: remembered, or encoded together (each distinct text once) and
  /// remembered.
  private func states(of texts: [String]) -> [State] {
    var found = states.withLock { table in
      var found: [String: State] = [:]
      for text in texts where found[text] == nil {
        if let state = table[text] { found[text] = state }
      }
      return found
    }
    var missing: [String] = []
    var seen = Set<String>()
    for text in texts where found[text] == nil && seen.insert(text).inserted {
      missing.append(text)
    }
    if !missing.isEmpty {
      let computed = encoder.meanStates(missing).map { State(mean: $0.mean, tokens: $0.tokens) }
      for (text, state) in zip(missing, computed) { found[text] = state }
      states.withLock { table in
        if table.count + missing.count > capacity { table.removeAll() }
        guard missing.count <= capacity else { return }
        for (text, state) in zip(missing, computed) { table[text] = state }
      }
    }
    return texts.map { found[$0]! }
  }
}
