import BitextCorpus
import Foundation

/// Aligns the document pairs of a JSON Lines stream, one input line to one output line, for
/// `bitext stream` (and so for Spark's `RDD.pipe`, Hadoop Streaming or GNU parallel).
///
/// Each output line is `{"id":…,"beads":[{"source":[0],"target":[0],"score":0.93,
/// "source_text":"…","target_text":"…"},…],"verdict":{"kind":"translation","confidence":0.99}}`
/// (the verdict when both sides have sentences, see ``BitextCorpus/DocumentVerdict``; plus
/// `"warnings":[…]` when there are any), or
/// `{"id":…,"error":"…"}` for a record that cannot be processed (`"id":null` when the line is
/// not JSON). Pipelines, and so lexicons, are built once per language pair and kept.
///
/// A record whose source or target text is longer than ``Options/maximumTextBytes`` is an error
/// line, not aligned; ``maximumLineBytes`` bounds how much of an input line a reader needs to
/// keep (see ``oversizedLine(prefix:length:)``).
public struct StreamProcessor: Sendable {
  /// How records are processed.
  public struct Options: Sendable, Hashable {
    /// The source language of records that do not name one.
    public var sourceLanguage: String?
    /// The target language of records that do not name one.
    public var targetLanguage: String?
    /// Where lexicons come from.
    public var lexicon: BitextPipeline.LexiconChoice
    /// Texts hold one sentence per line.
    public var presegmented: Bool
    /// Beads scoring below this are left out.
    public var minimumScore: Double?
    /// The most UTF-8 bytes of text a record may hold per side; a longer record is an error
    /// line. Nil means no limit.
    public var maximumTextBytes: Int?
    /// How the files that records name (`source_file`, `target_file`) are read.
    public var documents: DocumentReadOptions
    /// The most threads one record's alignment uses.
    public var threads: Int

    /// Creates options.
    public init(
      sourceLanguage: String? = nil, targetLanguage: String? = nil,
      lexicon: BitextPipeline.LexiconChoice = .none, presegmented: Bool = false,
      minimumScore: Double? = nil,
      maximumTextBytes: Int? = StreamProcessor.defaultMaximumTextBytes,
      documents: DocumentReadOptions = DocumentReadOptions(),
      threads: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
      self.threads = max(1, threads)
      self.documents = documents
      self.minimumScore = minimumScore
      self.maximumTextBytes = maximumTextBytes
      self.sourceLanguage = sourceLanguage
      self.targetLanguage = targetLanguage
      self.lexicon = lexicon
      self.presegmented = presegmented
    }
  }

  /// The default of ``Options/maximumTextBytes``: 1 MiB of text per side, some 150,000 words
  /// of English, far more than a document pair aligned in one piece needs.
  public static let defaultMaximumTextBytes = 1 << 20

  /// The options.
  public let options: Options

  /// The longest input line that can hold a record within ``Options/maximumTextBytes`` (texts
  /// written with JSON escapes take up to 6 bytes per byte of text, plus room for the other
  /// keys); a longer line is an error without being parsed. Nil when there is no text limit.
  public var maximumLineBytes: Int? {
    options.maximumTextBytes.map { 2 * 6 * $0 + 65_536 }
  }
  private var pipelines: [BatchRunner.LanguagePair: Result<BitextPipeline, StreamRecordError>] =
    [:]

  /// The sentence encoder whose embeddings are evidence for every record, if any.
  public let embeddings: SentenceEncoder?

  /// Creates a processor; `embeddings` adds sentence-embedding evidence.
  public init(options: Options, embeddings: SentenceEncoder? = nil) {
    self.options = options
    self.embeddings = embeddings
  }

  /// The output line (with its newline) for one input line, or nil for a blank line; lexicon
  /// warnings of a language pair met for the first time go to `warnings`.
  public mutating func process(line: some Collection<UInt8>, warnings: inout [String]) -> [UInt8]? {
    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
    if let maximumLineBytes, line.count > maximumLineBytes {
      return oversizedLine(prefix: line.prefix(maximumLineBytes), length: line.count)
    }
    let record: StreamRecord
    do {
      record = try StreamRecord.parse(line)
    } catch {
      return Self.errorLine(error)
    }
    do {
      try checkSize(record)
      return try align(record, warnings: &warnings)
    } catch {
      return Self.errorLine(error)
    }
  }

  /// The error line (with its newline) for an input line of `length` bytes, longer than
  /// ``maximumLineBytes``, of which only the first bytes, `prefix`, were kept: the record's id
  /// is echoed when it comes before the long texts.
  public func oversizedLine(prefix: some Collection<UInt8>, length: Int) -> [UInt8] {
    Self.errorLine(
      StreamRecordError(
        idJSON: StreamRecord.idJSON(inPrefix: prefix),
        message:
          "record too large: the line is \(length) bytes, more than \(maximumLineBytes ?? length) "
          + "(texts are limited to \(options.maximumTextBytes ?? length) bytes per side)"))
  }

  /// Refuses a record whose source or target text is longer than the limit.
  private func checkSize(_ record: StreamRecord) throws(StreamRecordError) {
    guard let limit = options.maximumTextBytes else { return }
    for (side, text) in [("source", record.source), ("target", record.target)]
    where text.utf8.count > limit {
      throw StreamRecordError(
        idJSON: record.idJSON,
        message:
          "record too large: the \(side) text is \(text.utf8.count) bytes, more than the limit of "
          + "\(limit) bytes per side")
    }
  }

