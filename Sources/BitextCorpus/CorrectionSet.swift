/// A reviewer's corrections of an alignment: for each document, the beads a person confirmed.
/// `bitext review` pages export it; `bitext align|run --constraints FILE` keeps every confirmed
/// bead exactly and re-aligns only between them.
///
/// The file is JSON:
///
/// ```
/// {"format":"bitext-corrections","version":1,"documents":[
///   {"document":"d1","source_lang":"fr","target_lang":"en",
///    "source_sentences":40,"target_sentences":41,
///    "confirmed":[{"source_ids":[3,4],"target_ids":[3],"hash":"fnv1a64:89ab…"}]}]}
/// ```
///
/// Sentence ids are 0-based and document-wide, as in JSONL's `source_ids`; each side's ids are
/// consecutive, and one side may be empty (a sentence confirmed as untranslated): then
/// `source_at` or `target_at` gives that side's position, the id of the sentence the empty
/// side comes before (`{"source_ids":[7],"target_ids":[],"target_at":6,…}`). `hash` is
/// ``textHash(source:target:)`` of the bead's sentences: a constraint whose texts changed since
/// the review is detected rather than applied to the wrong sentences.
public struct CorrectionSet: Hashable, Sendable, Codable {
  /// The value of `format`.
  public static let formatName = "bitext-corrections"

  /// One confirmed bead.
  public struct ConfirmedBead: Hashable, Sendable, Codable {
    /// The source sentence ids, consecutive.
    public var sourceIDs: [Int]
    /// The target sentence ids, consecutive.
    public var targetIDs: [Int]
    /// ``CorrectionSet/textHash(source:target:)`` of the bead's sentences.
    public var hash: String
    /// For a bead without source sentences, the source sentence it comes before (the number
    /// of source sentences when at the end).
    public var sourceAt: Int?
    /// For a bead without target sentences, the target sentence it comes before.
    public var targetAt: Int?

    /// Creates a confirmed bead.
    public init(
      sourceIDs: [Int], targetIDs: [Int], hash: String, sourceAt: Int? = nil,
      targetAt: Int? = nil
    ) {
      self.sourceIDs = sourceIDs
      self.targetIDs = targetIDs
      self.hash = hash
      self.sourceAt = sourceAt
      self.targetAt = targetAt
    }

    enum CodingKeys: String, CodingKey {
      case sourceIDs = "source_ids"
      case targetIDs = "target_ids"
      case hash
      case sourceAt = "source_at"
      case targetAt = "target_at"
    }
  }

  /// The corrections of one document.
  public struct Document: Hashable, Sendable, Codable {
    /// The document id, as in the corpus.
    public var document: String
    /// The source language (BCP 47).
    public var sourceLanguage: String
    /// The target language (BCP 47).
    public var targetLanguage: String
    /// The number of source sentences of the reviewed alignment.
    public var sourceSentences: Int
    /// The number of target sentences of the reviewed alignment.
    public var targetSentences: Int
    /// The confirmed beads, in document order.
    public var confirmed: [ConfirmedBead]

    /// Creates the corrections of one document.
    public init(
      document: String, sourceLanguage: String, targetLanguage: String, sourceSentences: Int,
      targetSentences: Int, confirmed: [ConfirmedBead]
    ) {
      self.document = document
      self.sourceLanguage = sourceLanguage
      self.targetLanguage = targetLanguage
      self.sourceSentences = sourceSentences
      self.targetSentences = targetSentences
      self.confirmed = confirmed
    }

    enum CodingKeys: String, CodingKey {
      case document
      case sourceLanguage = "source_lang"
      case targetLanguage = "target_lang"
      case sourceSentences = "source_sentences"
      case targetSentences = "target_sentences"
      case confirmed
    }
  }

  /// Always ``formatName``.
  public var format: String
  /// The format's version: 1.
  public var version: Int
  /// The corrections, one entry per document.
  public var documents: [Document]

  /// Creates a correction set.
  public init(documents: [Document]) {
    self.format = Self.formatName
    self.version = 1
    self.documents = documents
  }

  /// The hash of a bead's texts: 64-bit FNV-1a over the UTF-8 bytes of each source sentence
  /// followed by the byte 0x1E, then the byte 0x1D, then each target sentence followed by 0x1E;
  /// written `fnv1a64:` and 16 lowercase hexadecimal digits. The review page computes the
  /// same.
  public static func textHash(source: [String], target: [String]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func add(_ byte: UInt8) {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    for sentence in source {
      for byte in sentence.utf8 { add(byte) }
      add(0x1E)
    }
    add(0x1D)
    for sentence in target {
      for byte in sentence.utf8 { add(byte) }
      add(0x1E)
    }
    let digits = String(hash, radix: 16)
    return "fnv1a64:" + String(repeating: "0", count: 16 - digits.count) + digits
  }
}
