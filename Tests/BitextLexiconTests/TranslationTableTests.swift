import Testing

@testable import BitextLexicon

@Suite struct TranslationTableTests {
  @Test func entriesRespectThresholdsAndCounts() {
    let pairs: [([String], [String])] = [
      (["chat"], ["cat"]), (["chat", "noir"], ["black", "cat"]), (["chien"], ["dog"]),
    ]
    let table = IBMModel1.trainSymmetric(pairs: pairs, iterations: 10)
    let once = table.entries(minimumProbability: 0.05, minimumCount: 1)
    let twice = table.entries(minimumProbability: 0.05, minimumCount: 2)
    #expect(once.contains { $0.source == "chien" && $0.target == "dog" })
    #expect(!twice.contains { $0.source == "chien" })
    #expect(twice.contains { $0.source == "chat" && $0.target == "cat" })
    let lexicon = table.lexicon(sourceLanguage: "fr", targetLanguage: "en", minimumCount: 1)
    #expect(lexicon.translations(of: "chat").first?.target == "cat")
    #expect(table.entries(maximumPerWord: 1).count <= Set(table.pairs.map(\.source)).count)
  }

  @Test func combiningKeepsOnlyPairsBothDirectionsKnow() {
    let forward = IBMModel1.train(pairs: [(["a", "b"], ["x"])], iterations: 1)
    let backward = IBMModel1.train(pairs: [(["x"], ["a"])], iterations: 1)
    let combined = TranslationTable.combining(forward: forward, backward: backward)
    #expect(combined.probability(of: "x", given: "a") > 0)
    #expect(combined.probability(of: "x", given: "b") == 0)
  }
}
