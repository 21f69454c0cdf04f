import Testing

@testable import BitextTranslate

@Test func cognatesScoreHigherThanUnrelatedWords() {
  #expect(Cognates.similarity("mobilisation", "mobilization") > 0.7)
  #expect(Cognates.similarity("président", "president") == 1)
  #expect(Cognates.similarity("mobilisation", "call-up") < 0.2)
  #expect(Cognates.similarity("de", "of") == 0)
}
