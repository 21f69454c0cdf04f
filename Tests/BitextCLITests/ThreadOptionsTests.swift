import Foundation
import Testing

/// `--threads` on the commands that align.
@Suite struct ThreadOptionsTests {
  /// A French and an English text of a few hundred sentences, one per line.
  func texts(in folder: URL) throws -> (french: String, english: String) {
    var french = ""
    var english = ""
    for k in 0..<400 {
      french +=
        "La phrase numéro \(k) parle de \(k % 7 == 0 ? "la mer" : "la ville") et de \(k * 13).\n"
      english +=
        "Sentence number \(k) speaks of \(k % 7 == 0 ? "the sea" : "the town") and of \(k * 13).\n"
      if k % 53 == 9 { english += "A line the translator added.\n" }
    }
    let frenchPath = folder.appendingPathComponent("fr.txt")
    let englishPath = folder.appendingPathComponent("en.txt")
    try Data(french.utf8).write(to: frenchPath)
    try Data(english.utf8).write(to: englishPath)
    return (frenchPath.path, englishPath.path)
  }

  @Test func theOutputIsTheSameWhateverTheNumberOfThreads() throws {
    let folder = try temporaryDirectory()
    let (french, english) = try texts(in: folder)
    func run(_ threads: String) throws -> String {
      let result = try runBitext([
        "align", "--source-lang", "fr", "--target-lang", "en", "--lexicon", "none",
        "--presegmented", "--format", "jsonl", "--threads", threads, french, english,
      ])
      #expect(result.status == 0, "\(result.stderr)")
      return result.stdout
    }
    let one = try run("1")
    #expect(one.split(separator: "\n").count > 390)
    #expect(try run("2") == one)
    #expect(try run("5") == one)
  }

  @Test func zeroThreadsIsAUsageError() throws {
    let folder = try temporaryDirectory()
    let (french, english) = try texts(in: folder)
    let result = try runBitext([
      "align", "--source-lang", "fr", "--target-lang", "en", "--lexicon", "none", "--threads",
      "0", french, english,
    ])
    #expect(result.status != 0)
    #expect(result.stderr.contains("--threads must be at least 1"))
  }
}
