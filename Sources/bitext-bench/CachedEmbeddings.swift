import BitextAlign
import BitextEmbed
import Foundation
import Synchronization

/// Sentence vectors for benchmark runs, remembered on disk between runs, so that a parameter
/// sweep encodes each text once: unit vectors in `file`, mean token states with their token
/// counts in `file.weighted` (each a binary list of text, vector and weight).
final class CachedEmbeddings: EmbeddingEvidence {
  let encoder: SentenceEncoder
  let file: String?
  private let units = Mutex<[String: ([Float], Float)]>([:])
  private let states = Mutex<[String: ([Float], Float)]>([:])
  /// Texts encoded by this process (not found in the files).
  private let encoded = Mutex(0)

  init(encoder: SentenceEncoder, file: String?) {
    self.encoder = encoder
    self.file = file
    if let file {
      units.withLock { $0 = Self.load(file, dimension: encoder.dimension, weighted: false) }
      states.withLock {
        $0 = Self.load(file + ".weighted", dimension: encoder.dimension, weighted: true)
      }
    }
  }

  private static func load(_ file: String, dimension: Int, weighted: Bool) -> [String: (
    [Float], Float
  )] {
    guard let data = try? Data(contentsOf: URL(fileURLWithPath: file)) else { return [:] }
    var entries: [String: ([Float], Float)] = [:]
    var offset = 0
    let extra = weighted ? 4 : 0
    data.withUnsafeBytes { raw in
      while offset + 4 <= raw.count {
        let length = Int(raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
        guard offset + 4 + length + dimension * 4 + extra <= raw.count else { break }
        let text = String(decoding: raw[(offset + 4)..<(offset + 4 + length)], as: UTF8.self)
        let start = offset + 4 + length
        let vector = (0..<dimension).map {
          raw.loadUnaligned(fromByteOffset: start + $0 * 4, as: Float.self)
        }
        let weight =
          weighted
          ? raw.loadUnaligned(fromByteOffset: start + dimension * 4, as: Float.self) : 1
        entries[text] = (vector, weight)
        offset = start + dimension * 4 + extra
      }
    }
    return entries
  }

  /// How many texts this process had to encode.
  var encodedCount: Int { encoded.withLock { $0 } }

  func vectors(of texts: [String]) -> [[Float]] {
    lookUp(texts, in: units) { encoder.embed($0).map { ($0, 1) } }.map(\.vector)
  }

  func weightedVectors(of texts: [String]) -> [(vector: [Float], weight: Float)] {
    lookUp(texts, in: states) { encoder.meanStates($0).map { ($0.mean, Float($0.tokens)) } }
  }

  private func lookUp(
    _ texts: [String], in cache: borrowing Mutex<[String: ([Float], Float)]>,
    encode: ([String]) -> [([Float], Float)]
  ) -> [(vector: [Float], weight: Float)] {
    let missing = cache.withLock { stored in
      Array(Set(texts.filter { stored[$0] == nil })).sorted()
    }
    if !missing.isEmpty {
      let results = encode(missing)
      cache.withLock { stored in
        for (text, result) in zip(missing, results) { stored[text] = result }
      }
      encoded.withLock { $0 += missing.count }
    }
    return cache.withLock { stored in texts.map { (stored[$0]!.0, stored[$0]!.1) } }
  }

  /// Writes every vector known to the files.
  func save() throws {
    guard let file else { return }
    try Self.save(units, to: file, weighted: false)
    try Self.save(states, to: file + ".weighted", weighted: true)
  }

  private static func save(
    _ cache: borrowing Mutex<[String: ([Float], Float)]>, to file: String, weighted: Bool
  ) throws {
    var data = Data()
    cache.withLock { stored in
      for text in stored.keys.sorted() {
        let bytes = Array(text.utf8)
        withUnsafeBytes(of: UInt32(bytes.count)) { data.append(contentsOf: $0) }
        data.append(contentsOf: bytes)
        let (vector, weight) = stored[text]!
        vector.withUnsafeBytes { data.append(contentsOf: $0) }
        if weighted { withUnsafeBytes(of: weight) { data.append(contentsOf: $0) } }
      }
    }
    try data.write(to: URL(fileURLWithPath: file), options: .atomic)
  }
}
