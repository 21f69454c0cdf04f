import BitextText
import Testing

@testable import BitextTranslate

/// The French lists are embedded (`BitextTests` checks every embedded data file).
@Test func frenchGrammarIsEmbedded() {
  let french = GrammarData.language("fr")
  #expect(french.negations["plus"] == "no longer")
  #expect(french.isParticiple("déclaré"))
  #expect(french.looksLikeAdjective("biélorusses"))
  #expect(GrammarData.language("de") == GrammarData())
}

@Test func parsesGrammarFiles() throws {
  let data = try GrammarData.parse(
    """
    # comment
    [feminine-endings]
    ienne ien  # longest first
    e

    [negations]
    plus no longer
    [participle-endings]
    é
    [irregular-participles]
    fait
    [past-auxiliaries]
    ont
    [verb-endings]
    aient er past
    ant er present-participle
    [adjective-endings]
    ique
    ienne

    """, file: "test")
  #expect(
    data.feminineEndings == [
      .init(ending: "ienne", replacement: "ien"), .init(ending: "e", replacement: ""),
    ])
  #expect(data.negations == ["plus": "no longer"])
  #expect(data.participleEndings == ["é"])
  #expect(data.irregularParticiples == ["fait"])
  #expect(data.pastAuxiliaries == ["ont"])
  #expect(
    data.verbEndings == [
      .init(ending: "aient", infinitive: "er", form: .past),
      .init(ending: "ant", infinitive: "er", form: .presentParticiple),
    ])
  #expect(data.adjectiveEndings == ["ique", "ienne"])
  #expect(data.longestAdjectiveEnding == 5)
  #expect(data.isParticiple("déclaré") && data.isParticiple("fait") && !data.isParticiple("dé"))
  #expect(data.looksLikeAdjective("ukrainienne") && !data.looksLikeAdjective("paquet"))
}

@Test func rejectsMalformedGrammarLines() {
  #expect(throws: LineIssue(file: "test", line: 3, message: "expected one word")) {
    try GrammarData.parse("[participle-endings]\né\ni e\n", file: "test")
  }
  #expect(
    throws: LineIssue(
      file: "test", line: 2,
      message: "expected an ending, an infinitive ending and base, past or present-participle")
  ) {
    try GrammarData.parse("[verb-endings]\nant er gerund\n", file: "test")
  }
  #expect(throws: LineIssue(file: "test", line: 2, message: "unknown section '[plurals]'")) {
    try GrammarData.parse("# grammar\n[plurals]\n", file: "test")
  }
  #expect(throws: LineIssue(file: "test", line: 1, message: "entry outside a section")) {
    try GrammarData.parse("pas not\n", file: "test")
  }
  #expect(throws: LineIssue.self) { try GrammarData.parse("[negations]\npas\n", file: "test") }
  #expect(throws: LineIssue.self) {
    try GrammarData.parse("[feminine-endings]\nennes en e\n", file: "test")
  }
}
