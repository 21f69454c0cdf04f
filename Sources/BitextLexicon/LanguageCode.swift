/// Conversion between the two-letter language codes Bitext uses (ISO 639-1, `"fr"`) and the
/// three-letter ones in FreeDict's file names (ISO 639-3, `"fra"`).
public enum LanguageCode {
  /// ISO 639-3 → ISO 639-1 for the languages FreeDict publishes dictionaries in.
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

  static let twoToThree: [String: String] = Dictionary(
    uniqueKeysWithValues: threeToTwo.map { ($0.value, $0.key) })

  /// The two-letter code of a language given with two or three letters (`"fra"` → `"fr"`);
  /// the input lower-cased when it is not a known three-letter code.
  public static func twoLetter(_ code: String) -> String {
    let lower = code.lowercased()
    return threeToTwo[lower] ?? lower
  }

  /// The three-letter code FreeDict uses (`"fr"` → `"fra"`), or `nil` for an unknown code.
  public static func threeLetter(_ code: String) -> String? {
    let lower = code.lowercased()
    if threeToTwo[lower] != nil { return lower }
    return twoToThree[lower]
  }
}
