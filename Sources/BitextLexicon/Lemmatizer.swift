import BitextText

/// Turns a word into its lookup keys for one language: case folding through ICU, elisions
/// (French, Italian), lemmas of irregular forms, singulars guessed from plural endings, and a
/// Snowball stem (libstemmer: French, English, German, Spanish, Italian, Portuguese, Dutch and
/// more).
///
/// Stems are a fallback: ``LexiconIndex`` uses a word's stem only when its folded form is not a
/// headword, and only stems of at least ``minimumStemLength`` characters (French "sera" and
/// "série" share the stem "ser", "mères" and "mer" share "mer").
public struct Lemmatizer: Sendable {
  /// The language (ISO 639-1 code).
  public let language: String
  /// Stems shorter than this many characters are not used.
  public var minimumStemLength: Int
  /// Whether stems are computed at all.
  public var usesStems: Bool
  /// Whether irregular forms are lemmatized and singulars guessed from plural endings.
  public var guessesSingulars: Bool
  private let stemmer: SnowballStemmer?
  private let elisions: Set<String>
  private let expansions: [String: String]
  private let functionWords: Set<String>
  private let irregular: [String: [String]]

  /// Creates a lemmatizer for a language code (`"fr"`, `"en"`, `"de"`…); other forms of a code
  /// (`"deu"`, `"de-CH"`, `"nld"`) use their primary language.
  /// - Parameters:
  ///   - minimumStemLength: the shortest stem used (characters).
  ///   - usesStems: pass `false` to match without stems.
  ///   - guessesSingulars: pass `false` to match folded forms only: no lemmas of irregular
  ///     forms, no singulars guessed from plural endings.
  public init(
    language: String, minimumStemLength: Int = 4, usesStems: Bool = true,
    guessesSingulars: Bool = true
  ) {
    let code = LanguageProfile.primaryLanguage(LanguageCode.twoLetter(language))
    self.language = code
    self.minimumStemLength = minimumStemLength
    self.usesStems = usesStems
    self.guessesSingulars = guessesSingulars
    self.stemmer = usesStems ? SnowballStemmer(language: code) : nil
    let expansions = LemmaData.elisionExpansions[code] ?? [:]
    self.elisions = LanguageProfile.named(code).elisions.union(expansions.keys)
    self.expansions = expansions
    self.functionWords = LemmaData.functionWords[code] ?? []
    self.irregular = guessesSingulars ? LemmaData.irregularLemmas[code] ?? [:] : [:]
  }

  /// Whether a stemmer exists for the language.
  public var hasStemmer: Bool { stemmer != nil }

  /// The folded form of a word: ICU full case folding, typographic apostrophes made straight,
  /// an elided word expanded ("l'" → "le") and a leading elision removed ("l'homme" → "homme").
  public func fold(_ word: String) -> String {
    var folded = ICU.foldCase(word)
    if folded.contains(where: { $0 == "\u{2019}" || $0 == "\u{02BC}" }) {
      folded = String(folded.map { $0 == "\u{2019}" || $0 == "\u{02BC}" ? "'" : $0 })
    }
    guard !elisions.isEmpty, let apostrophe = folded.firstIndex(of: "'") else { return folded }
    let head = String(folded[..<apostrophe])
    guard elisions.contains(head) else { return folded }
    let rest = folded[folded.index(after: apostrophe)...]
    if rest.isEmpty { return expansions[head] ?? folded }
    return String(rest)
  }

  /// The lookup keys of a word.
  public func keys(for word: String) -> LemmaKeys {
    let folded = fold(word)
    return LemmaKeys(
      folded: folded, lemmas: irregular[folded] ?? [], singulars: singulars(ofFolded: folded),
      stem: stem(ofFolded: folded))
  }

  /// Singular forms of a folded word guessed from its plural ending (and, in some languages,
  /// masculine forms guessed from feminine endings), for the languages whose data lists them.
  public func singulars(ofFolded folded: String) -> [String] {
    guard guessesSingulars, folded.count > 3, let rules = LemmaData.pluralEndings[language] else {
      return []
    }
    var result: [String] = []
    for (ending, replacement) in rules where folded.hasSuffix(ending) {
      let candidate = String(folded.dropLast(ending.count)) + replacement
      if candidate.count >= 3, !result.contains(candidate) { result.append(candidate) }
    }
    return result
  }

  /// The stem of an already folded word, or `nil` (no stemmer, or stem too short).
  public func stem(ofFolded folded: String) -> String? {
    guard let stemmer else { return nil }
    let stem = stemmer.stem(folded)
    return stem.count >= minimumStemLength ? stem : nil
  }

  /// Whether a folded word is a function word (article, preposition, pronoun…) of the
  /// language; multi-word headwords are matched through their other words.
  public func isFunctionWord(_ folded: String) -> Bool { functionWords.contains(folded) }
}
