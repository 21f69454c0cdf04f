import Testing

@testable import BitextCLI

@Suite struct ConsoleTests {
  @Test func warningsHaveOnePrefix() {
    #expect(Console.warning("no lexicon") == "bitext: warning: no lexicon\n")
  }
}
