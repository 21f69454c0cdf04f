import BitextLexicon
import Testing

@testable import BitextAlign

@Test func inducedEvidenceLearnsPairsFromRepeatedSentencePairs() {
  let english = Lemmatizer(language: "en")
  let french = Lemmatizer(language: "fr")
  let key = { (word: String, lemmatizer: Lemmatizer) in
    InducedEvidence.key(of: word, lemmatizer: lemmatizer)
  }
  var pairs: [([String], [String])] = []
  for _ in 0..<5 {
    pairs.append(
      (
        [key("garden", english), key("river", english)],
        [key("jardin", french), key("rivière", french)]
      ))
    pairs.append(
      (
        [key("garden", english), key("window", english)],
        [key("jardin", french), key("fenêtre", french)]
      ))
    pairs.append(
      (
        [key("river", english), key("window", english)],
        [key("rivière", french), key("fenêtre", french)]
      ))
  }
  let table = IBMModel1.trainSymmetric(pairs: pairs, iterations: 10)
  let evidence = InducedEvidence(table: table, sourceLanguage: "en", targetLanguage: "fr")
  let garden = Set(evidence.translationKeys(ofSource: "gardens"))
  #expect(!garden.isDisjoint(with: evidence.keys(ofTarget: "jardins")))
  #expect(garden.isDisjoint(with: evidence.keys(ofTarget: "fenêtre")))
  #expect(evidence.translationKeys(ofSource: "unseen").isEmpty)
}
