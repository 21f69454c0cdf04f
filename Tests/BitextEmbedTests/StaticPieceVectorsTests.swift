import BitextTestSupport
import Foundation
import Testing

@testable import BitextEmbed

@Suite struct StaticPieceVectorsTests {
  private let file: EmbeddingModelFile

  init() throws {
    file = try EmbeddingModelFile(data: SyntheticEncoderModel().bytes(), path: "model.bin")
  }

  /// The synthetic model's pieces distilled and written as a vectors file.
  private func distilled(threads: Int = 2) throws -> (vectors: [[Float]], data: Data) {
    let encoder = try SentenceEncoder(file: file, threads: threads)
    let pieces = (0..<encoder.tokenizer.pieceCount).map { Int32($0) }
    let vectors = encoder.pieceStates(pieces)
    return (
      vectors,
      StaticPieceVectors.encode(
        vectors, dimension: encoder.dimension, smoothing: 1e-3, sourceChecksum: "abc123")
    )
  }

  @Test func aFileReadsBackWithinItsQuantization() throws {
    let (vectors, data) = try distilled()
    let read = try StaticPieceVectors(data: data, path: "static.bin")
    #expect(read.pieceCount == vectors.count)
    #expect(read.dimension == vectors[0].count)
    #expect(read.sourceChecksum == "abc123")
    #expect(read.smoothing == 1e-3)
    for piece in [0, 1, vectors.count - 1] {
      var sum = [Float](repeating: 0, count: read.dimension)
      sum.withUnsafeMutableBufferPointer { read.add(piece, weight: 1, to: $0.baseAddress!) }
      let largest = vectors[piece].map(abs).max() ?? 0
      for (got, expected) in zip(sum, vectors[piece]) {
        #expect(abs(got - expected) <= largest / 254 + 1e-6)
      }
    }
  }

  @Test func distillingDoesNotDependOnTheThreads() throws {
    #expect(try distilled(threads: 1).data == distilled(threads: 3).data)
  }

  @Test func aDamagedFileIsAnErrorNamingTheByte() throws {
    let (_, data) = try distilled()
    func problem(_ bytes: Data) -> String {
      do {
        _ = try StaticPieceVectors(data: bytes, path: "static.bin")
        return "no error"
      } catch {
        return "\(error)"
      }
    }
    #expect(problem(Data("E5S1".utf8) + data.dropFirst(4)).contains("does not start with BSV1"))
    #expect(problem(data.prefix(data.count - 3)).contains("truncated"))
    #expect(problem(data + Data([0])).contains("1 bytes after the last vector"))
    var badSmoothing = data
    badSmoothing.replaceSubrange(
      12..<16, with: withUnsafeBytes(of: Float.nan.bitPattern) { Data($0) })
    #expect(problem(badSmoothing).contains("byte 12"))
    #expect(problem(data.prefix(2)).contains("static.bin"))
  }

  @Test func anEncoderOfStaticVectorsAveragesItsPiecesWeighted() throws {
    let (_, data) = try distilled()
    let vectors = try StaticPieceVectors(data: data, path: "static.bin")
    let encoder = try SentenceEncoder(file: file, staticVectors: vectors, path: "static.bin")
    #expect(encoder.prefix.isEmpty)
    let text = "the cat sleeps."
    let pieces = encoder.tokenizer.tokenIDs(text)
    var expected = [Float](repeating: 0, count: vectors.dimension)
    var total: Float = 0
    for piece in pieces {
      let p = Float(exp(Double(encoder.tokenizer.score(piece))))
      let weight: Float = 1e-3 / (1e-3 + p)
      total += weight
      expected.withUnsafeMutableBufferPointer {
        vectors.add(Int(piece), weight: weight, to: $0.baseAddress!)
      }
    }
    let state = try #require(encoder.meanStates([text]).first)
    #expect(state.tokens == pieces.count)
    for (got, want) in zip(state.mean, expected) { #expect(abs(got - want / total) < 1e-5) }
    let texts = ["the cat sleeps.", "", "le chat dort.", "the cat sleeps."]
    let one = try SentenceEncoder(file: file, staticVectors: vectors, path: "s", threads: 1)
    #expect(one.embed(texts) == encoder.embed(texts))
    #expect(encoder.embed([""])[0].allSatisfy { $0.isFinite })
  }

  @Test func vectorsOfAnotherModelAreRefused() throws {
    let encoder = try SentenceEncoder(file: file)
    let wrong = StaticPieceVectors.encode(
      [[Float]](repeating: [Float](repeating: 1, count: encoder.dimension), count: 3),
      dimension: encoder.dimension, smoothing: 1e-3, sourceChecksum: "")
    let vectors = try StaticPieceVectors(data: wrong, path: "other.bin")
    #expect(throws: EmbeddingModelError.self) {
      try SentenceEncoder(file: file, staticVectors: vectors, path: "other.bin")
    }
  }
}
