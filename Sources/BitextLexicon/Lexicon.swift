/// A bilingual dictionary from one language to another: source headword → weighted translations,
/// each remembering which lexicon it came from.
///
/// Headwords are kept as written ("Amérique du Nord", "abattre"); matching them against running
/// text goes through ``Lemmatizer`` and ``LexiconIndex``. Entries are unique per
/// (source, target, provenance); adding the same triple again keeps the larger weight.
public struct Lexicon: Sendable, Equatable {
  /// One translation of a source headword.
  public struct Translation: Hashable, Sendable {
    /// The target-language headword.
    public var target: String
    /// How good a translation it is, in (0, 1]: 1 for a dictionary's first sense, a probability
    /// for an induced lexicon.
    public var weight: Double
    /// Which lexicon this translation came from (`"freedict"`, `"induced"`, a glossary's name…).
    public var provenance: String

    /// Creates a translation.
    public init(target: String, weight: Double, provenance: String) {
      self.target = target
      self.weight = weight
      self.provenance = provenance
    }
  }

  /// The source language (BCP 47 / ISO 639-1 code, e.g. `"fr"`).
  public var sourceLanguage: String
  /// The target language (e.g. `"en"`).
  public var targetLanguage: String
  private var table: [String: [Translation]] = [:]

  /// Creates an empty lexicon for a language pair.
  public init(sourceLanguage: String, targetLanguage: String) {
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
  }

  /// Creates a lexicon holding the given entries.
  public init(sourceLanguage: String, targetLanguage: String, entries: some Sequence<LexiconEntry>)
  {
    self.init(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    for entry in entries { add(entry) }
  }

  /// The number of entries (source, target, provenance triples).
  public var count: Int { table.values.reduce(0) { $0 + $1.count } }

  /// Whether the lexicon has no entries.
  public var isEmpty: Bool { table.isEmpty }

  /// The source headwords, sorted.
  public var sourceHeadwords: [String] { table.keys.sorted() }

  /// Adds an entry; an existing (source, target, provenance) triple keeps the larger weight.
  /// Entries with an empty side or a weight that is not a positive finite number are ignored.
  public mutating func add(_ entry: LexiconEntry) {
    guard !entry.source.isEmpty, !entry.target.isEmpty, entry.weight.isFinite, entry.weight > 0
    else { return }
    let translation = Translation(
      target: entry.target, weight: entry.weight, provenance: entry.provenance)
    if let index = table[entry.source]?.firstIndex(where: {
      $0.target == entry.target && $0.provenance == entry.provenance
    }) {
      table[entry.source]![index].weight = max(table[entry.source]![index].weight, entry.weight)
    } else {
      table[entry.source, default: []].append(translation)
    }
  }

  /// Adds every entry of another lexicon of the same direction, keeping their provenance.
  public mutating func merge(_ other: Lexicon) {
    for entry in other.entries { add(entry) }
  }

  /// The translations of a headword exactly as written, best first (ties: target, provenance).
  public func translations(of source: String) -> [Translation] {
    (table[source] ?? []).sorted(by: Self.bestFirst)
  }

  /// Every entry, sorted by source, then best weight first, then target and provenance: the
  /// order in which lexicon files are written.
  public var entries: [LexiconEntry] {
    table.keys.sorted().flatMap { source in
      translations(of: source).map {
        LexiconEntry(
          source: source, target: $0.target, weight: $0.weight, provenance: $0.provenance)
      }
    }
  }

  /// The same lexicon read in the other direction (target → source).
  public func reversed() -> Lexicon {
    var result = Lexicon(sourceLanguage: targetLanguage, targetLanguage: sourceLanguage)
    for (source, translations) in table {
      for t in translations {
        result.add(
          LexiconEntry(source: t.target, target: source, weight: t.weight, provenance: t.provenance)
        )
      }
    }
    return result
  }

  /// The provenances present, sorted.
  public var provenances: [String] {
    Set(table.values.flatMap { $0.map(\.provenance) }).sorted()
  }

  /// Two lexicons are equal when they hold the same languages and entries (in any order).
  public static func == (lhs: Lexicon, rhs: Lexicon) -> Bool {
    lhs.sourceLanguage == rhs.sourceLanguage && lhs.targetLanguage == rhs.targetLanguage
      && lhs.entries == rhs.entries
  }

  static func bestFirst(_ a: Translation, _ b: Translation) -> Bool {
    if a.weight != b.weight { return a.weight > b.weight }
    if a.target != b.target { return a.target < b.target }
    return a.provenance < b.provenance
  }
}

/// One line of a lexicon: a source headword, a target headword, a weight and a provenance.
public struct LexiconEntry: Hashable, Sendable {
  /// The source-language headword.
  public var source: String
  /// The target-language headword.
  public var target: String
  /// The weight in (0, 1].
  public var weight: Double
  /// Which lexicon the entry came from.
  public var provenance: String

  /// Creates an entry.
  public init(source: String, target: String, weight: Double = 1, provenance: String) {
    self.source = source
    self.target = target
    self.weight = weight
    self.provenance = provenance
  }
}
