import BitextText
import Foundation

/// Where ``CorpusWriter`` puts its output.
public enum CorpusDestination: Sendable, Hashable {
  /// Standard output (not possible for Moses, which writes two files).
  case standardOutput
  /// A file, written atomically; for Moses, the prefix of the two files
  /// (`PREFIX.<source language>` and `PREFIX.<target language>`), or a folder (a URL whose
  /// ``URL/hasDirectoryPath`` is true) to write `FOLDER/corpus.<language>` into.
  case file(URL)
}

/// What a write produced: the files written and anything the user should be warned about.
public struct CorpusWriteReport: Sendable, Hashable {
  /// The files written (empty for standard output).
  public var files: [URL]
  /// Warnings, e.g. characters TMX cannot hold that were replaced.
  public var warnings: [String]

  /// Creates a report.
  public init(files: [URL] = [], warnings: [String] = []) {
    self.files = files
    self.warnings = warnings
  }
}

/// Writes an ``AlignedCorpus`` in any ``CorpusFormat``: the one output path of the CLI
/// (`bitext convert`, `bitext align`, `bitext run`).
///
/// ```swift
/// let writer = CorpusWriter(toolVersion: "0.1.0")
/// let report = try writer.write(corpus, format: .tmx, to: .file(URL(fileURLWithPath: "out.tmx")))
/// for warning in report.warnings { print("warning: \(warning)") }
/// ```
///
/// Files are written atomically (``AtomicFile``) and streamed in chunks; output is
/// deterministic (byte-identical for equal corpora and options).
public struct CorpusWriter: Sendable {
  /// Options that change what is written.
  public struct Options: Sendable, Hashable {
    /// The Bitext version recorded in TMX headers.
    public var toolVersion: String
    /// Whether TSV output starts with a `source<TAB>target[<TAB>score]` header line.
    public var tsvHeader: Bool
    /// Whether TSV output has a third column with the bead's score.
    public var tsvScore: Bool

    /// Creates options; by default TSV has a score column and no header.
    public init(toolVersion: String, tsvHeader: Bool = false, tsvScore: Bool = true) {
      self.toolVersion = toolVersion
      self.tsvHeader = tsvHeader
      self.tsvScore = tsvScore
    }
  }

  /// The options in effect.
  public var options: Options

  /// Creates a writer with options.
  public init(options: Options) {
    self.options = options
  }

  /// Creates a writer with default options and the given Bitext version for TMX headers.
  public init(toolVersion: String) {
    self.init(options: Options(toolVersion: toolVersion))
  }

  /// Writes `corpus` in `format` to `destination`.
  ///
  /// - Throws: ``CorpusError/file(_:)`` when a file cannot be written,
  ///   ``CorpusError/unsupported(_:)`` for Moses to standard output or with equal language codes.
  @discardableResult
  public func write(
    _ corpus: AlignedCorpus, format: CorpusFormat, to destination: CorpusDestination
  ) throws(CorpusError) -> CorpusWriteReport {
    if format == .moses {
      guard case .file(let prefix) = destination else {
        throw .unsupported(
          "Moses output is two files: write it to a file prefix, not to standard output")
      }
      let urls = try Self.mosesFiles(prefix: prefix, corpus: corpus)
      var writers = [MosesWriter(side: .source), MosesWriter(side: .target)]
      // Both sides or neither: a failure leaves the old pair as it was.
      try AtomicFile.write(
        together: [urls.source.path, urls.target.path], wrapping: CorpusError.file
      ) {
        index, sink throws(CorpusError) in try writers[index].stream(corpus, to: sink)
      }
      return CorpusWriteReport(files: [urls.source, urls.target])
    }
    var encoder = makeEncoder(format)
    switch destination {
    case .standardOutput:
      try encoder.stream(corpus) { bytes throws(CorpusError) in
        do throws(FileError) {
          try AtomicFile.writeAll(bytes, descriptor: 1, name: "standard output")
        } catch {
          throw .file(error)
        }
      }
      return CorpusWriteReport(warnings: encoder.warnings)
    case .file(let url):
      // One file cannot be a folder: refused rather than written beside or instead of it.
      guard !url.hasDirectoryPath else {
        throw .file(
          FileError(
            path: url.path + "/",
            .unwritable("names a folder; \(format.rawValue) output is one file: give a file name")))
      }
      try AtomicFile.write(to: url.path, wrapping: CorpusError.file) { sink throws(CorpusError) in
        try encoder.stream(corpus, to: sink)
      }
      return CorpusWriteReport(files: [url], warnings: encoder.warnings)
    }
  }

  /// The bytes of `corpus` in `format`, in memory.
  ///
  /// - Throws: ``CorpusError/unsupported(_:)`` for Moses (two files; use
  ///   ``encodeMoses(_:)``) and for a score that is not a number between 0 and 1.
  public func encode(_ corpus: AlignedCorpus, format: CorpusFormat) throws(CorpusError) -> Data {
    guard format != .moses else {
      throw .unsupported("Moses output is two files; use encodeMoses(_:)")
    }
    var encoder = makeEncoder(format)
    try type(of: encoder).checkScores(corpus)
    return Data(encoder.encodeAll(corpus))
  }

  /// The two sides of `corpus` as Moses files, in memory.
  public func encodeMoses(_ corpus: AlignedCorpus) -> (source: Data, target: Data) {
    var source = MosesWriter(side: .source)
    var target = MosesWriter(side: .target)
    return (Data(source.encodeAll(corpus)), Data(target.encodeAll(corpus)))
  }

  /// The two Moses files for a prefix: `PREFIX.<source language>`, `PREFIX.<target language>`.
  ///
  /// - Throws: ``CorpusError/unsupported(_:)`` when the language codes are equal or unusable in
  ///   a file name.
  public static func mosesFiles(prefix: URL, corpus: AlignedCorpus) throws(CorpusError) -> (
    source: URL, target: URL
  ) {
    try mosesFiles(
      prefix: prefix, sourceLanguage: corpus.sourceLanguage, targetLanguage: corpus.targetLanguage)
  }

  /// The two Moses files for a prefix and a language pair. A prefix that is a folder (its URL
  /// ``URL/hasDirectoryPath``: given with a trailing `/`, or naming an existing folder) holds
  /// the two files as `corpus.<language>`, like `bitext run`; a prefix is never turned into
  /// files beside its folder.
  public static func mosesFiles(prefix: URL, sourceLanguage: String, targetLanguage: String)
    throws(CorpusError) -> (source: URL, target: URL)
  {
    for language in [sourceLanguage, targetLanguage] {
      guard !language.isEmpty, !language.contains("/"), language != "und" else {
        throw .unsupported(
          "Moses file names need language codes (got \"\(language)\")"
        )
      }
    }
    guard sourceLanguage != targetLanguage else {
      throw .unsupported(
        "Moses file names need two different language codes (both are \"\(sourceLanguage)\")")
    }
    let directory = prefix.hasDirectoryPath ? prefix : prefix.deletingLastPathComponent()
    let name = prefix.hasDirectoryPath ? "corpus" : prefix.lastPathComponent
    return (
      directory.appendingPathComponent(name + "." + sourceLanguage),
      directory.appendingPathComponent(name + "." + targetLanguage)
    )
  }

  private func makeEncoder(_ format: CorpusFormat) -> any CorpusEncoder {
    switch format {
    case .tmx: TMXWriter(toolVersion: options.toolVersion)
    case .tsv: TSVWriter(header: options.tsvHeader, score: options.tsvScore)
    case .jsonl: JSONLWriter()
    case .beads: BeadsWriter()
    case .moses: MosesWriter(side: .source)
    }
  }
}
