import BitextText

/// The words a document shows to be names: capitalized words that appear capitalized inside a
/// sentence and never in lower case in the document ("Poutine", "Candide"), and capitalized
/// words the lexicon does not know, wherever they stand ("Loukachenko" at a sentence's start).
/// Single letters are left out.
struct NameFinder: Sendable {
  let tokenizer: WordTokenizer

  init(language: String) {
    tokenizer = WordTokenizer(language: language)
  }

  /// The names among the words of `lines`; `isUnknownName` says whether the lexicon takes a
  /// capitalized word for a name it does not know (nil: no lexicon).
  func names(in lines: [String], isUnknownName: ((String) -> Bool)?) -> Set<String> {
    var capitalizedInside = Set<String>()
    var capitalized = Set<String>()
    var lowercase = Set<String>()
    for line in lines {
      var initial = true
      for token in tokenizer.tokens(in: line) {
        switch token.kind {
        case .word:
          if token.isCapitalized {
            if token.text.count > 1 {
              capitalized.insert(token.text)
              if !initial { capitalizedInside.insert(token.text) }
            }
          } else {
            lowercase.insert(token.text)
          }
          initial = false
        case .symbol:
          // A new sentence may start after final punctuation or an opening quote.
          if [".", "!", "?", "…", ":", "«", "“", "—", "–", "-"].contains(token.text) {
            initial = true
          }
        case .number:
          initial = false
        }
      }
    }
    var names = Set<String>()
    for word in capitalized {
      if capitalizedInside.contains(word), !lowercase.contains(word.lowercased()) {
        names.insert(word)
      } else if let isUnknownName, isUnknownName(word) {
        names.insert(word)
      }
    }
    return names
  }
}
