import ArgumentParser
import Bitext
import Foundation
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

  @Test(arguments: ["nan", "inf", "-inf", "2", "-0.1", "NaN"])
  func minimumScoresOutsideZeroToOneAreRefusedByEveryCommand(value: String) {
    #expect(throws: (any Error).self) { try OutputOptions.parse(["--min-score", value]) }
    #expect(throws: (any Error).self) {
      try StreamCommand.parse(["--lexicon", "none", "--min-score", value])
    }
  }

  @Test func destinationsOfOutputPaths() throws {
    #expect(OutputOptions.destination(nil) == .standardOutput)
    #expect(OutputOptions.destination("-") == .standardOutput)
    guard case .file(let file) = OutputOptions.destination("out/train") else {
      Issue.record("expected a file")
      return
    }
    #expect(!file.hasDirectoryPath)
    guard case .file(let slash) = OutputOptions.destination("out/") else {
      Issue.record("expected a file")
      return
    }
    #expect(slash.hasDirectoryPath)
    let existing = try temporaryDirectory().path
    guard case .file(let folder) = OutputOptions.destination(existing) else {
      Issue.record("expected a file")
      return
    }
    #expect(folder.hasDirectoryPath)
  }
}
