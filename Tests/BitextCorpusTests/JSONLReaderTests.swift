import BitextText
import Foundation
import Testing

@testable import BitextCorpus

@Suite struct JSONLReaderTests {
  func read(_ text: String) throws(CorpusError) -> AlignedCorpus {
    try CorpusReader().decode(Data(text.utf8), format: .jsonl, path: "in.jsonl")
  }

  @Test func missingScoreIsOne() throws {
    let corpus = try read(#"{"source_text":"Bonjour.","target_text":"Hello."}"# + "\n")
    #expect(corpus.beads.map(\.score) == [1])
  }

  @Test(arguments: ["null", "-0.5", "7", "\"0.5\""])
  func scoresOutsideZeroToOneAreRefused(score: String) {
    let good = #"{"source_text":"Un.","target_text":"One.","score":0.5}"#
    let bad = #"{"source_text":"Deux.","target_text":"Two.","score":"# + score + "}"
    #expect {
      try read(good + "\n" + bad + "\n")
    } throws: { error in
      guard case .malformed("in.jsonl", 2, _, let message) = error as? CorpusError else {
        return false
      }
      return message.contains("between 0 and 1") || message.contains("score")
    }
  }
}
