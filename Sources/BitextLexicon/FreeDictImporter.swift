import Foundation

/// Imports FreeDict dictionaries installed by Debian's `dict-freedict-<src>-<tgt>` packages
/// (dictd files in `/usr/share/dictd`) into a ``Lexicon``.
///
/// The reverse dictionary (`<tgt>-<src>`), when installed, is read too and merged in reversed.
/// Weights come from sense order: the first sense weighs 1, the k-th 1 / (1 + (k − 1) / 4),
/// never below 0.25. Every entry's provenance is ``provenance`` (`"freedict"`); a translation
/// found in both dictionaries is kept once, with the larger weight.
public struct FreeDictImporter: Sendable {
  /// Where dictd files are looked for.
  public var dictionaryDirectory: String
  /// The article parser.
  public var reader: DictdReader
  /// Whether the reverse dictionary is merged in when installed.
  public var includesReverse: Bool
  /// The provenance given to imported entries.
  public var provenance: String

  /// The directory Debian installs dictd dictionaries into.
  public static let debianDirectory = "/usr/share/dictd"

  /// Creates an importer.
  public init(
    dictionaryDirectory: String = FreeDictImporter.debianDirectory,
    reader: DictdReader = DictdReader(), includesReverse: Bool = true,
    provenance: String = "freedict"
  ) {
    self.provenance = provenance
    self.dictionaryDirectory = dictionaryDirectory
    self.reader = reader
    self.includesReverse = includesReverse
  }

  /// What an import produced.
  public struct Result: Sendable {
    /// The lexicon, in the requested direction.
    public var lexicon: Lexicon
    /// The FreeDict pairs read (`"fra-eng"`, `"eng-fra"`).
    public var pairsRead: [String]
    /// The pairs looked for but not installed (the reverse one, at most).
    public var pairsMissing: [String]
    /// Lines that could not be used.
    public var issues: [LexiconIssue]
    /// Articles read, per pair, in `pairsRead` order.
    public var articleCounts: [Int]
  }

  /// The Debian package providing a FreeDict pair: `"fra-eng"` → `"dict-freedict-fra-eng"`.
  public static func debianPackage(source: String, target: String) -> String {
    "dict-freedict-\(source)-\(target)"
  }

  /// Parses a pair name given on the command line (`"fra-eng"`, `"fr-en"`) into FreeDict's
  /// three-letter codes.
  public static func parsePair(_ pair: String) throws(LexiconError) -> (
    source: String, target: String
  ) {
    let parts = pair.lowercased().split(separator: "-")
    guard parts.count == 2 else { throw .unknownLanguage(pair) }
    guard let source = LanguageCode.threeLetter(String(parts[0])) else {
      throw .unknownLanguage(String(parts[0]))
    }
    guard let target = LanguageCode.threeLetter(String(parts[1])) else {
      throw .unknownLanguage(String(parts[1]))
    }
    return (source, target)
  }

  /// The index and data paths of an installed pair, or `nil`.
  public func installedFiles(source: String, target: String) -> (index: String, dict: String)? {
    let base = URL(fileURLWithPath: dictionaryDirectory)
      .appendingPathComponent("freedict-\(source)-\(target)").path
    let index = base + ".index"
    guard FileManager.default.isReadableFile(atPath: index) else { return nil }
    for dict in [base + ".dict.dz", base + ".dict"]
    where FileManager.default.isReadableFile(atPath: dict) {
      return (index, dict)
    }
    return nil
  }

  /// Imports a pair given with two- or three-letter codes (`"fra"`, `"eng"`).
  /// - Throws: ``LexiconError/dictionaryNotInstalled(pair:package:searched:)`` naming the
  ///   Debian package when the forward dictionary is missing.
  public func importPair(source: String, target: String) throws(LexiconError) -> Result {
    guard let src = LanguageCode.threeLetter(source) else { throw .unknownLanguage(source) }
    guard let tgt = LanguageCode.threeLetter(target) else { throw .unknownLanguage(target) }
    guard let forward = installedFiles(source: src, target: tgt) else {
      throw .dictionaryNotInstalled(
        pair: "\(src)-\(tgt)", package: Self.debianPackage(source: src, target: tgt),
        searched: [dictionaryDirectory])
    }
    var lexicon = Lexicon(
      sourceLanguage: LanguageCode.twoLetter(src), targetLanguage: LanguageCode.twoLetter(tgt))
    let first = try reader.read(indexPath: forward.index, dictPath: forward.dict)
    lexicon.merge(
      Self.lexicon(
        from: first.entries, source: lexicon.sourceLanguage, target: lexicon.targetLanguage,
        provenance: provenance))
    var result = Result(
      lexicon: lexicon, pairsRead: ["\(src)-\(tgt)"], pairsMissing: [], issues: first.issues,
      articleCounts: [first.entries.count])
    guard includesReverse else { return result }
    if let backward = installedFiles(source: tgt, target: src) {
      let second = try reader.read(indexPath: backward.index, dictPath: backward.dict)
      let reverse = Self.lexicon(
        from: second.entries, source: lexicon.targetLanguage, target: lexicon.sourceLanguage,
        provenance: provenance)
      result.lexicon.merge(reverse.reversed())
      result.pairsRead.append("\(tgt)-\(src)")
      result.issues += second.issues
      result.articleCounts.append(second.entries.count)
    } else {
      result.pairsMissing.append("\(tgt)-\(src)")
    }
    return result
  }

  /// The weight of the k-th sense (1-based).
  static func senseWeight(_ k: Int) -> Double {
    max(0.25, 1 / (1 + Double(k - 1) / 4))
  }

  /// Turns dictd articles into a lexicon.
  public static func lexicon(
    from entries: [DictdEntry], source: String, target: String, provenance: String
  ) -> Lexicon {
    var lexicon = Lexicon(sourceLanguage: source, targetLanguage: target)
    for entry in entries {
      for (k, sense) in entry.senses.enumerated() {
        for translation in sense {
          lexicon.add(
            LexiconEntry(
              source: entry.headword, target: translation, weight: senseWeight(k + 1),
              provenance: provenance))
        }
      }
    }
    return lexicon
  }
}
