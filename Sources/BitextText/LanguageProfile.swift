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
  /// Abbreviations that close a date and end the sentence before any capitalised word once the
  /// sentence has six words or more (`Rome fut fondée en 753 av. J.-C. Romulus…`, but
  /// `En 52 av. J.-C. César…`).
  public var finalAbbreviations: Set<String>
  /// Capitalised words that typically begin a sentence: "Le", "The", "How".
  public var starters: Set<String>
  /// Elided words split off as tokens, lower-cased, without apostrophe: "l", "qu", "jusqu".
  public var elisions: Set<String>
  /// One-letter words that are not initials (English "I").
  public var singleLetterWords: Set<String>
  /// Closing quotation marks of the language beyond the universal ones (`»`, `”`, `’`…), as
  /// UTF-16 code units: German `“` and `‘` (`„Ja.“`), `«` and `‹` (`»Ja.«`).
  public var closingQuotes: Set<UInt16>
  /// Whether a number of one to three digits followed by a period is an ordinal (German
  /// `am 3. Oktober`, `der 2. Weltkrieg`): like an abbreviation, it ends a sentence only
  /// before a sentence starter.
  public var ordinalPeriod: Bool
  /// Whether Bitext's own rules apply (false: ICU's sentence rules alone).
  public var hasRules: Bool

  /// Creates a profile from its parts.
  public init(
    language: String, titles: Set<String> = [], abbreviations: Set<String> = [],
    finalAbbreviations: Set<String> = [], starters: Set<String> = [], elisions: Set<String> = [],
    singleLetterWords: Set<String> = [], closingQuotes: Set<UInt16> = [],
    ordinalPeriod: Bool = false, hasRules: Bool = true
  ) {
    self.language = language
    self.titles = titles
    self.abbreviations = abbreviations
    self.finalAbbreviations = finalAbbreviations
    self.starters = starters
    self.elisions = elisions
    self.singleLetterWords = singleLetterWords
    self.closingQuotes = closingQuotes
    self.ordinalPeriod = ordinalPeriod
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
    return parsedProfiles[primary] ?? generic(language: primary)
  }

  /// The embedded profiles, parsed once.
  private static let parsedProfiles: [String: LanguageProfile] = embeddedData.reduce(into: [:]) {
    $0[$1.key] = parse($1.value, language: $1.key)
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
  ///
  /// Sections: `titles`, `abbreviations`, `final-abbreviations`, `starters`, `elisions`,
  /// `single-letter-words`, `closing-quotes` (one character a line) and `conventions`
  /// (`ordinal-period`).
  public static func parse(_ text: String, language: String) -> LanguageProfile {
    var profile = LanguageProfile(language: language)
    for entry in SectionedData.entries(text) where !entry.words.isEmpty {
      let item = entry.words.joined(separator: " ")
      switch entry.section {
      case "titles": profile.titles.insert(item)
      case "abbreviations": profile.abbreviations.insert(item)
      case "final-abbreviations": profile.finalAbbreviations.insert(item)
      case "starters": profile.starters.insert(item)
      case "elisions": profile.elisions.insert(item)
      case "single-letter-words": profile.singleLetterWords.insert(item)
      case "closing-quotes":
        if item.utf16.count == 1, let unit = item.utf16.first { profile.closingQuotes.insert(unit) }
      case "conventions":
        if item == "ordinal-period" { profile.ordinalPeriod = true }
      default: break
      }
    }
    return profile
  }
}
