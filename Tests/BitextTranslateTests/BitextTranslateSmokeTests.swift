import Testing

@testable import BitextTranslate

@Test func moduleLinks() {
  #expect(Bool(true))
}
