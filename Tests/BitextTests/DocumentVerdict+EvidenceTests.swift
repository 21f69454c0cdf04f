import BitextAlign
import BitextCorpus
import Foundation
import Testing

@testable import Bitext

@Suite struct DocumentVerdictEvidenceTests {
  func evidence(contrast: Double, sentences: Int = 40) -> DocumentEvidence {
    DocumentEvidence(
      sourceSentences: sentences / 2, targetSentences: sentences / 2, alignedShare: 0.8,
      pairedSimilarity: 0.4, shuffledSimilarity: 0.1, contrast: contrast)
  }

  @Test func theContrastDecides() {
    #expect(DocumentVerdict(evidence(contrast: 6)).kind == .translation)
    #expect(DocumentVerdict(evidence(contrast: 0)).kind == .uncertain)
    #expect(DocumentVerdict(evidence(contrast: -4)).kind == .misPaired)
    #expect(DocumentVerdict(evidence(contrast: 6, sentences: 4)).kind == .uncertain)
    let verdict = DocumentVerdict(evidence(contrast: 2))
    #expect(abs(verdict.confidence - 1 / (1 + exp(-3.0))) < 1e-12)
    #expect(verdict.alignedShare == 0.8)
    #expect(abs(verdict.lexicalRatio - 4) < 1e-12)
  }
}
