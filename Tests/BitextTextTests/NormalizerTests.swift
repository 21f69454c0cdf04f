import Testing

@testable import BitextText

@Suite struct NormalizerTests {
  @Test func composesToNFC() throws {
    let decomposed = "e\u{301}te\u{301}"
    #expect(try Normalizer().normalize(decomposed) == "\u{E9}t\u{E9}")
  }
}
