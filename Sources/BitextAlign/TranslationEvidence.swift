/// Word-level translation knowledge for the aligner, in a form independent of where it comes
/// from (a bilingual dictionary, a learned table, a glossary).
///
/// Both sides map words to *match keys* in one shared space: a source word to the keys of its
/// possible translations, a target word to its own key(s). A source word and a target word
/// translate each other when their key lists meet.
public protocol TranslationEvidence: Sendable {
  /// The keys of the translations of a source word (empty when unknown).
  func translationKeys(ofSource word: String) -> [String]
  /// The keys a target word is known under (empty when unknown).
  func keys(ofTarget word: String) -> [String]
}

/// Translation evidence from a plain dictionary `source word → target words`, matched on
/// lower-cased prefixes (5 characters by default) so inflected forms meet.
public struct DictionaryEvidence: TranslationEvidence {
  private let table: [String: [String]]
  /// Characters compared from the start of each word.
  public let prefixLength: Int

  /// Creates evidence from a dictionary; keys and values are folded with `lowercased()`.
  public init(_ dictionary: [String: Set<String>], prefixLength: Int = 5) {
    self.prefixLength = prefixLength
    var table: [String: Set<String>] = [:]
    for (source, targets) in dictionary {
      let key = Self.prefix(source.lowercased(), prefixLength)
      for target in targets {
        table[key, default: []].insert(Self.prefix(target.lowercased(), prefixLength))
      }
    }
    self.table = table.mapValues { $0.sorted() }
  }

  /// Translation keys: the target prefixes listed for the word's prefix.
  public func translationKeys(ofSource word: String) -> [String] {
    table[Self.prefix(word.lowercased(), prefixLength)] ?? []
  }

  /// The word's prefix.
  public func keys(ofTarget word: String) -> [String] {
    [Self.prefix(word.lowercased(), prefixLength)]
  }

  static func prefix(_ word: String, _ length: Int) -> String { String(word.prefix(length)) }
}
