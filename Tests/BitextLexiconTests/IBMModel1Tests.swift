import Testing

@testable import BitextLexicon

@Suite struct IBMModel1Tests {
  /// A synthetic corpus with known word translations.
  static let dictionary = [
    "la": "the", "maison": "house", "fleur": "flower", "bleue": "blue", "une": "a",
    "petite": "small", "voiture": "car", "rouge": "red",
  ]

  static var corpus: [([String], [String])] {
    let sentences: [[String]] = [
      ["la", "maison"], ["la", "fleur"], ["une", "maison"], ["la", "maison", "bleue"],
      ["une", "fleur", "rouge"], ["la", "petite", "voiture"], ["une", "voiture", "rouge"],
      ["la", "voiture", "bleue"], ["une", "petite", "maison"], ["la", "fleur", "bleue"],
      ["une", "petite", "fleur"], ["la", "maison", "rouge"],
    ]
    return sentences.map { words in (words, words.map { dictionary[$0]! }) }
  }

  @Test func learnsTheRightTranslations() {
    let table = IBMModel1.train(pairs: Self.corpus, iterations: 20)
    for (source, target) in Self.dictionary {
      let right = table.probability(of: target, given: source)
      for other in Set(Self.dictionary.values) where other != target {
        #expect(
          right > table.probability(of: other, given: source), "\(source) → \(target) vs \(other)")
      }
    }
  }

  @Test func probabilitiesSumToOnePerSourceWord() {
    let table = IBMModel1.train(pairs: Self.corpus, iterations: 3)
    let sums = Dictionary(grouping: table.pairs, by: \.source).mapValues {
      $0.reduce(0) { $0 + $1.probability }
    }
    for (_, sum) in sums { #expect(abs(sum - 1) < 1e-9) }
  }

  @Test func symmetricTableYieldsTheDictionary() {
    let table = IBMModel1.trainSymmetric(pairs: Self.corpus, iterations: 20)
    let entries = table.entries(minimumProbability: 0.3, minimumCount: 2, maximumPerWord: 1)
    let learned = Dictionary(uniqueKeysWithValues: entries.map { ($0.source, $0.target) })
    #expect(learned == Self.dictionary)
    #expect(entries.allSatisfy { $0.provenance == "induced" && $0.weight >= 0.3 && $0.weight <= 1 })
  }

  @Test func wordsAreCountedOncePerSentenceAndTheEmptyWordInEveryPair() {
    let pairs: [([String], [String])] = [
      (["a", "a", "b"], ["x"]), (["a"], ["x", "x", "y"]), (["c"], []),
    ]
    let table = IBMModel1.train(pairs: pairs, iterations: 1)
    let source = Dictionary(uniqueKeysWithValues: zip(table.sourceWords, table.sourceCounts))
    let target = Dictionary(uniqueKeysWithValues: zip(table.targetWords, table.targetCounts))
    #expect(source == ["": 3, "a": 2, "b": 1, "c": 1])
    #expect(target == ["x": 2, "y": 1])
  }

  @Test func zeroIterationsIsUniform() {
    let table = IBMModel1.train(pairs: [(["a"], ["x", "y"])], iterations: 0)
    #expect(table.probability(of: "x", given: "a") == table.probability(of: "y", given: "a"))
    #expect(table.probability(of: "z", given: "a") == 0)
  }
}
