import Foundation
import Testing

@testable import BitextTranslate

/// The embedded data must equal the files in Dictionaries/grammar (run
/// `Dictionaries/generate-embedded.sh` after editing them), and parse without error.
@Test func grammarEmbeddedDataMatchesDictionaries() throws {
  let files = try grammarFiles()
  #expect(files.keys.sorted() == ["fr"])
  #expect(files == GrammarData.embeddedData)
  for (language, text) in files.sorted(by: { $0.key < $1.key }) {
    #expect(throws: Never.self, "\(language)") { try GrammarData.parse(text) }
  }
  #expect(GrammarData.embedded.keys.sorted() == files.keys.sorted())
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

    """)
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
  #expect(throws: GrammarData.ParseError(line: 3, message: "expected one word")) {
    try GrammarData.parse("[participle-endings]\né\ni e\n")
  }
  #expect(
    throws: GrammarData.ParseError(
      line: 2,
      message: "expected an ending, an infinitive ending and base, past or present-participle")
  ) {
    try GrammarData.parse("[verb-endings]\nant er gerund\n")
  }
  #expect(throws: GrammarData.ParseError(line: 2, message: "unknown section '[plurals]'")) {
    try GrammarData.parse("# grammar\n[plurals]\n")
  }
  #expect(throws: GrammarData.ParseError(line: 1, message: "entry outside a section")) {
    try GrammarData.parse("pas not\n")
  }
  #expect(throws: GrammarData.ParseError.self) { try GrammarData.parse("[negations]\npas\n") }
  #expect(throws: GrammarData.ParseError.self) {
    try GrammarData.parse("[feminine-endings]\nennes en e\n")
  }
}

/// The text of each `Dictionaries/grammar/*.txt` file, by name without the extension.
private func grammarFiles() throws -> [String: String] {
  let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  let directory = root.appendingPathComponent("Dictionaries").appendingPathComponent("grammar")
  var texts: [String: String] = [:]
  for file in try FileManager.default.contentsOfDirectory(atPath: directory.path)
  where file.hasSuffix(".txt") {
    texts[String(file.dropLast(4))] = try String(
      contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
  }
  return texts
}
