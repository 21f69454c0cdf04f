/// A lexicon compiled for fast matching of running text: every headword reduced to its lookup
/// keys (folded form, stem), pairs of keys stored as integers.
///
/// A word resolves to one key: its folded form when that is a headword of its side, otherwise
/// the lemma of an irregular form ("était" → "être") or a singular guessed from a plural
/// ending when that is a headword, otherwise its stem when
/// some headword has that stem, otherwise none. Resolve each token once
/// (``sourceKey(for:)``, ``targetKey(for:)``), then ask ``translates(_:_:)`` or
/// ``weight(_:_:)`` as often as needed: one hash lookup each.
///
/// Multi-word headwords take part through their content words (function words such as "de",
/// "the", "sich" are dropped): "se rendre compte" → "realize" pairs "rendre" and "compte" with
/// "realize" at half weight. Entries with several content words on both sides ("Amérique du
/// Nord" → "North America") are not word pairs and are left out.
public struct LexiconIndex: Sendable {
  /// A word's lookup key on one side of the index.
  public struct Key: Hashable, Sendable {
    /// The key's number, unique on its side.
    public let rawValue: UInt32
  }

  /// The source-side lemmatizer.
  public let sourceLemmatizer: Lemmatizer
  /// The target-side lemmatizer.
  public let targetLemmatizer: Lemmatizer
  private let sourceKeys: [String: UInt32]
  private let targetKeys: [String: UInt32]
  private let targetHeadwords: [String]
  private let pairWeights: [UInt64: Float]
  private let translationLists: [UInt32: [Candidate]]

  struct Candidate: Sendable {
    var target: UInt32
    var weight: Float
    var provenance: String
  }

  /// The number of distinct source keys.
  public var sourceKeyCount: Int { sourceKeys.count }
  /// The number of distinct target keys.
  public var targetKeyCount: Int { targetKeys.count }
  /// The number of distinct key pairs.
  public var pairCount: Int { pairWeights.count }

  /// Compiles a lexicon with lemmatizers for its two languages.
  public init(lexicon: Lexicon, sourceLemmatizer: Lemmatizer, targetLemmatizer: Lemmatizer) {
    self.sourceLemmatizer = sourceLemmatizer
    self.targetLemmatizer = targetLemmatizer
    var sourceKeys: [String: UInt32] = [:]
    var targetKeys: [String: UInt32] = [:]
    var targetHeadwords: [String] = []
    var targetHeadwordIDs: [String: UInt32] = [:]
    var pairs: [UInt64: Float] = [:]
    var lists: [UInt32: [UInt32: Candidate]] = [:]
    func id(_ key: String, in table: inout [String: UInt32]) -> UInt32 {
      if let existing = table[key] { return existing }
      let next = UInt32(table.count)
      table[key] = next
      return next
    }
    var sourceUnitCache: [String: [Unit]] = [:]
    var targetUnitCache: [String: [Unit]] = [:]
    for entry in lexicon.entries {
      let sourceUnits =
        sourceUnitCache[entry.source]
        ?? Self.units(of: entry.source, lemmatizer: sourceLemmatizer)
      sourceUnitCache[entry.source] = sourceUnits
      let targetUnits =
        targetUnitCache[entry.target]
        ?? Self.units(of: entry.target, lemmatizer: targetLemmatizer)
      targetUnitCache[entry.target] = targetUnits
      guard !sourceUnits.isEmpty, !targetUnits.isEmpty,
        sourceUnits.count == 1 || targetUnits.count == 1
      else { continue }
      let headwordID: UInt32
      if let existing = targetHeadwordIDs[entry.target] {
        headwordID = existing
      } else {
        headwordID = UInt32(targetHeadwords.count)
        targetHeadwordIDs[entry.target] = headwordID
        targetHeadwords.append(entry.target)
      }
      for s in sourceUnits {
        for t in targetUnits {
          let factor: Float = s.isWholeHeadword && t.isWholeHeadword ? 1 : 0.5
          let weight = Float(entry.weight) * factor
          let sourceIDs = s.keys.map { id($0, in: &sourceKeys) }
          let targetIDs = t.keys.map { id($0, in: &targetKeys) }
          for a in sourceIDs {
            for b in targetIDs {
              let pair = UInt64(a) << 32 | UInt64(b)
              pairs[pair] = max(pairs[pair] ?? 0, weight)
            }
            // translations listed per source key, only for whole source headwords
            guard s.isWholeHeadword else { continue }
            let old = lists[a]?[headwordID]
            if old == nil || old!.weight < weight {
              lists[a, default: [:]][headwordID] = Candidate(
                target: headwordID, weight: weight, provenance: entry.provenance)
            }
          }
        }
      }
    }
    self.sourceKeys = sourceKeys
    self.targetKeys = targetKeys
    self.targetHeadwords = targetHeadwords
    self.pairWeights = pairs
    self.translationLists = lists.mapValues { candidates in
      candidates.values.sorted {
        $0.weight != $1.weight
          ? $0.weight > $1.weight
          : targetHeadwords[Int($0.target)] < targetHeadwords[Int($1.target)]
      }
    }
  }

