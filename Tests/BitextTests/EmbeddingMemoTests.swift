import BitextEmbed
import BitextTestSupport
import Foundation
import Testing

@testable import Bitext

@Suite struct EmbeddingMemoTests {
  func encoder() throws -> SentenceEncoder {
    let folder = try TestFiles.temporaryDirectory()
    return try SentenceEncoder(path: try SyntheticEncoderModel().write(to: folder), threads: 1)
  }

  @Test func vectorsAreTheEncodersWhateverIsRemembered() throws {
    let encoder = try encoder()
    let memo = EmbeddingMemo(encoder: encoder)
    let texts = ["the cat sleeps.", "the dog.", "the cat sleeps."]
    #expect(memo.vectors(of: texts) == encoder.embed(texts))
    #expect(memo.rememberedCount == 2)
    let more = ["the dog.", "a dog, a cat."]
    #expect(memo.vectors(of: more) == encoder.embed(more))
    #expect(memo.rememberedCount == 3)
    let states = encoder.meanStates(more)
    let weighted = memo.weightedVectors(of: more)
    #expect(weighted.map(\.vector) == states.map(\.mean))
    #expect(weighted.map(\.weight) == states.map { Float($0.tokens) })
  }

  @Test func aFullMemoIsEmptiedAndStaysRight() throws {
    let encoder = try encoder()
    let memo = EmbeddingMemo(encoder: encoder, capacity: 2)
    _ = memo.vectors(of: ["one.", "two."])
    #expect(memo.rememberedCount == 2)
    #expect(memo.vectors(of: ["three.", "one."]) == encoder.embed(["three.", "one."]))
    #expect(memo.rememberedCount == 1)
    #expect(
      memo.vectors(of: ["four.", "five.", "six."]) == encoder.embed(["four.", "five.", "six."]))
    #expect(memo.rememberedCount == 0)
  }
}
