import BitextText

extension GlossTranslator {
  /// One rendered piece of the source: a word, a phrase or a punctuation mark.
  struct Piece {
    var source: String
    var gloss: String
    var kind: GlossTranslation.Token.Kind
    var role: FunctionWords.Role?
    var form: EnglishInflection.Form = .base
    /// Whether the French word has an adjective ending.
    var adjectiveLike = false
    /// The gloss of the adjective's masculine singular, used when the word is moved as one.
    var adjectiveGloss: String?
    /// Whether the word was moved before its noun.
    var isAdjective = false
    /// Whether the source word is capitalized inside the sentence.
    var capitalized = false

    init(
      source: String, gloss: String, kind: GlossTranslation.Token.Kind,
      role: FunctionWords.Role? = nil
    ) {
      self.source = source
      self.gloss = gloss
      self.kind = kind
      self.role = role
    }

    var isContent: Bool {
      kind == .word || kind == .lemma || kind == .unknown || kind == .phrase
    }
  }

  // MARK: - Context rules

  /// "la Russie" → "Russia", "de la Russie" → "of Russia": no article before a proper name.
  func dropArticlesBeforeNames(_ pieces: inout [Piece]) {
    for k in pieces.indices where pieces[k].role == .definiteArticle {
      guard k + 1 < pieces.count else { continue }
      let next = pieces[k + 1]
      guard next.kind == .name || (next.capitalized && next.isContent) else { continue }
      if pieces[k].gloss == "the" {
        pieces[k].gloss = ""
      } else if pieces[k].gloss.hasSuffix(" the") {
        pieces[k].gloss.removeLast(4)
      }
    }
  }

  /// "les forces armées biélorusses" → "the Belarusian armed forces": adjectives that follow a
  /// noun (a content word after a determiner, preposition or number) move before it, the
  /// nearest last.
  func reorderAdjectives(_ pieces: inout [Piece]) {
    var k = 1
    while k < pieces.count {
      let noun = pieces[k]
      let before = pieces[k - 1]
      let afterDeterminer = before.role == .determiner || before.role == .definiteArticle
      let nounPosition =
        afterDeterminer || before.role == .preposition || before.kind == .number
      guard noun.isContent, !noun.capitalized, nounPosition, noun.form != .past,
        !noun.adjectiveLike || afterDeterminer
      else {
        k += 1
        continue
      }
      var end = k + 1
      while end < pieces.count, end - k <= 3, pieces[end].isContent, pieces[end].adjectiveLike,
        !pieces[end].capitalized
      {
        if noun.adjectiveLike
          && grammar.participleEndings.contains(where: pieces[end].source.hasSuffix)
        {
          break
        }
        end += 1
      }
      guard end > k + 1 else {
        k += 1
        continue
      }
      var moved = Array(pieces[(k + 1)..<end].reversed())
      for index in moved.indices {
        moved[index].isAdjective = true
        if let adjective = moved[index].adjectiveGloss {
          moved[index].gloss = adjective
          moved[index].form = .base
        }
      }
      pieces.replaceSubrange(k..<end, with: moved + [noun])
      k = end
    }
  }

  // MARK: - Output

  func render(_ sentence: String, _ pieces: [Piece]) -> GlossTranslation {
    var words: [String] = []
    var tokens: [GlossTranslation.Token] = []
    tokens.reserveCapacity(pieces.count)
    var unknown: [String] = []
    for piece in pieces {
      var text = piece.gloss
      if configuration.inflects, piece.form != .base,
        !(piece.form == .plural && (piece.isAdjective || Self.looksLikeEnglishAdjective(text)))
      {
        text = EnglishInflection.inflect(text, as: piece.form)
      }
      if piece.capitalized, piece.kind != .name, let first = text.first, first.isLowercase {
        text = first.uppercased() + text.dropFirst()
      }
      tokens.append(GlossTranslation.Token(source: piece.source, target: text, kind: piece.kind))
      if piece.kind == .unknown, !unknown.contains(piece.source) { unknown.append(piece.source) }
      if !text.isEmpty { words.append(text) }
    }
    return GlossTranslation(
      source: sentence, text: Self.join(words), unknownWords: unknown, tokens: tokens)
  }

  /// Joins words with English spacing: none before closing punctuation or after opening
  /// brackets, quotes paired; "a" becomes "an" before a vowel; the first letter capitalized.
  static func join(_ words: [String]) -> String {
    var out = ""
    out.reserveCapacity(words.reduce(0) { $0 + $1.utf8.count + 1 })
    var quoteOpen = false
    var glueNext = true
    var capitalizeNext = true
    for (index, original) in words.enumerated() {
      var word = original
      if word == "a" || word == "A", index + 1 < words.count, startsWithVowelSound(words[index + 1])
      {
        word += "n"
      }
      let isQuote = word == "\""
      let attachesLeft = closing.contains(word) || (isQuote && quoteOpen)
      if !out.isEmpty && !attachesLeft && !glueNext { out += " " }
      if capitalizeNext, let first = word.first, first.isLetter {
        if first.isLowercase { word = first.uppercased() + word.dropFirst() }
        capitalizeNext = false
      }
      out += word
      glueNext = opening.contains(word) || (isQuote && !quoteOpen)
      if isQuote { quoteOpen.toggle() }
    }
    return out
  }

  static let closing: Set<String> = [",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "…", "”"]
  static let opening: Set<String> = ["(", "[", "{", "“"]

  static func startsWithVowelSound(_ word: String) -> Bool {
    let lower = word.lowercased()
    guard let first = lower.first, "aeiou".contains(first) else {
      return lower.hasPrefix("hour") || lower.hasPrefix("honest") || lower.hasPrefix("honor")
    }
    return
      !(lower.hasPrefix("uni") || lower.hasPrefix("use") || lower.hasPrefix("usu")
      || lower.hasPrefix("eu") || lower.hasPrefix("one"))
  }

  static func looksLikeEnglishAdjective(_ gloss: String) -> Bool {
    guard !gloss.contains(" ") else { return false }
    if gloss.first?.isUppercase == true { return true }
    return ["ian", "ese", "ic", "ical", "ous", "ive", "ary", "ful", "less", "ish", "ible", "able"]
      .contains { gloss.hasSuffix($0) }
  }
}
