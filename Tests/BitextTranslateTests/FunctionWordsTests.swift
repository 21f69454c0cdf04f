import BitextText
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

@Test func parsesFunctionWordFiles() throws {
  let table = try FunctionWords.parse(
    "# comment\n\ndefinite-article\tle\tthe\npronoun\tse\t\nnegation\tne\n"
      + "preposition\tà cause de\tbecause of\nother\tle\tit\n", file: "test")
  #expect(table.entries["le"] == FunctionWords.Entry(target: "it", role: .other))
  #expect(table.entries["se"] == FunctionWords.Entry(target: "", role: .pronoun))
  #expect(table.entries["ne"] == FunctionWords.Entry(target: "", role: .negation))
  #expect(table.entries["à cause de"]?.role == .preposition)
  #expect(table.entries.count == 4)
  #expect(table.longestPhrase == 3)
}

@Test func rejectsMalformedFunctionWordLines() {
  #expect(throws: LineIssue(file: "test", line: 2, message: "unknown role 'article'")) {
    try FunctionWords.parse("pronoun\til\the\narticle\tle\tthe\n", file: "test")
  }
  #expect(throws: LineIssue.self) { try FunctionWords.parse("le the\n", file: "test") }
  #expect(throws: LineIssue.self) {
    try FunctionWords.parse("other\tà  cause\tbecause\n", file: "test")
  }
}
