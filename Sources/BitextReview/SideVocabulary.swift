import BitextText

/// The words of one side of a document: to tell whether a name is kept anywhere on that side
/// (a name of the other side with no counterpart in the whole document is translated, `Hatter`
/// ~ `Chapelier`, or left out, and a bead missing it says nothing about the alignment), which
/// words the side writes in lower case, and each word's folded form.
struct SideVocabulary {
  /// Each word (possessive included) and hyphen part as written, folded.
  private(set) var forms: [String: String] = [:]
  /// Every word and hyphen part, folded.
  private(set) var folded: Set<String> = []
  /// The words written in lower case somewhere, folded.
  private(set) var lowercase: Set<String> = []
  /// The first four letters of every word of four letters or more, folded.
  private var prefixes: Set<Substring> = []
  /// The first three letters of every capitalised word, folded.
  private var capitalisedPrefixes: Set<Substring> = []
  /// The capitalised words, folded, by first letter.
  private var capitalisedByInitial: [Character: [String]] = [:]

  /// The vocabulary of a side whose beads' sentences' tokens are `sentences`.
  init(_ sentences: [[[Token]]]) {
    for bead in sentences {
      for sentence in bead {
        for token in sentence where token.kind == .word && forms[token.text] == nil {
          let wordForms = WordFolding.forms(WordFolding.trimmingPossessive(token.text))
          for (index, part) in wordForms.enumerated() {
            let form = forms[part] ?? WordFolding.fold(part)
            forms[part] = form
            if index == 0 { forms[token.text] = form }
            guard folded.insert(form).inserted else { continue }
            if form.count >= 4 { prefixes.insert(form.prefix(4)) }
            if ScalarClass.startsUppercase(part), let initial = form.first {
              capitalisedPrefixes.insert(form.prefix(3))
              capitalisedByInitial[initial, default: []].append(form)
            }
          }
          if ScalarClass.startsLowercase(token.text), let form = forms[token.text] {
            lowercase.insert(form)
          }
        }
      }
    }
  }

  /// The folded form of `word` (``WordFolding/fold(_:)``), looked up when the side has it.
  func fold(_ word: String) -> String { forms[word] ?? WordFolding.fold(word) }

  /// Whether a counterpart of `name` may be on this side: a word equal to it or to one of its
  /// parts, sharing its first four letters, or capitalised and either sharing its first three
  /// or, for a name of five letters or more, with the same first letter and within an edit
  /// distance of 2 (`Poutine` ~ `Putin`).
  func mayHold(_ name: String) -> Bool {
    WordFolding.forms(name).contains { part in
      let form = WordFolding.fold(part)
      if folded.contains(form) || (form.count >= 4 && prefixes.contains(form.prefix(4)))
        || capitalisedPrefixes.contains(form.prefix(3))
      {
        return true
      }
      guard form.count >= 5, let initial = form.first else { return false }
      return capitalisedByInitial[initial]?.contains {
        abs($0.count - form.count) <= 2 && WordFolding.isWithinEditDistance(form, $0, limit: 2)
      } ?? false
    }
  }
}
