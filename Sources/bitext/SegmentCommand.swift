import ArgumentParser
import BitextText

struct SegmentCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "segment", abstract: "Split text into sentences.")
  @Option var lang: String = "fr"
  @Argument var file: String?
  func run() throws {
    print("todo")
  }
}
