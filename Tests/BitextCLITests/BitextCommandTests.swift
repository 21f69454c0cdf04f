import Testing

@Suite struct BitextCommandTests {
  @Test func theHelpDocumentsExitStatusesAndLanguageCodes() throws {
    let result = try runBitext(["--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Exit status: 0 success; 1 failure"))
    #expect(result.stdout.contains("64 usage error"))
    #expect(result.stdout.contains("fr-CA, fr_CA, FR-fr and fra"))
  }

  @Test func exitStatusesAreThoseTheHelpNames() throws {
    #expect(try runBitext(["segment", "--no-such-option"]).status == 64)
    #expect(try runBitext(["segment", "--lang", "fr", "/no/such/bitext-file.txt"]).status == 1)
  }
}
