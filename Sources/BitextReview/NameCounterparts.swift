import BitextText

/// The words of one side of a bead, as counterparts of the other side's names.
struct NameCounterparts {
  /// Every word and hyphen part, folded.
  var folded: Set<String> = []
  /// The same, for prefix matching.
  var words: [String] = []
  /// The capitalised words and parts, folded.
  var capitalised: [String] = []
  /// The letters of each acronym.
  var acronyms: [Set<Character>] = []

  /// The counterparts in `tokens`, their words folded as `vocabulary` does.
  init(_ tokens: [Token], vocabulary: SideVocabulary) {
    for token in tokens where token.kind == .word {
      let word = WordFolding.trimmingPossessive(token.text)
      let shape = ScalarClass.letters(of: word)
      if shape.letters >= 2 && shape.capitals == shape.letters {
        acronyms.append(Set(word.filter(\.isLetter)))
      }
      for part in WordFolding.forms(word) {
        let form = vocabulary.fold(part)
        guard folded.insert(form).inserted else { continue }
        words.append(form)
        if ScalarClass.startsUppercase(part) { capitalised.append(form) }
      }
    }
  }

  /// Whether `name` has a counterpart here.
  func matches(_ name: String) -> Bool {
    let shape = ScalarClass.letters(of: name)
    if shape.capitals == shape.letters {
      let set = Set(name.filter(\.isLetter))
      if acronyms.contains(where: { $0.isSubset(of: set) || set.isSubset(of: $0) }) { return true }
    }
    for part in WordFolding.forms(name) {
      let form = WordFolding.fold(part)
      if folded.contains(form) { return true }
      let limit = form.count <= 3 ? 1 : 2
      // Any word sharing the first four letters, or close in spelling when both are long.
      let word = words.contains { other in
        (form.count >= 4 && WordFolding.commonPrefixLength(form, other) >= 4)
          || (form.count >= 5 && other.count >= 5
            && WordFolding.isWithinEditDistance(form, other, limit: 2))
      }
      // A capitalised word sharing the first three letters, or close in spelling.
      let capital = capitalised.contains { other in
        WordFolding.commonPrefixLength(form, other) >= min(3, form.count)
          || WordFolding.isWithinEditDistance(form, other, limit: limit)
      }
      if word || capital { return true }
      if form.count >= 4,
        capitalised.contains(where: { $0.count >= 4 && ($0.contains(form) || form.contains($0)) })
      {
        return true
      }
    }
    return false
  }
}
