import BitextText
import Foundation

/// Reads an ``AlignedCorpus`` from any ``CorpusFormat`` that stores text (TMX, TSV, Moses,
/// JSONL), and alignment links from any format (including beads) for evaluation.
///
/// Inputs must be UTF-8 (a leading byte order mark is ignored); errors name the file and the
/// line, column or byte offset.
public struct CorpusReader: Sendable {
  /// Language codes to use or select.
  public struct Options: Sendable, Hashable {
    /// The source language: selects the source `<tuv>` in TMX and names the source side of TSV,
    /// Moses (`PREFIX.<lang>`) and JSONL; nil means "from the file", or `"und"` for formats
    /// without languages.
    public var sourceLanguage: String?
    /// The target language, as ``sourceLanguage`` for the target side.
    public var targetLanguage: String?

    /// Creates options.
    public init(sourceLanguage: String? = nil, targetLanguage: String? = nil) {
      self.sourceLanguage = sourceLanguage
      self.targetLanguage = targetLanguage
    }
  }

  /// The options in effect.
  public var options: Options

  /// Creates a reader.
  public init(options: Options = Options()) {
    self.options = options
  }

  /// Reads a corpus from a file, with warnings about units that could not be read whole (see
  /// ``CorpusReadReport``). TMX is streamed from the file, so files of any size are read.
  public func readReport(from url: URL, format: CorpusFormat) throws(CorpusError)
    -> CorpusReadReport
  {
    if format == .tmx {
      let result = try TMXReader(path: url.path).read(
        file: url.path, sourceLanguage: options.sourceLanguage,
        targetLanguage: options.targetLanguage)
      return CorpusReadReport(corpus: result.corpus, warnings: result.warnings)
    }
    return CorpusReadReport(corpus: try read(from: url, format: format))
  }

  /// Reads a corpus from bytes in memory, with warnings (see ``readReport(from:format:)``);
  /// `path` names the input in errors and warnings.
  public func decodeReport(_ data: Data, format: CorpusFormat, path: String = "<input>")
    throws(CorpusError) -> CorpusReadReport
  {
    if format == .tmx {
      let result = try TMXReader(path: path).read(
        data, sourceLanguage: options.sourceLanguage, targetLanguage: options.targetLanguage)
      return CorpusReadReport(corpus: result.corpus, warnings: result.warnings)
    }
    return CorpusReadReport(corpus: try decode(data, format: format, path: path))
  }

  /// Reads a corpus from a file (warnings are dropped: see ``readReport(from:format:)``). For Moses, `url` is the prefix: the files read are
  /// `PREFIX.<source language>` and `PREFIX.<target language>`, so both languages must be set.
  public func read(from url: URL, format: CorpusFormat) throws(CorpusError) -> AlignedCorpus {
    if format == .moses {
      guard let source = options.sourceLanguage, let target = options.targetLanguage else {
        throw .unsupported(
          "reading Moses files needs both languages (they name the files PREFIX.<language>)")
      }
      let urls = try CorpusWriter.mosesFiles(
        prefix: url, sourceLanguage: source, targetLanguage: target)
      return try decodeMoses(
        source: Data(Self.bytes(urls.source)), target: Data(Self.bytes(urls.target)),
        sourcePath: urls.source.path, targetPath: urls.target.path)
    }
    if format == .tmx { return try readReport(from: url, format: format).corpus }
    return try decode(Data(Self.bytes(url)), format: format, path: url.path)
  }

  /// Reads a corpus from bytes in memory; `path` names the input in errors (warnings are
  /// dropped: see ``decodeReport(_:format:path:)``).
  ///
  /// - Throws: ``CorpusError/unsupported(_:)`` for Moses (use
  ///   ``decodeMoses(source:target:sourcePath:targetPath:)``) and beads (no text).
  public func decode(_ data: Data, format: CorpusFormat, path: String = "<input>")
    throws(CorpusError)
    -> AlignedCorpus
  {
    switch format {
    case .tmx:
      return try decodeReport(data, format: format, path: path).corpus
    case .tsv:
      return try TSVReader(path: path).read(
        Self.text(data, path: path), sourceLanguage: options.sourceLanguage ?? "und",
        targetLanguage: options.targetLanguage ?? "und")
    case .jsonl:
      return try JSONLReader(path: path).read(
        Self.text(data, path: path), sourceLanguage: options.sourceLanguage,
        targetLanguage: options.targetLanguage)
    case .moses:
      throw .unsupported("Moses input is two files; use decodeMoses(source:target:)")
    case .beads:
      throw .unsupported("the beads format holds sentence ids, not text; it cannot be converted")
    }
  }

  /// Reads a Moses corpus from the bytes of its two files.
  public func decodeMoses(
    source: Data, target: Data, sourcePath: String = "<source>", targetPath: String = "<target>"
  ) throws(CorpusError) -> AlignedCorpus {
    try MosesReader(sourcePath: sourcePath, targetPath: targetPath).read(
      source: Self.text(source, path: sourcePath),
      target: Self.text(target, path: targetPath),
      sourceLanguage: options.sourceLanguage ?? "und",
      targetLanguage: options.targetLanguage ?? "und")
  }

  /// Reads the alignment links of a file for scoring: the beads format directly, any other
  /// format through its corpus (each bead's ``AlignedBead/link``).
  public func readLinks(from url: URL, format: CorpusFormat) throws(CorpusError) -> [BeadLink] {
    if format == .beads {
      return try BeadsFormat.parse(
        Self.text(Self.bytes(url), path: url.path), path: url.path)
    }
    return try read(from: url, format: format).beads.map(\.link)
  }

  /// The bytes of an input file.
  static func bytes(_ url: URL) throws(CorpusError) -> [UInt8] {
    do { return try TextFile.bytes(url.path) } catch { throw .file(error) }
  }

  /// Input bytes as checked UTF-8 text (a leading byte order mark dropped).
  static func text(_ data: some Collection<UInt8>, path: String) throws(CorpusError) -> String {
    do { return try TextFile.decode(Array(data), path: path) } catch { throw .file(error) }
  }
}

/// A corpus read by ``CorpusReader``, with warnings about what could not be read whole (TMX
/// units skipped for lacking a side, or read with two of their several variants), one message
/// each, naming the file; the command line prints them on standard error.
public struct CorpusReadReport: Sendable {
  /// The corpus read.
  public var corpus: AlignedCorpus
  /// Warnings, empty when everything was read whole.
  public var warnings: [String]

  /// Creates a report.
  public init(corpus: AlignedCorpus, warnings: [String] = []) {
    self.corpus = corpus
    self.warnings = warnings
  }
}
