import Foundation
import Testing

@testable import Bitext

@Suite struct BitextPipelineFilesTests {
  let pipeline = BitextPipeline(
    options: .init(sourceLanguage: "fr", targetLanguage: "en"), lexicon: nil)

  @Test func readsAndSegmentsAFile() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("bitext-pipeline-\(UUID().uuidString).txt").path
    try AtomicFile.write("Bonjour. Merci.".utf8, to: path)
    let document = try pipeline.document(file: path, language: "fr")
    #expect(document.sentences.map(\.text) == ["Bonjour.", "Merci."])
  }

  @Test func aMissingFileIsAFileError() {
    #expect(throws: FileError(path: "/no/such/bitext.txt", .missing)) {
      try pipeline.document(file: "/no/such/bitext.txt", language: "fr")
    }
  }
}
