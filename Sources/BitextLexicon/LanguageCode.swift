import BitextText

/// Conversion between the two-letter language codes Bitext uses (ISO 639-1, `"fr"`) and the
/// three-letter ones in FreeDict's file names (ISO 639-3, `"fra"`), through ``LanguageTag``.
public enum LanguageCode {
  /// The two-letter code of a language code (`"fra"`, `"fr-CA"` → `"fr"`); see
  /// ``LanguageTag/primaryLanguage(_:)``.
  public static func twoLetter(_ code: String) -> String {
    LanguageTag.primaryLanguage(code)
  }

  /// The three-letter code FreeDict uses (`"fr"` → `"fra"`), or `nil` for an unknown code.
  public static func threeLetter(_ code: String) -> String? {
    LanguageTag.threeLetterCode(code)
  }
}
