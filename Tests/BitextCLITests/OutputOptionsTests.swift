import ArgumentParser
import Testing

@testable import BitextCLI

@Suite struct OutputOptionsTests {
  @Test func theFormatFallsBackToTheCommandsDefault() throws {
    #expect(try OutputOptions.parse([]).corpusFormat(default: .beads) == .beads)
    #expect(try OutputOptions.parse(["--format", "TMX"]).corpusFormat(default: .beads) == .tmx)
  }

  @Test func badValuesAreRefused() {
    #expect(throws: (any Error).self) { try OutputOptions.parse(["--format", "xml"]) }
    #expect(throws: (any Error).self) { try OutputOptions.parse(["--min-score", "1.5"]) }
  }
}
