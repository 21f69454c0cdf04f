import Testing

@testable import Bitext

@Suite struct LexiconLearnerTests {
  func corpus(_ pairs: [(String, String)]) -> AlignedCorpus {
    AlignedCorpus(
      sourceLanguage: "fr", targetLanguage: "en",
      beads: pairs.enumerated().map { index, pair in
        AlignedBead(
          document: "d", index: index, sourceIDs: index..<(index + 1),
          targetIDs: index..<(pair.1.isEmpty ? index : index + 1), score: 1,
          source: [AlignedSentence(text: pair.0)],
          target: pair.1.isEmpty ? [] : [AlignedSentence(text: pair.1)])
      })
  }

  @Test func sentencePairsAreTheBeadsWithTextOnBothSides() {
    let pairs = LexiconLearner.sentencePairs(corpus([("La maison.", "The house."), ("Seul.", "")]))
    #expect(pairs.map(\.source) == ["La maison."])
    #expect(pairs.map(\.target) == ["The house."])
  }

  @Test func tokensAreFoldedWordsOnly() {
    let learner = LexiconLearner(sourceLanguage: "fr-CA", targetLanguage: "eng")
    let tokens = learner.tokenize([(source: "L'Été, déjà !", target: "Summer, already!")])
    #expect(tokens[0].0.contains("été"))
    #expect(!tokens[0].0.contains(","))
    #expect(tokens[0].1 == ["summer", "already"])
  }

  @Test func learnsTheWordsThatGoTogether() {
    let learner = LexiconLearner(
      sourceLanguage: "fr", targetLanguage: "en",
      options: .init(iterations: 20, minimumProbability: 0.3, maximumPerWord: 1))
    let (lexicon, pairs) = learner.learn(
      from: corpus([
        ("La maison.", "The house."), ("La fleur.", "The flower."),
        ("Une maison bleue.", "A blue house."), ("La fleur bleue.", "The blue flower."),
        ("Une fleur.", "A flower."), ("La maison bleue.", "The blue house."),
      ]))
    #expect(pairs == 6)
    #expect(lexicon.sourceLanguage == "fr")
    #expect(lexicon.translations(of: "maison").map(\.target) == ["house"])
    #expect(lexicon.translations(of: "fleur").map(\.target) == ["flower"])
  }
}
