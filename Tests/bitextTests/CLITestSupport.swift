import Testing

@Test func cliTargetLinks() {
  #expect(Bool(true))
}
