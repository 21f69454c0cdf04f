import Testing

@testable import BitextLexicon

@Test func moduleLinks() {
  #expect(Bool(true))
}
