import BitextAlign
import BitextEmbed
import Foundation
import Synchronization

/// Sentence vectors for benchmark runs, remembered on disk between runs (texts and vectors in
/// one binary file), so that a parameter sweep embeds each text once.
final class CachedEmbeddings: EmbeddingEvidence {
  let encoder: SentenceEncoder
  let file: String?
  private let stored = Mutex<[String: [Float]]>([:])
  /// Texts embedded by this process (not found in the file).
  private let embedded = Mutex(0)

  init(encoder: SentenceEncoder, file: String?) {
    self.encoder = encoder
    self.file = file
    if let file, let data = try? Data(contentsOf: URL(fileURLWithPath: file)) {
      var entries: [String: [Float]] = [:]
      var offset = 0
      let dimension = encoder.dimension
      data.withUnsafeBytes { raw in
        while offset + 4 <= raw.count {
          let length = Int(raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
          guard offset + 4 + length + dimension * 4 <= raw.count else { break }
          let text = String(decoding: raw[(offset + 4)..<(offset + 4 + length)], as: UTF8.self)
          let start = offset + 4 + length
          entries[text] = (0..<dimension).map {
            raw.loadUnaligned(fromByteOffset: start + $0 * 4, as: Float.self)
          }
          offset = start + dimension * 4
        }
      }
      stored.withLock { $0 = entries }
    }
  }

  /// How many texts this process had to embed.
  var embeddedCount: Int { embedded.withLock { $0 } }

  func vectors(of texts: [String]) -> [[Float]] {
    let missing = stored.withLock { stored in
      Array(Set(texts.filter { stored[$0] == nil })).sorted()
    }
    if !missing.isEmpty {
      let vectors = encoder.embed(missing)
      stored.withLock { stored in
        for (text, vector) in zip(missing, vectors) { stored[text] = vector }
      }
      embedded.withLock { $0 += missing.count }
    }
    return stored.withLock { stored in texts.map { stored[$0]! } }
  }

  /// Writes every vector known to the file.
  func save() throws {
    guard let file else { return }
    var data = Data()
    stored.withLock { stored in
      for text in stored.keys.sorted() {
        let bytes = Array(text.utf8)
        withUnsafeBytes(of: UInt32(bytes.count)) { data.append(contentsOf: $0) }
        data.append(contentsOf: bytes)
        stored[text]!.withUnsafeBytes { data.append(contentsOf: $0) }
      }
    }
    try data.write(to: URL(fileURLWithPath: file), options: .atomic)
  }
}
