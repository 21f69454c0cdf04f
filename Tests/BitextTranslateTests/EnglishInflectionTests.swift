import Foundation
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

/// The embedded data must equal the files in Dictionaries/inflection (run
/// `Dictionaries/generate-embedded.sh` after editing them).
@Test func inflectionEmbeddedDataMatchesDictionaries() throws {
  let files = try dictionaryFiles("inflection", extension: "txt")
  #expect(files.keys.sorted() == ["en"])
  #expect(files == EnglishInflection.embeddedData)
  #expect(EnglishInflection.irregularPlurals["child"] == "children")
  #expect(EnglishInflection.irregularPast["write"] == "written")
}

@Test func parsesInflectionFiles() {
  let sections = EnglishInflection.parse(
    "# comment\n[plurals]\nmouse mice # rodents\nlonely\n\n[past-participles]\ngo gone\n")
  #expect(sections == ["plurals": ["mouse": "mice"], "past-participles": ["go": "gone"]])
}

/// The text of each `Dictionaries/<folder>/*.<extension>` file, by name without the extension.
private func dictionaryFiles(_ folder: String, extension: String) throws -> [String: String] {
  let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  let directory = root.appendingPathComponent("Dictionaries").appendingPathComponent(folder)
  var texts: [String: String] = [:]
  for file in try FileManager.default.contentsOfDirectory(atPath: directory.path)
  where file.hasSuffix("." + `extension`) {
    texts[String(file.dropLast(`extension`.count + 1))] = try String(
      contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
  }
  return texts
}
