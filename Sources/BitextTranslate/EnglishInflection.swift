/// Regular English inflection with a short list of irregular forms, applied to the head word of
/// a gloss ("force" → "forces", "declare" → "declared", "give notice" → "given notice").
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

  static let irregularPlurals: [String: String] = [
    "man": "men", "woman": "women", "child": "children", "person": "people", "foot": "feet",
    "tooth": "teeth", "mouse": "mice", "life": "lives", "wife": "wives", "knife": "knives",
    "leaf": "leaves", "half": "halves", "people": "people", "sheep": "sheep", "news": "news",
  ]

  static let irregularPast: [String: String] = [
    "be": "been", "have": "had", "do": "done", "go": "gone", "say": "said", "make": "made",
    "take": "taken", "come": "come", "see": "seen", "know": "known", "get": "got",
    "give": "given", "find": "found", "think": "thought", "tell": "told", "become": "become",
    "leave": "left", "bring": "brought", "begin": "begun", "keep": "kept", "hold": "held",
    "write": "written", "stand": "stood", "lose": "lost", "pay": "paid", "meet": "met",
    "lead": "led", "fight": "fought", "put": "put", "set": "set", "let": "let", "run": "run",
    "send": "sent", "build": "built", "spend": "spent", "sell": "sold", "buy": "bought",
    "feel": "felt", "hear": "heard", "speak": "spoken", "break": "broken", "choose": "chosen",
    "fall": "fallen", "forget": "forgotten", "grow": "grown", "rise": "risen", "show": "shown",
    "sit": "sat", "stop": "stopped", "plan": "planned", "win": "won", "understand": "understood",
    "read": "read", "cut": "cut", "hit": "hit", "shut": "shut", "draw": "drawn",
    "drive": "driven", "eat": "eaten", "fly": "flown", "throw": "thrown", "wear": "worn",
    "seek": "sought", "teach": "taught", "catch": "caught", "sleep": "slept", "mean": "meant",
  ]
}
