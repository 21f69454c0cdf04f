import BitextLexicon
import BitextText

/// A word-by-word ("gloss") translator built on a bilingual ``Lexicon``: good enough to read a
/// sentence's gist and to compare a source sentence with candidate target sentences.
///
/// For each sentence it tokenizes, then from left to right takes the longest multi-word entry
/// (function-word phrases first, then lexicon phrases), else one word: a function word of the
/// built-in table (``FunctionWords``, French → English), else the lexicon's chosen sense of the
/// word as written, of its lemma or singular, of the infinitive its ending points to, or of its
/// stem (the gloss then inflected: plural, past participle). Numbers and capitalized unknown
/// words (names) pass through; other unknown words are kept and reported. French-specific
/// rules: "ne … pas" → "not" before the verb, an auxiliary before a participle dropped ("a
/// déclaré" → "declared"), "the" dropped before a name ("la Russie" → "Russia"), and an
/// adjective after its noun moved before it ("forces biélorusses" → "Belarusian forces"). The
/// endings, participles and negations these rules use are data (``GrammarData``,
/// `Dictionaries/grammar/`).
///
/// Building the translator compiles the lexicon once; ``translate(_:)`` then only does hash
/// lookups, so one translator can serve many threads (it is a value, `Sendable`).
public struct GlossTranslator: Sendable {
  /// Switches for the rules, to measure what each one brings.
  public struct Configuration: Sendable, Hashable {
    /// Whether the built-in function-word table is used.
    public var usesFunctionWords: Bool
    /// Whether adjectives are moved before their noun.
    public var reordersAdjectives: Bool
    /// Whether lemmas, singulars, verb endings and stems are tried when a word is not a headword.
    public var usesLemmas: Bool
    /// Whether glosses are inflected (plural, past participle).
    public var inflects: Bool
    /// The most tokens a multi-word match may span.
    public var maximumPhraseLength: Int

    /// Creates a configuration; every rule is on by default.
    public init(
      usesFunctionWords: Bool = true, reordersAdjectives: Bool = true, usesLemmas: Bool = true,
      inflects: Bool = true, maximumPhraseLength: Int = 6
    ) {
      self.usesFunctionWords = usesFunctionWords
      self.reordersAdjectives = reordersAdjectives
      self.usesLemmas = usesLemmas
      self.inflects = inflects
      self.maximumPhraseLength = maximumPhraseLength
    }
  }

  /// The source language (two-letter code).
  public let sourceLanguage: String
  /// The target language (two-letter code).
  public let targetLanguage: String
  /// The rules in force.
  public let configuration: Configuration
  let tokenizer: WordTokenizer
  let lemmatizer: Lemmatizer
  let senses: SenseTable
  let functionWords: FunctionWords
  let frenchRules: Bool
  /// The grammar lists of the source language (`Dictionaries/grammar/`).
  let grammar: GrammarData
  /// First token of every phrase → the most tokens of a phrase starting with it.
  let phraseStarts: [String: Int]

  /// Compiles a lexicon for glossing from `sourceLanguage` into `targetLanguage`.
  public init(
    lexicon: Lexicon, sourceLanguage: String, targetLanguage: String,
    configuration: Configuration = Configuration()
  ) {
    let source = LanguageCode.twoLetter(sourceLanguage)
    let target = LanguageCode.twoLetter(targetLanguage)
    self.sourceLanguage = source
    self.targetLanguage = target
    self.configuration = configuration
    self.tokenizer = WordTokenizer(language: source)
    self.lemmatizer = Lemmatizer(language: source)
    self.frenchRules = source == "fr" && target == "en"
    self.grammar = GrammarData.language(source)
    self.functionWords =
      configuration.usesFunctionWords ? FunctionWords.table(source: source, target: target) : .empty
    self.senses = SenseTable(
      lexicon: lexicon, tokenizer: tokenizer, lemmatizer: lemmatizer,
      functionWords: functionWords)
    var starts: [String: Int] = [:]
    for phrase in Array(functionWords.entries.keys) + Array(senses.phrases.keys) {
      let words = phrase.split(separator: " ")
      guard words.count > 1 else { continue }
      starts[String(words[0])] = max(starts[String(words[0])] ?? 0, words.count)
    }
    self.phraseStarts = starts
  }

  /// The number of single-word and multi-word headwords the translator knows.
  public var headwordCount: Int {
    senses.lowercaseWords.count + senses.capitalizedWords.count + senses.phrases.count
  }