  /// The key of a source-language word, or `nil` when the lexicon does not know it.
  public func sourceKey(for word: String) -> Key? {
    Self.resolve(sourceLemmatizer.keys(for: word), in: sourceKeys)
  }

  /// The key of a target-language word, or `nil` when the lexicon does not know it.
  public func targetKey(for word: String) -> Key? {
    Self.resolve(targetLemmatizer.keys(for: word), in: targetKeys)
  }

  /// Whether two resolved words translate each other.
  public func translates(_ source: Key, _ target: Key) -> Bool { weight(source, target) != nil }

  /// The weight of the best entry joining two resolved words, or `nil` when none does.
  public func weight(_ source: Key, _ target: Key) -> Double? {
    pairWeights[UInt64(source.rawValue) << 32 | UInt64(target.rawValue)].map(Double.init)
  }

  /// Whether a source word and a target word translate each other (resolves both: prefer
  /// resolving once and calling ``translates(_:_:)`` in loops).
  public func translates(source: String, target: String) -> Bool {
    guard let a = sourceKey(for: source), let b = targetKey(for: target) else { return false }
    return translates(a, b)
  }

  /// Whether a source word has at least one translation.
  public func hasTranslation(_ word: String) -> Bool {
    sourceKey(for: word) != nil  // every key comes from at least one pair
  }

  /// The translations of a source word, best first (ties in target order), as target headwords
  /// with their weight and provenance; at most `limit`.
  public func translations(of word: String, limit: Int = .max) -> [Lexicon.Translation] {
    guard let key = sourceKey(for: word) else { return [] }
    return translations(of: key, limit: limit)
  }

  /// The translations of a resolved source word, best first.
  public func translations(of key: Key, limit: Int = .max) -> [Lexicon.Translation] {
    guard let list = translationLists[key.rawValue] else { return [] }
    return list.prefix(max(0, limit)).map {
      Lexicon.Translation(
        target: targetHeadwords[Int($0.target)], weight: Double($0.weight),
        provenance: $0.provenance)
    }
  }

  // MARK: - Building

  /// One word of a headword, as the keys it is stored under.
  struct Unit {
    var keys: [String]
    var isWholeHeadword: Bool
  }

  static func exactKey(_ folded: String) -> String { "=" + folded }
  static func stemKey(_ stem: String) -> String { "~" + stem }

  static func resolve(_ keys: LemmaKeys, in table: [String: UInt32]) -> Key? {
    if let id = table[exactKey(keys.folded)] { return Key(rawValue: id) }
    for singular in keys.lemmas + keys.singulars {
      if let id = table[exactKey(singular)] { return Key(rawValue: id) }
    }
    if let stem = keys.stem, let id = table[stemKey(stem)] { return Key(rawValue: id) }
    return nil
  }

  /// The content words of a headword with their keys (a single word: itself).
  static func units(of headword: String, lemmatizer: Lemmatizer) -> [Unit] {
    let words = headword.split(whereSeparator: { $0 == " " })
    if words.count == 1 {
      let keys = lemmatizer.keys(for: headword)
      return [Unit(keys: Self.keys(keys), isWholeHeadword: true)]
    }
    var units: [Unit] = []
    for word in words {
      let keys = lemmatizer.keys(for: String(word))
      guard !lemmatizer.isFunctionWord(keys.folded), keys.folded.count > 1,
        keys.folded.contains(where: \.isLetter)
      else { continue }
      units.append(Unit(keys: Self.keys(keys), isWholeHeadword: false))
    }
    return units
  }

  static func keys(_ keys: LemmaKeys) -> [String] {
    var result = [exactKey(keys.folded)]
    if let stem = keys.stem { result.append(stemKey(stem)) }
    return result
  }
}
