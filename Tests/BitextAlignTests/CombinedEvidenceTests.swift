import Testing

@testable import BitextAlign

@Test func combinedEvidenceKeepsEachPartInItsOwnKeySpace() {
  let first = DictionaryEvidence(["house": ["maison"]])
  let second = DictionaryEvidence(["home": ["maison"]])
  let combined = CombinedEvidence([first, second])
  let house = Set(combined.translationKeys(ofSource: "house"))
  let maison = Set(combined.keys(ofTarget: "maison"))
  #expect(!house.isDisjoint(with: maison))
  #expect(!Set(combined.translationKeys(ofSource: "home")).isDisjoint(with: maison))
  #expect(Set(combined.translationKeys(ofSource: "cat")).isDisjoint(with: maison))
  #expect(combined.keys(ofTarget: "maison").count == 2)
}