  /// Translates one sentence.
  public func translate(_ sentence: String) -> GlossTranslation {
    let tokens = mergeSplitElisions(tokenizer.tokens(in: sentence))
    let keys = tokens.map { Self.foldKey($0.text) }
    let firstWord = tokens.firstIndex { $0.kind != .symbol }
    var pieces: [Piece] = []
    pieces.reserveCapacity(tokens.count)
    var consumed: [Int] = []
    var pendingPast = false
    var i = 0
    while i < tokens.count {
      if consumed.contains(i) {
        i += 1
        continue
      }
      let token = tokens[i]
      let initial = i == firstWord
      switch token.kind {
      case .symbol:
        pieces.append(
          Piece(source: token.text, gloss: Self.punctuation(token.text), kind: .punctuation))
        i += 1
        continue
      case .number:
        var text = token.text
        var j = i + 1
        // "300 000" → "300,000"
        while j < tokens.count, tokens[j].kind == .number, tokens[j].text.count == 3,
          tokens[j].text.allSatisfy(\.isASCII), tokens[j - 1].text.count <= 3 || j > i + 1
        {
          text += " " + tokens[j].text
          j += 1
        }
        pieces.append(Piece(source: text, gloss: Self.englishNumber(text), kind: .number))
        i = j
        continue
      case .word:
        break
      }
      // ne … pas → "not" before the verb
      if frenchRules, configuration.usesFunctionWords, keys[i] == "ne" || keys[i] == "n'" {
        var j = i + 1
        var found: (Int, String)?
        while j < min(tokens.count, i + 5), tokens[j].kind == .word {
          if let negation = grammar.negations[keys[j]] {
            found = (j, negation)
            break
          }
          j += 1
        }
        if let (index, negation) = found {
          consumed.append(index)
          pieces.append(
            Piece(
              source: token.text + " … " + tokens[index].text, gloss: negation,
              kind: .functionWord, role: .negation))
        } else {
          pieces.append(Piece(source: token.text, gloss: "", kind: .functionWord, role: .negation))
        }
        i += 1
        continue
      }
      // longest multi-word match
      if let (length, piece) = longestPhrase(at: i, tokens: tokens, keys: keys, consumed: consumed)
      {
        pieces.append(piece)
        i += length
        pendingPast = false
        continue
      }
      // function words
      if let entry = functionWords.entries[keys[i]],
        !(token.isCapitalized && !initial && keys[i].count > 3)
      {
        var gloss = entry.target
        if frenchRules {
          gloss = contextualFunctionWord(
            keys[i], gloss: gloss, at: i, tokens: tokens, keys: keys, previous: pieces.last)
          if entry.role == .auxiliary,
            grammar.pastAuxiliaries.contains(keys[i]),
            i + 1 < tokens.count, tokens[i + 1].kind == .word,
            isParticiple(keys[i + 1])
          {
            gloss = ""
            pendingPast = true
          }
        }
        pieces.append(
          Piece(source: token.text, gloss: gloss, kind: .functionWord, role: entry.role))
        i += 1
        continue
      }
      var piece = lookUp(token, key: keys[i], initial: initial, afterAuxiliary: pendingPast)
      pendingPast = false
      piece.capitalized = token.isCapitalized && !initial
      pieces.append(piece)
      i += 1
    }
    if frenchRules {
      dropArticlesBeforeNames(&pieces)
      if configuration.reordersAdjectives { reorderAdjectives(&pieces) }
    }
    return render(sentence, pieces)
  }

  // MARK: - Lookup

  /// The longest phrase starting at a token: function-word phrases, then lexicon phrases.
  func longestPhrase(at i: Int, tokens: [Token], keys: [String], consumed: [Int]) -> (
    Int, Piece
  )? {
    guard let starting = phraseStarts[keys[i]] else { return nil }
    let longest = min(configuration.maximumPhraseLength, starting)
    guard longest >= 2 else { return nil }
    var end = i
    while end < tokens.count, end - i < longest, tokens[end].kind == .word,
      !consumed.contains(end)
    {
      end += 1
    }
    var length = end - i
    while length >= 2 {
      let key = keys[i..<i + length].joined(separator: " ")
      let source = tokens[i..<i + length].map(\.text).joined(separator: " ")
      if let entry = functionWords.entries[key] {
        return (
          length, Piece(source: source, gloss: entry.target, kind: .functionWord, role: entry.role)
        )
      }
      if let gloss = senses.phrases[key] {
        var piece = Piece(source: source, gloss: gloss, kind: .phrase)
        piece.capitalized = tokens[i].isCapitalized
        return (length, piece)
      }
      length -= 1
    }
    return nil
  }

