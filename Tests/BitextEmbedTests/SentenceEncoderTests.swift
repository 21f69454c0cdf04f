import BitextTestSupport
import Foundation
import Testing

@testable import BitextEmbed

@Suite struct SentenceEncoderTests {
  private func encoder(threads: Int = 2, batchTokens: Int = 2048) throws -> SentenceEncoder {
    let file = try EmbeddingModelFile(data: SyntheticEncoderModel().bytes(), path: "model.bin")
    return try SentenceEncoder(file: file, threads: threads, batchTokens: batchTokens)
  }

  private let texts = [
    "the cat sleeps.", "le chat dort.", "",
    "a dog, a cat, the dog sleeps, le chien dort, le chat dort.",
    "the dog.",
  ]

  @Test func vectorsHaveUnitLength() throws {
    let encoder = try encoder()
    let vectors = encoder.embed(texts)
    #expect(vectors.count == texts.count)
    for vector in vectors {
      #expect(vector.count == encoder.dimension)
      let norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
      #expect(abs(norm - 1) < 1e-5)
    }
    #expect(vectors[0] != vectors[1])
  }

  @Test func aTextsVectorDoesNotDependOnItsBatchOrTheThreads() throws {
    let reference = try encoder(threads: 1).embed(texts)
    for threads in [2, 3] {
      let other = try encoder(threads: threads)
      #expect(other.embed(texts) == reference)
    }
    // Every text alone, and batches of one window each.
    let single = try encoder(threads: 2)
    for (index, text) in texts.enumerated() { #expect(single.embed([text])[0] == reference[index]) }
    let oneWindowAtATime = try encoder(batchTokens: 1)
    #expect(oneWindowAtATime.embed(texts) == reference)
    let reversed = Array(single.embed(Array(texts.reversed())).reversed())
    #expect(reversed == reference)
  }

  @Test func aTextLongerThanTheWindowIsReadWhole() throws {
    let encoder = try encoder()
    let long = texts[3]
    #expect(encoder.tokenCount(long) > 16)
    let words = long.split(separator: " ")
    let vectors = encoder.embed([long, words.prefix(5).joined(separator: " ")])
    let cosine = zip(vectors[0], vectors[1]).reduce(0) { $0 + $1.0 * $1.1 }
    #expect(cosine < 0.9999)
    let finite = vectors[0].allSatisfy { $0.isFinite }
    #expect(finite)
  }

  @Test func tokenCountIncludesThePrefixAndTheSpecialTokens() throws {
    // "▁query" ":" "▁the" "▁cat" "▁sleeps" "." and the start and end tokens.
    let encoder = try encoder()
    #expect(encoder.tokenCount("the cat sleeps.") == 8)
  }
}
