import Testing

@testable import BitextAlign

@Test func moduleLinks() {
  #expect(Bool(true))
}
