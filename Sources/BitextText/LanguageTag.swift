/// A language code as users give it, checked and normalised: the one place Bitext reads
/// language codes, for segmentation, tokenization, lexicons, TMX and every command.
///
/// Accepted: an ISO 639-1 code (`fr`), or the ISO 639-2 or 639-3 code of a language that has an
/// ISO 639-1 code (`fra`, `fre`), optionally followed by a script (`Latn`) and a region (`CA`,
/// `419`), separated by `-` or `_`, in any case. `fr-CA`, `fr_CA`, `FR-fr` and `fra` all name
/// French; ``primaryLanguage`` (`fr`) selects rules and lexicons, while ``description`` keeps
/// what the user said in canonical case (`fr-CA`) for the output.
public struct LanguageTag: Sendable, Hashable, CustomStringConvertible {
  /// The language, as its ISO 639-1 code: `"fr"`.
  public let primaryLanguage: String
  /// The script subtag in title case (`"Hant"`), if given.
  public let script: String?
  /// The region subtag in upper case (`"CA"`, `"419"`), if given.
  public let region: String?

  /// Parses and normalises a code.
  ///
  /// - Throws: ``LanguageTagError`` for an unknown language or a malformed code; its message
  ///   says what is accepted.
  public init(_ code: String) throws(LanguageTagError) {
    let parts = code.split(separator: "-", omittingEmptySubsequences: false)
      .flatMap { $0.split(separator: "_", omittingEmptySubsequences: false) }
      .map { $0.lowercased() }
    guard let first = parts.first, let language = Self.primaryLanguage(ofSubtag: first) else {
      throw LanguageTagError(code: code)
    }
    var script: String?
    var region: String?
    for part in parts.dropFirst() {
      let letters = part.allSatisfy { $0.isASCII && $0.isLetter }
      let digits = part.allSatisfy { $0.isASCII && $0.isNumber }
      if part.count == 4 && letters && script == nil && region == nil {
        script = part.prefix(1).uppercased() + part.dropFirst()
      } else if ((part.count == 2 && letters) || (part.count == 3 && digits)) && region == nil {
        region = part.uppercased()
      } else {
        throw LanguageTagError(code: code)
      }
    }
    self.primaryLanguage = language
    self.script = script
    self.region = region
  }

  /// The tag in canonical form: `"fr-CA"`, `"zh-Hant-TW"`, `"fr"` for `"fra"`.
  public var description: String {
    ([primaryLanguage] + [script, region].compactMap { $0 }).joined(separator: "-")
  }

  /// The ISO 639-1 code of the language a code names, for looking up rules and lexicons:
  /// `"fr"` for `"fr-CA"`, `"fr_CA"`, `"FR-fr"` and `"fra"`. A code that is not accepted
  /// gives its first subtag, lower-cased (which then matches no rules and no lexicon).
  public static func primaryLanguage(_ code: String) -> String {
    if let tag = try? LanguageTag(code) { return tag.primaryLanguage }
    let first = code.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "@" }).first ?? ""
    return first.lowercased()
  }

  /// The ISO 639-1 code of a primary language subtag (lower case), or nil when not accepted.
  static func primaryLanguage(ofSubtag subtag: String) -> String? {
    LanguageCodes.embedded.twoLetterCode(ofSubtag: subtag)
  }

  /// The ISO 639-3 code (as FreeDict names its dictionaries) of a language: `"fra"` for `"fr"`.
  public static func threeLetterCode(_ code: String) -> String? {
    LanguageCodes.embedded.threeLetterCode(ofTwoLetter: primaryLanguage(code))
  }
}

/// A language code Bitext does not accept; the message says what is accepted.
public struct LanguageTagError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The code as given.
  public var code: String

  /// Creates an error for a code.
  public init(code: String) {
    self.code = code
  }

  /// The message shown to the user.
  public var description: String {
    "unknown language code '\(code)': use an ISO 639-1 code (fr, en, de…) or the ISO 639-2/3"
      + " code of a language Bitext has data or dictionaries for (fra, fre, eng, deu…),"
      + " optionally with a script and a region (fr-CA, pt_BR, zh-Hant-TW)"
  }
}
