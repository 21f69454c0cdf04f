import BitextTestSupport
import BitextText
import Foundation
import Testing

@testable import BitextEmbed

@Suite struct EmbeddingModelFileTests {
  private func problem(_ data: Data) -> String? {
    do {
      _ = try EmbeddingModelFile(data: data, path: "model.bin")
      return nil
    } catch {
      guard case .file(let file) = error, case .malformed = file.problem else {
        return "unexpected error \(error)"
      }
      return error.description
    }
  }

  @Test func readsTheHeaderAndVocabulary() throws {
    let model = SyntheticEncoderModel()
    let file = try EmbeddingModelFile(data: model.bytes(), path: "model.bin")
    #expect(
      file.header
        == EmbeddingModelFile.Header(
          version: 1, hidden: 32, layers: 2, heads: 2, intermediate: 64,
          embeddingRows: model.embeddingRows, maxPositions: 16, tokenTypes: 2, epsilon: 1e-5,
          blockSize: 32))
    #expect(file.tokenizer.pieceCount == model.pieces.count + 4)
    #expect(file.tokenizer.startToken == 0 && file.tokenizer.endToken == 2)
  }

  @Test func everyTruncationIsAnErrorNamingAByte() {
    let bytes = SyntheticEncoderModel().bytes()
    var lengths = Array(stride(from: 0, to: bytes.count, by: max(1, bytes.count / 300)))
    lengths += [3, 4, 40, 43, 44, bytes.count - 1]
    for length in lengths {
      let message = problem(bytes.prefix(length))
      #expect(message?.contains("byte ") == true, "length \(length): \(message ?? "read")")
    }
  }

  @Test func anotherFormatIsRecognizedAsSuch() {
    var bytes = SyntheticEncoderModel().bytes()
    bytes.replaceSubrange(0..<4, with: Array("GGUF".utf8))
    #expect(problem(bytes)?.contains("does not start with E5S1") == true)
    #expect(problem(Data("hello".utf8))?.contains("E5S1") == true)
  }

  @Test func anImpossibleShapeIsRefused() {
    var model = SyntheticEncoderModel()
    model.heads = 3
    #expect(problem(model.bytes())?.contains("3 attention heads") == true)
  }

  @Test func aMissingOrShortTensorIsRefused() {
    var missing = SyntheticEncoderModel()
    missing.missingTensor = "l1.fo.w"
    #expect(problem(missing.bytes())?.contains("l1.fo.w is missing") == true)
    var short = SyntheticEncoderModel()
    short.shortTensor = "emb.pos"
    #expect(problem(short.bytes())?.contains("emb.pos holds") == true)
  }

  @Test func aMissingFileIsReportedAsMissing() {
    #expect(throws: EmbeddingModelError.file(FileError(path: "/nonexistent/model.bin", .missing))) {
      try EmbeddingModelFile(path: "/nonexistent/model.bin")
    }
  }
}
