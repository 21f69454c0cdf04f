import BitextText

/// Closed-class words of a source language and how a gloss renders them in a target language:
/// articles, prepositions, pronouns, conjunctions, auxiliaries, frequent adverbs and fixed
/// phrases. The tables are data: `Dictionaries/function-words/<source>-<target>.tsv`, embedded
/// into the library at development time (see `FunctionWords+Data.swift`; a test keeps the two
/// identical).
///
/// An empty `target` drops the word ("ne", "se"). Phrases are written with single spaces between
/// folded tokens, elisions kept with their apostrophe ("c' est", "qu'").
public struct FunctionWords: Sendable {
  /// What a function word is, for the context rules (reordering, article dropping).
  public enum Role: String, Sendable, Hashable, CaseIterable {
    /// An article or other determiner ("les", "ses", "cette").
    case determiner
    /// A definite singular article ("le", "la", "l'"), or a preposition fused with one ("du"):
    /// its "the" is dropped before a proper name.
    case definiteArticle = "definite-article"
    /// A preposition ("de", "pour", "selon").
    case preposition
    /// A conjunction or relative word ("et", "que", "qui").
    case conjunction
    /// A personal pronoun ("il", "nous").
    case pronoun
    /// An auxiliary, copula or modal ("a", "est", "peut").
    case auxiliary
    /// A negation particle ("ne", "pas").
    case negation
    /// An adverb or fixed phrase.
    case other
  }

  /// One function word or phrase.
  public struct Entry: Sendable, Hashable {
    /// The rendering in the target language; empty to drop the word.
    public var target: String
    /// What the word is.
    public var role: Role

    /// Creates an entry.
    public init(target: String, role: Role) {
      self.target = target
      self.role = role
    }
  }

  /// Folded word or phrase → entry.
  public var entries: [String: Entry]
  /// The most tokens in a phrase.
  public var longestPhrase: Int

  /// Creates a table from folded words and phrases (tokens separated by single spaces).
  public init(entries: [String: Entry]) {
    self.entries = entries
    self.longestPhrase = entries.keys.map { $0.split(separator: " ").count }.max() ?? 0
  }

  /// No function words: every word goes through the lexicon.
  public static let empty = FunctionWords(entries: [:])

  /// The table for a language pair (`Dictionaries/function-words/<source>-<target>.tsv`); empty
  /// for pairs without one.
  public static func table(source: String, target: String) -> FunctionWords {
    embeddedTables["\(source)-\(target)"] ?? empty
  }

  /// French → English.
  public static var frenchEnglish: FunctionWords { table(source: "fr", target: "en") }

  /// The embedded tables, parsed once, by language pair.
  static let embeddedTables: [String: FunctionWords] = embeddedData.reduce(into: [:]) {
    table, data in table[data.key] = try? parse(data.value, file: file(data.key))
  }

  /// The data file of a language pair ("fr-en"), as issues name it.
  static func file(_ pair: String) -> String { "Dictionaries/function-words/\(pair).tsv" }

  /// Parses the text of a function-word file: `role<TAB>source<TAB>target` lines (an empty or
  /// missing target drops the word), `#` comment lines and blank lines; a later line for the same
  /// source replaces an earlier one. A malformed line is thrown as a ``LineIssue`` naming `file`
  /// (as the caller gives it) and the line.
  public static func parse(_ text: String, file: String) throws(LineIssue) -> FunctionWords {
    var table: [String: Entry] = [:]
    var number = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") { continue }
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard columns.count == 2 || columns.count == 3 else {
        throw LineIssue(
          file: file, line: number, message: "expected role, source and target separated by tabs")
      }
      guard let role = Role(rawValue: String(columns[0])) else {
        throw LineIssue(file: file, line: number, message: "unknown role '\(columns[0])'")
      }
      let source = String(columns[1])
      guard !source.isEmpty, source.split(separator: " ").joined(separator: " ") == source else {
        throw LineIssue(
          file: file, line: number, message: "the source must be words separated by single spaces")
      }
      table[source] = Entry(target: columns.count == 3 ? String(columns[2]) : "", role: role)
    }
    return FunctionWords(entries: table)
  }
}
