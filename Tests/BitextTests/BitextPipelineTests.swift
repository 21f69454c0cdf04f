import BitextAlign
import BitextCorpus
import BitextTestSupport
import Foundation
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

  /// The sample's sentences, one a line.
  func sample(_ language: String) throws -> [UInt8] {
    let text = try String(
      contentsOf: TestFiles.repository.appendingPathComponent(
        "Corpora/lukashenko-2022/\(language).sentences.txt"), encoding: .utf8)
    return Array(text.split(separator: "\n").joined(separator: "\n").utf8)
  }

  @Test func aTranslationGetsItsVerdict() throws {
    let pipeline = BitextPipeline(
      options: .init(sourceLanguage: "fr", targetLanguage: "en", presegmented: true),
      lexicon: nil)
    let result = pipeline.align(
      source: try pipeline.document(try sample("fr"), language: "fr"),
      target: try pipeline.document(try sample("en"), language: "en"), document: "d")
    #expect(result.corpus.verdicts["d"]?.kind == .translation)
    #expect(result.warnings.isEmpty)
  }

  @Test func aMisPairedDocumentIsSaidSoAndItsBeadsScoreLow() throws {
    let pipeline = BitextPipeline(
      options: .init(sourceLanguage: "fr", targetLanguage: "en", presegmented: true),
      lexicon: nil)
    // The English sentences in reverse order: the same words, no longer each other's
    // translations.
    let reversed = try String(decoding: sample("en"), as: UTF8.self).split(separator: "\n")
      .reversed().joined(separator: "\n")
    let result = pipeline.align(
      source: try pipeline.document(try sample("fr"), language: "fr"),
      target: try pipeline.document(Array(reversed.utf8), language: "en"), document: "d")
    #expect(result.corpus.verdicts["d"]?.kind == .misPaired)
    #expect(result.warnings.contains { $0.contains("do not look like translations of each other") })
    #expect(result.corpus.beads.allSatisfy { $0.score < 0.1 })
  }

  @Test func constraintsThatContradictEachOtherAreAnError() throws {
    let pipeline = BitextPipeline(
      options: .init(sourceLanguage: "fr", targetLanguage: "en"), lexicon: nil)
    let (source, target) = try documents(pipeline)
    #expect(throws: ConstraintError.self) {
      try pipeline.align(
        source: source, target: target,
        constraints: AlignmentConstraints(anchors: [.init(source: 9, target: 0)]))
    }
  }
}
