import ArgumentParser
import Testing

@testable import BitextCLI

@Suite struct PairOptionsTests {
  @Test func languagesAreNormalised() throws {
    let options = try PairOptions.parse(["--source-lang", "fr_ca", "--target-lang", "eng"])
    #expect(try options.languages() == ("fr-CA", "en"))
  }

  @Test func aMissingLanguageIsAUsageError() throws {
    let options = try PairOptions.parse(["--source-lang", "fr"])
    #expect(throws: ValidationError.self) { try options.languages() }
    #expect(try options.defaultLanguages() == ("fr", nil))
  }

  @Test func anUnknownCodeIsRefusedWhenParsing() {
    #expect(throws: (any Error).self) {
      try PairOptions.parse(["--source-lang", "french", "--target-lang", "en"])
    }
  }
}
