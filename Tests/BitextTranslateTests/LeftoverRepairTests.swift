import BitextText
import Testing

@testable import BitextTranslate

@Suite struct LeftoverRepairTests {
  let repair = LeftoverRepair(
    tokenizer: WordTokenizer(language: "fr"),
    gloss: { ["opposants": "opponents", "biélorusses": "Belarusian"][$0] })

  @Test func markedPivotWordsTakeTheGlossOfTheSourceWordTheyResemble() {
    let outcome = repair.repair(
      "the *opositores *biélorusses #speculate on *movilizar.",
      source: "les opposants biélorusses spéculaient sur mobiliser.")
    #expect(outcome.text == "the opponents Belarusian speculate on movilizar.")
    #expect(outcome.leftovers == 3)
    #expect(outcome.repaired == 2)
    #expect(outcome.unrepaired == ["movilizar"])
  }

  @Test func withoutAGlossOnlyTheMarksGo() {
    let plain = LeftoverRepair(tokenizer: WordTokenizer(language: "fr"), gloss: nil)
    let outcome = plain.repair("*Càndid was @happy, * ok", source: "Candide était heureux, * ok")
    #expect(outcome.text == "Càndid was happy, * ok")
    #expect(outcome.repaired == 0)
  }

  @Test func similarityIsTheDiceOfBigrams() {
    #expect(LeftoverRepair.dice("night", "nacht") == 0.25)
    #expect(LeftoverRepair.dice("abc", "abc") == 1)
    #expect(LeftoverRepair.fold("Élève") == "eleve")
  }
}

@Suite struct LeftoverMarksTests {
  @Test func aMarkAfterAHyphenIsALeftoverToo() {
    let repair = LeftoverRepair(
      tokenizer: WordTokenizer(language: "fr"), gloss: { $0 == "inquisiteur" ? "inquisitor" : nil })
    let outcome = repair.repair("the big-*inquisiteur came", source: "le grand inquisiteur vint")
    #expect(outcome.text == "the big-inquisitor came")
    #expect(LeftoverRepair.firstMark(in: "a*b") == nil)
    #expect(LeftoverRepair.firstMark(in: "x-#word") != nil)
  }

  @Test func englishLeftoversLoseTheirAccents() {
    var repair = LeftoverRepair(tokenizer: WordTokenizer(language: "fr"), gloss: nil)
    repair.foldsAccents = true
    #expect(
      repair.repair("she was *effarée", source: "elle était effarée").text == "she was effaree")
  }
}
