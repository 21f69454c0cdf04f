import Foundation
import Testing

@testable import BitextTranslate

@Test func frenchEnglishTableCoversArticlesAndElisions() {
  let table = FunctionWords.table(source: "fr", target: "en")
  #expect(table.entries["l'"]?.target == "the")
  #expect(table.entries["d'"]?.target == "of")
  #expect(table.entries["qu'"]?.target == "that")
  #expect(table.entries["ne"]?.target == "")
  #expect(table.entries["les"]?.role == .determiner)
  #expect(table.longestPhrase >= 3)
  #expect(FunctionWords.table(source: "de", target: "en").entries.isEmpty)
}

/// The embedded tables must equal the files in Dictionaries/function-words (run
/// `Dictionaries/generate-embedded.sh` after editing them), and parse without error.
@Test func functionWordsEmbeddedDataMatchesDictionaries() throws {
  let files = try dictionaryFiles("function-words", extension: "tsv")
  #expect(!files.isEmpty)
  #expect(files == FunctionWords.embeddedData)
  for (pair, text) in files.sorted(by: { $0.key < $1.key }) {
    #expect(throws: Never.self, "\(pair)") { try FunctionWords.parse(text) }
  }
  #expect(FunctionWords.embeddedTables.keys.sorted() == files.keys.sorted())
}

@Test func parsesFunctionWordFiles() throws {
  let table = try FunctionWords.parse(
    "# comment\n\ndefinite-article\tle\tthe\npronoun\tse\t\nnegation\tne\n"
      + "preposition\tà cause de\tbecause of\nother\tle\tit\n")
  #expect(table.entries["le"] == FunctionWords.Entry(target: "it", role: .other))
  #expect(table.entries["se"] == FunctionWords.Entry(target: "", role: .pronoun))
  #expect(table.entries["ne"] == FunctionWords.Entry(target: "", role: .negation))
  #expect(table.entries["à cause de"]?.role == .preposition)
  #expect(table.entries.count == 4)
  #expect(table.longestPhrase == 3)
}

@Test func rejectsMalformedFunctionWordLines() {
  #expect(throws: FunctionWords.ParseError(line: 2, message: "unknown role 'article'")) {
    try FunctionWords.parse("pronoun\til\the\narticle\tle\tthe\n")
  }
  #expect(throws: FunctionWords.ParseError.self) { try FunctionWords.parse("le the\n") }
  #expect(throws: FunctionWords.ParseError.self) {
    try FunctionWords.parse("other\tà  cause\tbecause\n")
  }
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
