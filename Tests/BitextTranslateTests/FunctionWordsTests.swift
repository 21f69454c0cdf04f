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
