import BitextText

/// Regular English inflection with a short list of irregular forms, applied to the head word of
/// a gloss ("force" → "forces", "declare" → "declared", "give notice" → "given notice").
///
/// The irregular forms are data: `Dictionaries/inflection/en.txt`, embedded into the library at
/// development time (see `EnglishInflection+Data.swift`; a test keeps the two identical).
enum EnglishInflection {
  /// A grammatical form a gloss is put in.
  enum Form: Sendable, Hashable {
    /// As the dictionary gives it.
    case base
    /// Noun plural.
    case plural
    /// Past participle / simple past.
    case past
    /// Present participle.
    case presentParticiple
    /// The adverb of an adjective ("perfect" → "perfectly").
    case adverb
  }

  /// The gloss inflected on its first word; multi-word nouns are inflected on their last word.
  static func inflect(_ gloss: String, as form: Form) -> String {
    guard form != .base, !gloss.isEmpty else { return gloss }
    var words = gloss.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    let index = form == .plural || form == .adverb ? words.count - 1 : 0
    let word = words[index]
    guard word.allSatisfy({ $0.isLetter }), word.first?.isLowercase == true else { return gloss }
    switch form {
    case .base: return gloss
    case .plural: words[index] = plural(word)
    case .past: words[index] = past(word)
    case .presentParticiple: words[index] = presentParticiple(word)
    case .adverb: words[index] = adverb(word)
    }
    return words.joined(separator: " ")
  }

  static func plural(_ word: String) -> String {
    if let irregular = irregularPlurals[word] { return irregular }
    if word.hasSuffix("s") || word.hasSuffix("x") || word.hasSuffix("z") || word.hasSuffix("ch")
      || word.hasSuffix("sh")
    {
      return word + "es"
    }
    if word.hasSuffix("y"), word.count > 1, !isVowel(word.dropLast().last!) {
      return word.dropLast() + "ies"
    }
    return word + "s"
  }

  static func past(_ word: String) -> String {
    if let irregular = irregularPast[word] { return irregular }
    if word.hasSuffix("e") { return word + "d" }
    if word.hasSuffix("y"), word.count > 1, !isVowel(word.dropLast().last!) {
      return word.dropLast() + "ied"
    }
    return word + "ed"
  }

  static func presentParticiple(_ word: String) -> String {
    if word == "be" { return "being" }
    if word.hasSuffix("ie") { return word.dropLast(2) + "ying" }
    if word.hasSuffix("e"), !word.hasSuffix("ee"), word.count > 2 { return word.dropLast() + "ing" }
    return word + "ing"
  }

  static func adverb(_ word: String) -> String {
    if word.hasSuffix("ly") { return word }
    if word.hasSuffix("ic") { return word + "ally" }
    if word.hasSuffix("le"), word.count > 3 { return word.dropLast() + "y" }
    if word.hasSuffix("y"), word.count > 2 { return word.dropLast() + "ily" }
    return word + "ly"
  }

  static func isVowel(_ c: Character) -> Bool { "aeiou".contains(c) }

  /// Irregular plurals: singular → plural.
  static let irregularPlurals: [String: String] = irregularForms["plurals"] ?? [:]

  /// Irregular past participles: verb → past participle.
  static let irregularPast: [String: String] = irregularForms["past-participles"] ?? [:]

  /// The irregular forms of `Dictionaries/inflection/en.txt`, by section.
  static let irregularForms: [String: [String: String]] = parse(embeddedData["en"] ?? "")

  /// Parses the text of an inflection data file: sections in brackets (`[plurals]`,
  /// `[past-participles]`) of `base form` lines, everything after `#` a comment. Lines that are
  /// not a pair of words are ignored.
  static func parse(_ text: String) -> [String: [String: String]] {
    var sections: [String: [String: String]] = [:]
    for entry in SectionedData.entries(text) where entry.words.count == 2 && !entry.section.isEmpty
    {
      sections[entry.section, default: [:]][entry.words[0]] = entry.words[1]
    }
    return sections
  }
}
