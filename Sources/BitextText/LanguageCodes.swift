/// The language codes Bitext accepts, read from `Dictionaries/languages/codes.txt`: every
/// ISO 639-1 code, the withdrawn ones still met in data, and the three-letter codes (ISO 639-3
/// and 639-2/T, and 639-2/B) of the languages Bitext has data or dictionaries for.
struct LanguageCodes: Sendable {
  /// The ISO 639-1 codes.
  var twoLetter: Set<String> = []
  /// Withdrawn ISO 639-1 codes → the codes that replaced them.
  var withdrawn: [String: String] = [:]
  /// ISO 639-3 (= 639-2/T) codes → ISO 639-1 codes.
  var terminological: [String: String] = [:]
  /// ISO 639-2/B codes that differ from the 639-3 ones → ISO 639-1 codes.
  var bibliographic: [String: String] = [:]
  /// ISO 639-1 codes → ISO 639-3 codes (the reverse of ``terminological``).
  var threeLetter: [String: String] = [:]

  /// The file the codes come from, for messages.
  static let file = "Dictionaries/languages/codes.txt"

  /// The embedded codes, parsed once.
  static let embedded: LanguageCodes =
    (try? parse(embeddedData["codes"] ?? "", file: file)) ?? LanguageCodes()

  /// The ISO 639-1 code of a primary language subtag (lower case), or nil when not accepted.
  func twoLetterCode(ofSubtag subtag: String) -> String? {
    switch subtag.count {
    case 2: return twoLetter.contains(subtag) ? subtag : withdrawn[subtag]
    case 3: return terminological[subtag] ?? bibliographic[subtag]
    default: return nil
    }
  }

  /// The ISO 639-3 code of an ISO 639-1 code, if Bitext knows the language.
  func threeLetterCode(ofTwoLetter code: String) -> String? {
    threeLetter[code]
  }

  /// Parses a code file: sections `[iso639-1]` (codes, several a line), `[withdrawn]`,
  /// `[iso639-3]` and `[iso639-2b]` (a code and its ISO 639-1 code a line); everything after
  /// `#` a comment. An unknown section or a malformed line is thrown as a ``LineIssue``.
  static func parse(_ text: String, file: String) throws(LineIssue) -> LanguageCodes {
    var codes = LanguageCodes()
    var mapped: [(code: String, line: Int)] = []  // two-letter codes the mappings name
    for entry in SectionedData.entries(text) {
      let words = entry.words
      func issue(_ message: String) -> LineIssue {
        LineIssue(file: file, line: entry.line, message: message)
      }
      guard ["iso639-1", "withdrawn", "iso639-3", "iso639-2b"].contains(entry.section) else {
        throw issue("line outside the sections [iso639-1], [withdrawn], [iso639-3], [iso639-2b]")
      }
      if words.isEmpty { continue }  // the section header
      guard words.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isLowercase } }) else {
        throw issue("expected lower-case ASCII codes")
      }
      if entry.section == "iso639-1" {
        guard words.allSatisfy({ $0.count == 2 }) else { throw issue("expected two-letter codes") }
        codes.twoLetter.formUnion(words)
      } else {
        let length = entry.section == "withdrawn" ? 2 : 3
        guard words.count == 2, words[0].count == length, words[1].count == 2 else {
          throw issue("expected a \(length)-letter code and its two-letter code")
        }
        mapped.append((words[1], entry.line))
        switch entry.section {
        case "withdrawn": codes.withdrawn[words[0]] = words[1]
        case "iso639-3":
          guard codes.threeLetter[words[1]] == nil else {
            throw issue("'\(words[1])' already has a three-letter code")
          }
          codes.terminological[words[0]] = words[1]
          codes.threeLetter[words[1]] = words[0]
        default: codes.bibliographic[words[0]] = words[1]
        }
      }
    }
    if let unknown = mapped.first(where: { !codes.twoLetter.contains($0.code) }) {
      throw LineIssue(
        file: file, line: unknown.line, message: "'\(unknown.code)' is not in [iso639-1]")
    }
    return codes
  }
}
