import BitextText

/// The grammar lists of a source language the gloss translator's language rules use: adjective
/// and verb endings, participles, negations.
///
/// The lists are data: `Dictionaries/grammar/<language>.txt`, embedded into the library at
/// development time (see `GrammarData+Data.swift`; a test keeps the two identical), parsed once
/// at first use.
struct GrammarData: Sendable, Hashable {
  /// An ending replaced by another one ("ienne" → "ien").
  struct Replacement: Sendable, Hashable {
    /// The ending of the word as written.
    var ending: String
    /// What replaces it; empty to drop it.
    var replacement: String
  }

  /// A verb ending, the infinitive ending it points to and the English form it asks for.
  struct VerbEnding: Sendable, Hashable {
    /// The ending of the inflected verb ("aient").
    var ending: String
    /// The ending of its infinitive ("er").
    var infinitive: String
    /// The English form of the gloss.
    var form: EnglishInflection.Form
  }

  /// Feminine and plural adjective endings → masculine singular endings, tried in order.
  var feminineEndings: [Replacement] = []
  /// The second part of a negation ("pas" in "ne … pas") → its rendering.
  var negations: [String: String] = [:]
  /// Endings of regular past participles.
  var participleEndings: [String] = []
  /// Past participles without a regular ending.
  var irregularParticiples: Set<String> = []
  /// Auxiliary forms dropped before a past participle.
  var pastAuxiliaries: Set<String> = []
  /// Verb endings, tried in order.
  var verbEndings: [VerbEnding] = []
  /// Adjective endings.
  var adjectiveEndings: Set<String> = []
  /// The length in Unicode scalars of the longest adjective ending.
  var longestAdjectiveEnding = 0

  /// Creates empty lists.
  init() {}

  /// The lists of a language; empty for languages without a file.
  static func language(_ code: String) -> GrammarData {
    embedded[code] ?? GrammarData()
  }

  /// The data file of a language, as issues name it.
  static func file(_ language: String) -> String { "Dictionaries/grammar/\(language).txt" }

  /// The embedded data, parsed once, by language code.
  static let embedded: [String: GrammarData] = embeddedData.reduce(into: [:]) { table, data in
    table[data.key] = try? parse(data.value, file: file(data.key))
  }

  /// Whether a folded word ends like a past participle (the stem keeping at least 3 letters),
  /// or is an irregular one.
  func isParticiple(_ key: String) -> Bool {
    participleEndings.contains { key.hasSuffix($0) && key.count > $0.count + 2 }
      || irregularParticiples.contains(key)
  }

  /// Whether a folded word of at least 4 letters has an adjective ending.
  func looksLikeAdjective(_ key: String) -> Bool {
    let scalars = key.unicodeScalars
    let count = scalars.count
    guard count >= 4 else { return false }
    var view = String.UnicodeScalarView()
    var index = scalars.endIndex
    for _ in 0..<min(longestAdjectiveEnding, count) {
      index = scalars.index(before: index)
      view.insert(scalars[index], at: view.startIndex)
      if adjectiveEndings.contains(String(view)) { return true }
    }
    return false
  }

  /// Parses the text of a grammar data file: sections in brackets (`[feminine-endings]`,
  /// `[negations]`, `[participle-endings]`, `[irregular-participles]`, `[past-auxiliaries]`,
  /// `[verb-endings]`, `[adjective-endings]`), one entry a line, words separated by spaces,
  /// everything after `#` a comment. A line outside a known section or malformed is thrown as a
  /// ``LineIssue`` naming `file` and the line.
  static func parse(_ text: String, file: String) throws(LineIssue) -> GrammarData {
    var data = GrammarData()
    for entry in SectionedData.entries(text) {
      let words = entry.words
      let number = entry.line
      let section = entry.section
      guard let first = words.first else {
        guard sections.contains(section) else {
          throw LineIssue(file: file, line: number, message: "unknown section '[\(section)]'")
        }
        continue
      }
      func single() throws(LineIssue) -> String {
        guard words.count == 1 else {
          throw LineIssue(file: file, line: number, message: "expected one word")
        }
        return first
      }
      switch section {
      case "feminine-endings":
        guard words.count <= 2 else {
          throw LineIssue(
            file: file, line: number, message: "expected an ending and its replacement")
        }
        data.feminineEndings.append(
          Replacement(ending: first, replacement: words.count == 2 ? words[1] : ""))
      case "negations":
        guard words.count >= 2 else {
          throw LineIssue(file: file, line: number, message: "expected a word and its rendering")
        }
        data.negations[first] = words.dropFirst().joined(separator: " ")
      case "participle-endings":
        data.participleEndings.append(try single())
      case "irregular-participles":
        data.irregularParticiples.insert(try single())
      case "past-auxiliaries":
        data.pastAuxiliaries.insert(try single())
      case "verb-endings":
        guard words.count == 3, let form = forms[words[2]] else {
          throw LineIssue(
            file: file, line: number,
            message: "expected an ending, an infinitive ending and base, past or present-participle"
          )
        }
        data.verbEndings.append(VerbEnding(ending: first, infinitive: words[1], form: form))
      case "adjective-endings":
        let ending = try single()
        data.adjectiveEndings.insert(ending)
        data.longestAdjectiveEnding = max(data.longestAdjectiveEnding, ending.unicodeScalars.count)
      default:
        throw LineIssue(file: file, line: number, message: "entry outside a section")
      }
    }
    return data
  }

  /// The sections a grammar data file may have.
  static let sections: Set<String> = [
    "feminine-endings", "negations", "participle-endings", "irregular-participles",
    "past-auxiliaries", "verb-endings", "adjective-endings",
  ]

  /// The English forms a verb ending may ask for, by name.
  static let forms: [String: EnglishInflection.Form] = [
    "base": .base, "past": .past, "present-participle": .presentParticiple,
  ]
}