  private mutating func align(_ record: StreamRecord, warnings: inout [String])
    throws(StreamRecordError) -> [UInt8]
  {
    guard let sourceCode = record.sourceLanguage ?? options.sourceLanguage,
      let targetCode = record.targetLanguage ?? options.targetLanguage
    else {
      throw StreamRecordError(
        idJSON: record.idJSON,
        message: "no languages: give \"source_lang\" and \"target_lang\" or default languages")
    }
    let source: String
    let target: String
    do {
      source = try LanguageTag(sourceCode).description
      target = try LanguageTag(targetCode).description
    } catch {
      throw StreamRecordError(idJSON: record.idJSON, message: error.description)
    }
    let pipeline: BitextPipeline
    switch self.pipeline(source: source, target: target, warnings: &warnings) {
    case .success(let built): pipeline = built
    case .failure(var error):
      error.idJSON = record.idJSON
      throw error
    }
    let sourceDocument: TextDocument
    let targetDocument: TextDocument
    do {
      if let file = record.sourceFile {
        sourceDocument = try pipeline.document(file: file, language: source)
      } else {
        sourceDocument = try pipeline.document(Array(record.source.utf8), language: source)
      }
      if let file = record.targetFile {
        targetDocument = try pipeline.document(file: file, language: target)
      } else {
        targetDocument = try pipeline.document(Array(record.target.utf8), language: target)
      }
    } catch {
      throw StreamRecordError(idJSON: record.idJSON, message: "\(error)")
    }
    let result = pipeline.align(source: sourceDocument, target: targetDocument)
    var out: [UInt8] = Array("{\"id\":".utf8)
    out.append(contentsOf: record.idJSON.utf8)
    out.append(contentsOf: ",\"beads\":[".utf8)
    for (offset, bead) in result.corpus.beads.enumerated() {
      if offset > 0 { out.append(UInt8(ascii: ",")) }
      out.append(contentsOf: "{\"source\":".utf8)
      Self.appendIDs(bead.sourceIDs, to: &out)
      out.append(contentsOf: ",\"target\":".utf8)
      Self.appendIDs(bead.targetIDs, to: &out)
      out.append(contentsOf: ",\"score\":".utf8)
      out.append(contentsOf: (bead.score.isFinite ? String(bead.score) : "null").utf8)
      out.append(contentsOf: ",\"source_text\":".utf8)
      JSONText.appendString(bead.sourceText, to: &out)
      out.append(contentsOf: ",\"target_text\":".utf8)
      JSONText.appendString(bead.targetText, to: &out)
      out.append(UInt8(ascii: "}"))
    }
    out.append(UInt8(ascii: "]"))
    if let verdict = result.corpus.verdicts.values.first {
      out.append(contentsOf: ",\"verdict\":{\"kind\":".utf8)
      JSONText.appendString(verdict.kind.rawValue, to: &out)
      out.append(contentsOf: ",\"confidence\":\(verdict.confidence)}".utf8)
    }
    if !result.warnings.isEmpty {
      out.append(contentsOf: ",\"warnings\":[".utf8)
      for (offset, warning) in result.warnings.enumerated() {
        if offset > 0 { out.append(UInt8(ascii: ",")) }
        JSONText.appendString(warning, to: &out)
      }
      out.append(UInt8(ascii: "]"))
    }
    out.append(contentsOf: "}\n".utf8)
    return out
  }

  /// The pipeline of a language pair, built on first use; a lexicon that cannot be loaded is
  /// an error for every record of the pair.
  private mutating func pipeline(source: String, target: String, warnings: inout [String])
    -> Result<BitextPipeline, StreamRecordError>
  {
    let pair = BatchRunner.LanguagePair(source: source, target: target)
    if let cached = pipelines[pair] { return cached }
    let built: Result<BitextPipeline, StreamRecordError>
    do {
      let loaded = try BitextPipeline.loadLexicon(
        options.lexicon, sourceLanguage: source, targetLanguage: target)
      warnings += loaded.warnings
      if !options.presegmented {
        warnings += Set([source, target]).sorted().compactMap(
          LanguageProfile.missingRulesWarning)
      }
      built = .success(
        BitextPipeline(
          options: .init(
            sourceLanguage: source, targetLanguage: target, presegmented: options.presegmented,
            minimumScore: options.minimumScore, documents: options.documents,
            threads: options.threads),
          lexicon: loaded.lexicon, embeddings: embeddings))
    } catch {
      built = .failure(
        StreamRecordError(idJSON: nil, message: "\(source)-\(target) lexicon: \(error)"))
    }
    pipelines[pair] = built
    return built
  }

  private static func appendIDs(_ ids: Range<Int>, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "["))
    for id in ids {
      if id != ids.lowerBound { out.append(UInt8(ascii: ",")) }
      out.append(contentsOf: String(id).utf8)
    }
    out.append(UInt8(ascii: "]"))
  }

  /// `{"id":…,"error":…}` with a newline.
  static func errorLine(_ error: StreamRecordError) -> [UInt8] {
    var out: [UInt8] = Array("{\"id\":".utf8)
    out.append(contentsOf: (error.idJSON ?? "null").utf8)
    out.append(contentsOf: ",\"error\":".utf8)
    JSONText.appendString(error.message, to: &out)
    out.append(contentsOf: "}\n".utf8)
    return out
  }
}