  /// A content word: the lexicon's sense of the word, its lemma, its infinitive or its stem;
  /// else a name or an unknown word.
  func lookUp(_ token: Token, key: String, initial: Bool, afterAuxiliary: Bool) -> Piece {
    let capitalizedInside = token.isCapitalized && !initial
    func piece(_ gloss: String, _ kind: GlossTranslation.Token.Kind, _ form: EnglishInflection.Form)
      -> Piece
    {
      var result = Piece(source: token.text, gloss: gloss, kind: kind)
      result.form = form
      result.adjectiveLike = frenchRules && grammar.looksLikeAdjective(key)
      if result.adjectiveLike { result.adjectiveGloss = masculineSingularGloss(key) }
      return result
    }
    if let gloss = senses.capitalizedWords[key] { return piece(gloss, .word, .base) }
    if !capitalizedInside {
      if afterAuxiliary, configuration.usesLemmas,
        let (gloss, form) = verbLookup(key, pastOnly: true)
      {
        return piece(gloss, .lemma, form)
      }
      if let gloss = senses.lowercaseWords[key] {
        return piece(gloss, .word, afterAuxiliary && isParticiple(key) ? .past : .base)
      }
      if configuration.usesLemmas, let (gloss, form) = lemmaLookup(key) {
        return piece(gloss, .lemma, form)
      }
    } else if configuration.usesLemmas {
      for singular in lemmatizer.singulars(ofFolded: key) {
        if let gloss = senses.capitalizedWords[singular] { return piece(gloss, .lemma, .base) }
      }
    }
    if frenchRules, !capitalizedInside, key.contains("-"), let gloss = hyphenatedLookup(key) {
      return piece(gloss, .lemma, .base)
    }
    // a capitalized word no lookup knows is taken as a name, at the start of a sentence too
    if token.isCapitalized {
      return Piece(source: token.text, gloss: token.text, kind: .name)
    }
    var unknown = Piece(source: token.text, gloss: token.text, kind: .unknown)
    unknown.adjectiveLike = frenchRules && grammar.looksLikeAdjective(key)
    return unknown
  }

  /// The gloss of the masculine singular of an adjective-like form, when the lexicon has it
  /// ("armées" → "armé" → "armed", where the plural noun reading gives "armies").
  func masculineSingularGloss(_ key: String) -> String? {
    for entry in grammar.feminineEndings where key.hasSuffix(entry.ending) {
      let candidate = String(key.dropLast(entry.ending.count)) + entry.replacement
      if candidate != key, let gloss = senses.lowercaseWords[candidate] { return gloss }
    }
    return nil
  }

  /// Lemma, singular, verb ending, then stem.
  func lemmaLookup(_ key: String) -> (String, EnglishInflection.Form)? {
    let keys = lemmatizer.keys(for: key)
    for lemma in keys.lemmas {
      if let gloss = senses.lowercaseWords[lemma] { return (gloss, .base) }
    }
    for singular in keys.singulars {
      if let gloss = senses.lowercaseWords[singular] { return (gloss, .plural) }
    }
    if frenchRules, let found = verbLookup(key, pastOnly: false) { return found }
    if frenchRules, let gloss = adverbLookup(key) { return (gloss, .adverb) }
    if let stem = keys.stem, let gloss = senses.stems[stem] {
      let plural = frenchRules && key.count > 4 && (key.hasSuffix("s") || key.hasSuffix("x"))
      return (gloss, plural ? .plural : .base)
    }
    return nil
  }

  /// The adjective of a French adverb in "-ment" ("parfaitement" → "parfait" → "perfect").
  func adverbLookup(_ key: String) -> String? {
    guard key.count > 6, key.hasSuffix("ment") else { return nil }
    var bases = [String(key.dropLast(4))]  // parfaite, poli
    if key.hasSuffix("amment") { bases.append(String(key.dropLast(6)) + "ant") }
    if key.hasSuffix("emment") { bases.append(String(key.dropLast(6)) + "ent") }
    for base in bases {
      if let gloss = senses.lowercaseWords[base] ?? masculineSingularGloss(base) { return gloss }
    }
    return nil
  }

