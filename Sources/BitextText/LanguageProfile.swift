/// What the segmenter and tokenizer know about one language.
///
/// The knowledge is data: it comes from `Dictionaries/segmentation/<language>.txt`, embedded
/// into the library at development time (see `LanguageProfile+Data.swift`; a test keeps the
/// two identical). Languages without a file get ``LanguageProfile/generic(language:)``: ICU's
/// rules alone.
public struct LanguageProfile: Sendable, Hashable {
  /// The BCP 47 language code, e.g. `"fr"`.
  public var language: String
  /// Abbreviations never at the end of a sentence (written without their period): "M", "Dr", "p".
  public var titles: Set<String>
  /// Abbreviations that may end a sentence: "etc", "Inc".
  public var abbreviations: Set<String>
  /// Capitalised words that typically begin a sentence: "Le", "The", "How".
  public var starters: Set<String>
  /// Elided words split off as tokens, lower-cased, without apostrophe: "l", "qu", "jusqu".
  public var elisions: Set<String>
  /// One-letter words that are not initials (English "I").
  public var singleLetterWords: Set<String>
  /// Whether Bitext's own rules apply (false: ICU's sentence rules alone).
  public var hasRules: Bool

  /// Creates a profile from its parts.
  public init(
    language: String, titles: Set<String> = [], abbreviations: Set<String> = [],
    starters: Set<String> = [], elisions: Set<String> = [], singleLetterWords: Set<String> = [],
    hasRules: Bool = true
  ) {
    self.language = language
    self.titles = titles
    self.abbreviations = abbreviations
    self.starters = starters
    self.elisions = elisions
    self.singleLetterWords = singleLetterWords
    self.hasRules = hasRules
  }

  /// A profile with no language knowledge: ICU's rules alone.
  public static func generic(language: String) -> LanguageProfile {
    LanguageProfile(language: language, hasRules: false)
  }

  /// The languages with a data file.
  public static var availableLanguages: [String] { embeddedData.keys.sorted() }

  /// The profile for a BCP 47 code (`"fr"`, `"fr-CA"`, `"en_US"`, `"fra"` use their primary
  /// language, see ``LanguageTag``);
  /// the generic profile when Bitext has no data for it.
  public static func named(_ code: String) -> LanguageProfile {
    let primary = primaryLanguage(code)
    guard let text = embeddedData[primary] else { return generic(language: primary) }
    return parse(text, language: primary)
  }

  /// The warning for segmenting text of a language without Bitext's rules, or nil when the
  /// language has rules: `no sentence rules for 'ja': using ICU's rules alone`.
  public static func missingRulesWarning(for code: String) -> String? {
    named(code).hasRules ? nil : "no sentence rules for '\(code)': using ICU's rules alone"
  }

  /// The primary language of a code (``LanguageTag/primaryLanguage(_:)``): `"fr-CA"`,
  /// `"fr_CA"`, `"FR-fr"` and `"fra"` → `"fr"`.
  public static func primaryLanguage(_ code: String) -> String {
    LanguageTag.primaryLanguage(code)
  }

  /// Parses the text of a segmentation data file (sections in brackets, one entry a line).
  public static func parse(_ text: String, language: String) -> LanguageProfile {
    var profile = LanguageProfile(language: language)
    for entry in SectionedData.entries(text) where !entry.words.isEmpty {
      let item = entry.words.joined(separator: " ")
      switch entry.section {
      case "titles": profile.titles.insert(item)
      case "abbreviations": profile.abbreviations.insert(item)
      case "starters": profile.starters.insert(item)
      case "elisions": profile.elisions.insert(item)
      case "single-letter-words": profile.singleLetterWords.insert(item)
      default: break
      }
    }
    return profile
  }
}

/// Stand-in so trimming reads naturally without Foundation.
private enum CharacterSetLike { case whitespaces }
