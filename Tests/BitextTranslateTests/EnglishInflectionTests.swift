import Testing

@testable import BitextTranslate

@Test func pluralsFollowTheSpellingRules() {
  #expect(EnglishInflection.inflect("force", as: .plural) == "forces")
  #expect(EnglishInflection.inflect("country", as: .plural) == "countries")
  #expect(EnglishInflection.inflect("box", as: .plural) == "boxes")
  #expect(EnglishInflection.inflect("man", as: .plural) == "men")
  #expect(EnglishInflection.inflect("human being", as: .plural) == "human beings")
  #expect(EnglishInflection.inflect("Russia", as: .plural) == "Russia")
}

@Test func pastParticiplesFollowTheSpellingRules() {
  #expect(EnglishInflection.inflect("declare", as: .past) == "declared")
  #expect(EnglishInflection.inflect("carry", as: .past) == "carried")
  #expect(EnglishInflection.inflect("say", as: .past) == "said")
  #expect(EnglishInflection.inflect("give notice", as: .past) == "given notice")
  #expect(EnglishInflection.inflect("make", as: .presentParticiple) == "making")
  #expect(EnglishInflection.inflect("perfect", as: .adverb) == "perfectly")
  #expect(EnglishInflection.inflect("possible", as: .adverb) == "possibly")
  #expect(EnglishInflection.inflect("happy", as: .adverb) == "happily")
}

/// The English lists are embedded (`BitextTests` checks every embedded data file).
@Test func embeddedInflectionDataIsRead() {
  #expect(EnglishInflection.embeddedData.keys.sorted() == ["en"])
  #expect(EnglishInflection.irregularPlurals["child"] == "children")
  #expect(EnglishInflection.irregularPast["write"] == "written")
}

@Test func parsesInflectionFiles() {
  let sections = EnglishInflection.parse(
    "# comment\n[plurals]\nmouse mice # rodents\nlonely\n\n[past-participles]\ngo gone\n")
  #expect(sections == ["plurals": ["mouse": "mice"], "past-participles": ["go": "gone"]])
}