  /// A hyphenated word the lexicon lacks, part by part ("avez-vous" → "have you").
  func hyphenatedLookup(_ key: String) -> String? {
    let parts = key.split(separator: "-").map(String.init)
    guard parts.count > 1 else { return nil }
    var found = false
    var glosses: [String] = []
    for part in parts where part != "t" {
      if let entry = functionWords.entries[part] {
        found = true
        if !entry.target.isEmpty { glosses.append(entry.target) }
      } else if let gloss = senses.lowercaseWords[part] {
        found = true
        glosses.append(gloss)
      } else if configuration.usesLemmas, let (gloss, form) = lemmaLookup(part) {
        found = true
        glosses.append(EnglishInflection.inflect(gloss, as: form))
      } else {
        glosses.append(part)
      }
    }
    return found ? glosses.joined(separator: " ") : nil
  }

  /// The infinitive a French verb ending points to, with the English form it asks for.
  func verbLookup(_ key: String, pastOnly: Bool) -> (String, EnglishInflection.Form)? {
    for entry in grammar.verbEndings
    where key.hasSuffix(entry.ending) && key.count > entry.ending.count + 2 {
      if pastOnly && entry.form != .past { continue }
      let candidate = String(key.dropLast(entry.ending.count)) + entry.infinitive
      if let gloss = senses.lowercaseWords[candidate] { return (gloss, entry.form) }
    }
    guard pastOnly else { return nil }
    for lemma in lemmatizer.keys(for: key).lemmas {
      if let gloss = senses.lowercaseWords[lemma] { return (gloss, .past) }
    }
    return nil
  }

  func isParticiple(_ key: String) -> Bool { grammar.isParticiple(key) }

  /// "des" is "of the" after a noun and dropped elsewhere; "de" before an infinitive is "to".
  func contextualFunctionWord(
    _ key: String, gloss: String, at i: Int, tokens: [Token], keys: [String], previous: Piece?
  ) -> String {
    switch key {
    case "des":
      if let previous, previous.role == nil, previous.kind != .punctuation,
        previous.kind != .number
      {
        return "of the"
      }
      return ""
    case "de", "d'":
      if i + 1 < keys.count, tokens[i + 1].kind == .word {
        let next = keys[i + 1]
        if next.hasSuffix("er") || next.hasSuffix("ir") || next.hasSuffix("re"), next.count > 4,
          senses.lowercaseWords[next] != nil
        {
          return "to"
        }
      }
      return gloss
    default:
      return gloss
    }
  }

  // MARK: - Tokens

  /// Joins an elided word the tokenizer left apart from its apostrophe ("d" "'" → "d'", as in
  /// pre-tokenized text "d' icelui").
  func mergeSplitElisions(_ tokens: [Token]) -> [Token] {
    guard frenchRules, tokens.contains(where: { $0.kind == .symbol && Self.isApostrophe($0.text) })
    else { return tokens }
    var result: [Token] = []
    result.reserveCapacity(tokens.count)
    var i = 0
    while i < tokens.count {
      if i + 1 < tokens.count, tokens[i].kind == .word, tokens[i + 1].kind == .symbol,
        Self.isApostrophe(tokens[i + 1].text),
        tokenizer.profile.elisions.contains(tokens[i].text.lowercased())
      {
        result.append(
          Token(text: tokens[i].text + "'", kind: .word, isCapitalized: tokens[i].isCapitalized))
        i += 2
        continue
      }
      result.append(tokens[i])
      i += 1
    }
    return result
  }

  static func isApostrophe(_ text: String) -> Bool {
    text == "'" || text == "\u{2019}" || text == "\u{02BC}"
  }

  /// The lookup key of a token: case-folded, typographic apostrophes made straight, elisions
  /// kept as written ("L’" → "l'").
  static func foldKey(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      guard text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text }
      return text.lowercased()
    }
    let folded = ICU.foldCase(text)
    guard folded.contains(where: { $0 == "\u{2019}" || $0 == "\u{02BC}" }) else { return folded }
    return String(folded.map { $0 == "\u{2019}" || $0 == "\u{02BC}" ? "'" : $0 })
  }

  static func punctuation(_ text: String) -> String {
    switch text {
    case "«", "»", "“", "”", "„": "\""
    case "\u{2019}", "\u{02BC}": "'"
    default: text
    }
  }

  /// A French number written the English way: "3,5" → "3.5", "300 000" → "300,000".
  static func englishNumber(_ text: String) -> String {
    if text.contains(" ") { return text.replacingSpaces(with: ",") }
    if text.contains(","), !text.contains(".") {
      return String(text.map { $0 == "," ? "." : $0 })
    }
    return text
  }
}

extension String {
  fileprivate func replacingSpaces(with separator: Character) -> String {
    String(map { $0 == " " ? separator : $0 })
  }
}
