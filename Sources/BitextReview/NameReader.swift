import BitextText

/// Reads the likely names of one side of a document.
///
/// A likely name is a capitalised word inside a sentence: after a word, a number, a comma, a
/// semicolon or a title and its period (`M. Dupont`), so never first in a sentence nor after a
/// quote, a colon or a dash. It is none of the language's sentence starters or titles (from its
/// ``LanguageProfile``), of its capitalised common words (English days and months), nor a Roman
/// numeral, and the document's side never writes it in lower case (`Rabbit` where `rabbit`
/// occurs is a common noun). A word in capitals is an acronym when it has four letters or
/// fewer, else emphasis (no name). Headlines (``isHeadline(_:)``) have no likely names.
struct NameReader {
  /// The language's knowledge: sentence starters, titles.
  let profile: LanguageProfile
  /// Words of the side written in lower case somewhere, folded.
  let lowercase: Set<String>
  /// Capitalised words of the language that are not names (English `Monday`, `July`).
  let commonWords: Set<String>
  /// The title-case share from which a sentence is a headline.
  let share: Double

  /// A reader for the side of a document whose words are `vocabulary`.
  init(
    profile: LanguageProfile, commonWords: Set<String>, vocabulary: SideVocabulary, share: Double
  ) {
    self.profile = profile
    self.commonWords = commonWords
    self.share = share
    self.lowercase = vocabulary.lowercase
  }

  /// The likely names of a bead's sentences, in order.
  func names(in sentences: [[Token]]) -> [String] {
    sentences.flatMap(names(in:))
  }

  /// The likely names of one sentence, in order.
  func names(in sentence: [Token]) -> [String] {
    guard !isHeadline(sentence) else { return [] }
    var names: [String] = []
    for (index, token) in sentence.enumerated().dropFirst()
    where token.kind == .word && token.isCapitalized {
      guard follows(sentence, at: index) else { continue }
      let word = WordFolding.trimmingPossessive(token.text)
      let letters = ScalarClass.letters(of: word)
      let titleCased = word.prefix(1) + word.dropFirst().lowercased()
      guard letters.letters >= 2, !profile.starters.contains(String(titleCased)),
        !profile.titles.contains(word), !profile.singleLetterWords.contains(word),
        !commonWords.contains(String(titleCased)), NumberScanner.romanValue(word) == nil
      else { continue }
      // A word in capitals is an acronym when short, else emphasis.
      let isAcronym = letters.capitals == letters.letters
      guard isAcronym ? letters.letters <= 4 : !lowercase.contains(WordFolding.fold(word))
      else { continue }
      names.append(word)
    }
    return names
  }

  /// Whether a sentence is a headline, or so full of names that they cannot be told from
  /// other words: more than ``share`` of its words of four letters or more after the first
  /// capitalised (when they are four or more); in title case (after its first word, at least two capitalised
  /// words, ``share`` of its words or more, one of them a common word: written in lower case
  /// elsewhere or a sentence starter, as in `Putin’s Top Ally Distances Forces From Russia’s
  /// Mobilization`); or mostly in capitals.
  func isHeadline(_ sentence: [Token]) -> Bool {
    let words = sentence.filter { $0.kind == .word && $0.text.count >= 2 }
    let long = words.dropFirst().filter { $0.text.count >= 4 }
    if long.count >= 4, Double(long.filter(\.isCapitalized).count) > share * Double(long.count) {
      return true
    }
    let capitalised = words.dropFirst().filter(\.isCapitalized)
    if capitalised.count >= 2, Double(capitalised.count) >= share * Double(words.count - 1),
      capitalised.contains(where: {
        lowercase.contains(WordFolding.fold($0.text)) || profile.starters.contains($0.text)
      })
    {
      return true
    }
    var letters = 0
    var capitals = 0
    for word in words {
      let shape = ScalarClass.letters(of: word.text)
      letters += shape.letters
      if shape.letters >= 2, shape.capitals == shape.letters { capitals += shape.letters }
    }
    return letters > 0 && capitals * 2 > letters
  }

  /// Whether the token at `index` comes after a word, a number, a comma or a semicolon, or
  /// after a title and its period (`M. Dupont`): inside a sentence, not at a start.
  private func follows(_ sentence: [Token], at index: Int) -> Bool {
    let previous = sentence[index - 1]
    switch previous.kind {
    case .word, .number: return true
    case .symbol:
      if previous.text == "," || previous.text == ";" { return true }
      return previous.text == "." && index >= 2 && sentence[index - 2].kind == .word
        && profile.titles.contains(sentence[index - 2].text)
    }
  }
}
