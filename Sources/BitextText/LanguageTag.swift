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
    switch subtag.count {
    case 2: return isoTwoLetter.contains(subtag) ? subtag : deprecatedTwoLetter[subtag]
    case 3: return threeLetter[subtag]
    default: return nil
    }
  }

  /// The ISO 639-3 code (as FreeDict names its dictionaries) of a language: `"fra"` for `"fr"`.
  public static func threeLetterCode(_ code: String) -> String? {
    twoToThree[primaryLanguage(code)]
  }

  /// The ISO 639-1 codes.
  static let isoTwoLetter: Set<String> = Set(
    """
    aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
    da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu
    hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb
    lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om
    or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw
    ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
    """.split(whereSeparator: \.isWhitespace).map(String.init))

  /// Withdrawn ISO 639-1 codes still found in data.
  static let deprecatedTwoLetter: [String: String] = ["iw": "he", "in": "id", "ji": "yi"]

  /// ISO 639-3 (and 639-2/T) codes of the languages Bitext has data or FreeDict dictionaries
  /// for, with the ISO 639-1 code of each.
  static let threeToTwo: [String: String] = [
    "afr": "af", "ara": "ar", "bre": "br", "bul": "bg", "cat": "ca", "ces": "cs", "cym": "cy",
    "dan": "da", "deu": "de", "ell": "el", "eng": "en", "epo": "eo", "est": "et", "eus": "eu",
    "fas": "fa", "fin": "fi", "fra": "fr", "gla": "gd", "gle": "ga", "glg": "gl", "heb": "he",
    "hin": "hi", "hrv": "hr", "hun": "hu", "hye": "hy", "ind": "id", "isl": "is", "ita": "it",
    "jpn": "ja", "kat": "ka", "kor": "ko", "kur": "ku", "lat": "la", "lav": "lv", "lit": "lt",
    "mkd": "mk", "nld": "nl", "nno": "nn", "nob": "nb", "nor": "no", "oci": "oc", "pol": "pl",
    "por": "pt", "ron": "ro", "rus": "ru", "slk": "sk", "slv": "sl", "spa": "es", "sqi": "sq",
    "srp": "sr", "swe": "sv", "swh": "sw", "tha": "th", "tur": "tr", "ukr": "uk", "vie": "vi",
    "zho": "zh",
  ]

  /// ISO 639-2/B codes of the same languages, where they differ from 639-3.
  static let bibliographic: [String: String] = [
    "alb": "sq", "arm": "hy", "baq": "eu", "chi": "zh", "cze": "cs", "dut": "nl", "fre": "fr",
    "geo": "ka", "ger": "de", "gre": "el", "ice": "is", "mac": "mk", "per": "fa", "rum": "ro",
    "slo": "sk", "wel": "cy", "swa": "sw",
  ]

  /// Every accepted three-letter code.
  static let threeLetter: [String: String] = threeToTwo.merging(bibliographic) { first, _ in first }

  /// ISO 639-1 → ISO 639-3.
  static let twoToThree: [String: String] = Dictionary(
    uniqueKeysWithValues: threeToTwo.map { ($0.value, $0.key) })
}

/// A language code Bitext does not accept; the message says what is accepted.
public struct LanguageTagError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The code as given.
  public var code: String

  /// Creates an error for a code.
  public init(code: String) {
    self.code = code
  }

  public var description: String {
    "unknown language code '\(code)': use an ISO 639-1 code (fr, en, de…) or the ISO 639-2/3"
      + " code of a language Bitext has data or dictionaries for (fra, fre, eng, deu…),"
      + " optionally with a script and a region (fr-CA, pt_BR, zh-Hant-TW)"
  }
}
