import Testing

@testable import Bitext

@Suite struct BitextPipelineTests {
  func documents(_ pipeline: BitextPipeline) throws -> (TextDocument, TextDocument) {
    (
      try pipeline.document(Array("Le chat dort. Il pleut.\n".utf8), language: "fr"),
      try pipeline.document(Array("The cat sleeps. It rains.\n".utf8), language: "en")
    )
  }

  @Test func aMinimumScoreThatLeavesNothingSaysSo() throws {
    let pipeline = BitextPipeline(
      options: .init(sourceLanguage: "fr", targetLanguage: "en", minimumScore: 1.01), lexicon: nil)
    let (source, target) = try documents(pipeline)
    let result = pipeline.align(source: source, target: target)
    #expect(result.corpus.beads.isEmpty)
    #expect(result.warnings.contains { $0.contains("none of the 2 beads scores 1.01 or more") })
  }

  @Test func aMinimumScoreThatKeepsBeadsIsQuiet() throws {
    let pipeline = BitextPipeline(
      options: .init(sourceLanguage: "fr", targetLanguage: "en", minimumScore: 0), lexicon: nil)
    let (source, target) = try documents(pipeline)
    let result = pipeline.align(source: source, target: target)
    #expect(result.corpus.beads.count == 2)
    #expect(result.warnings.isEmpty)
  }
}
