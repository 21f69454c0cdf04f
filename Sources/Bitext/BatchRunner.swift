import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Aligns every pair of a ``BatchManifest`` in parallel and writes each result atomically as
/// `<output directory>/<id>.<format>` (Moses: `<id>.<source language>` and
/// `<id>.<target language>`).
///
/// - One pipeline is built per language pair (its lexicon loaded and indexed once) and shared
///   by all tasks.
/// - At most ``Options/jobs`` pairs are in flight at once, and a task keeps only its own pair in
///   memory: memory is bounded by the largest pairs, not by the corpus.
/// - A pair whose output file exists is skipped (a re-run resumes) unless ``Options/force``.
///   Outputs are renamed into place only when complete, so an existing file is a finished one;
///   temporary files left by a killed run are removed when the next run starts.
/// - One run at a time per output folder: a run holds an advisory lock on
///   `<output directory>/.bitext-batch.lock` (which records its process id) until it returns, and
///   a second run on the same folder fails at once, naming the process that holds it. The system
///   releases the lock when the process ends, even on a crash.
/// - A pair that fails (missing file, invalid UTF-8…) is reported and the others go on.
/// - Each output depends only on its pair, so the files are byte-identical whatever the number
///   of jobs.
public struct BatchRunner: Sendable {
  /// How a batch runs.
  public struct Options: Sendable, Hashable {
    /// The folder the outputs go into (created if needed).
    public var outputDirectory: String
    /// The output format.
    public var format: CorpusFormat
    /// The most pairs aligned at once.
    public var jobs: Int
    /// Redo pairs whose output exists.
    public var force: Bool
    /// Where lexicons come from.
    public var lexicon: BitextPipeline.LexiconChoice
    /// Inputs hold one sentence per line.
    public var presegmented: Bool
    /// Beads scoring below this are left out.
    public var minimumScore: Double?
    /// Whether TMX, TSV and Moses outputs leave out the beads with an empty side.
    public var dropsUnaligned = false
    /// The Bitext version written into TMX headers.
    public var toolVersion: String
    /// How the input documents are read.
    public var documents: DocumentReadOptions
    /// The most threads each alignment uses; nil shares the processors among the jobs.
    public var threads: Int?
    /// Beads scoring below this are flagged low-confidence in the pairs' quality checks.
    public var lowScore: Double
    /// Where sentence embeddings come from (one encoder shared by every pair).
    public var embeddings: BitextPipeline.EmbeddingChoice = .none

    /// Creates options.
    public init(
      outputDirectory: String, format: CorpusFormat = .jsonl, jobs: Int = 1, force: Bool = false,
      lexicon: BitextPipeline.LexiconChoice = .none, presegmented: Bool = false,
      minimumScore: Double? = nil, toolVersion: String,
      documents: DocumentReadOptions = DocumentReadOptions(), threads: Int? = nil,
      lowScore: Double = 0.5
    ) {
      self.lowScore = lowScore
      self.threads = threads
      self.documents = documents
      self.minimumScore = minimumScore
      self.outputDirectory = outputDirectory
      self.format = format
      self.jobs = jobs
      self.force = force
      self.lexicon = lexicon
      self.presegmented = presegmented
      self.toolVersion = toolVersion
    }
  }

  /// What happened to one pair.
  public enum Outcome: Sendable, Hashable {
    /// Aligned and written.
    case aligned(sourceSentences: Int, targetSentences: Int, beads: Int)
    /// Left alone: its output already exists.
    case skipped
    /// Not aligned, with the reason.
    case failed(String)
  }

  /// The outcome of one pair.
  public struct PairReport: Sendable, Hashable {
    /// The pair.
    public var entry: BatchManifest.Entry
    /// What happened.
    public var outcome: Outcome
    /// Warnings of the alignment (an empty side…).
    public var warnings: [String]
    /// The flags of the pair's beads (``QualityCheck``); empty unless aligned.
    public var flags = FlagTally()
    /// Whether the pair's sides look like translations of each other; nil unless aligned
    /// (and for a side without sentences).
    public var verdict: DocumentVerdict?
  }

  /// What a batch run reports while it works.
  public enum Event: Sendable, Hashable {
    /// A warning about a language pair (no lexicon, no sentence rules…), before any work.
    case lexiconWarning(String)
    /// Work starts: `pending` of the `total` pairs are to be aligned.
    case started(total: Int, pending: Int)
    /// A pair is finished (aligned, skipped or failed); skipped pairs come before any other.
    case finished(PairReport)
  }

  /// The flagged beads of one pair.
  public struct PairFlags: Sendable, Hashable {
    /// The pair's identifier.
    public var id: String
    /// Its beads.
    public var beads: Int
    /// Its beads with at least one flag.
    public var flaggedBeads: Int
  }

  /// A pair that failed.
  public struct Failure: Sendable, Hashable {
    /// The pair's identifier.
    public var id: String
    /// Why it failed.
    public var message: String
  }

  /// The totals of a run.
  public struct Summary: Sendable, Hashable {
    /// Pairs aligned and written.
    public var aligned = 0
    /// Pairs skipped because their output existed.
    public var skipped = 0
    /// The pairs that failed, in manifest order, with their reasons.
    public var failures: [Failure] = []
    /// Source sentences of the aligned pairs.
    public var sourceSentences = 0
    /// Target sentences of the aligned pairs.
    public var targetSentences = 0
    /// Beads written.
    public var beads = 0
    /// The flags of the aligned pairs' beads, summed.
    public var flags = FlagTally()
    /// The aligned pairs with flagged beads, in manifest order.
    public var flaggedPairs: [PairFlags] = []
    /// The aligned pairs by verdict.
    public var verdicts: [DocumentVerdict.Kind: Int] = [:]
    /// The aligned pairs whose sides look mis-paired, in manifest order.
    public var misPaired: [String] = []
    /// Whether the run stopped early because its task was cancelled.
    public var cancelled = false

    /// Creates empty totals.
    public init() {}

    /// The pairs with the most flagged beads, most first (ties in manifest order), at most
    /// `limit`.
    public func mostFlagged(_ limit: Int) -> [PairFlags] {
      Array(
        flaggedPairs.enumerated().sorted {
          ($0.element.flaggedBeads, $1.offset) > ($1.element.flaggedBeads, $0.offset)
        }
        .prefix(limit).map(\.element))
    }

    /// Counts one pair.
    public mutating func add(_ report: PairReport) {
      switch report.outcome {
      case .aligned(let source, let target, let beads):
        aligned += 1
        sourceSentences += source
        targetSentences += target
        self.beads += beads
        flags.add(report.flags)
        if let verdict = report.verdict {
          verdicts[verdict.kind, default: 0] += 1
          if verdict.kind == .misPaired { misPaired.append(report.entry.id) }
        }
        if report.flags.flaggedBeads > 0 {
          flaggedPairs.append(
            PairFlags(
              id: report.entry.id, beads: report.flags.beads,
              flaggedBeads: report.flags.flaggedBeads))
        }
      case .skipped:
        skipped += 1
      case .failed(let message):
        failures.append(Failure(id: report.entry.id, message: message))
      }
    }
  }

  /// A source and target language.
  struct LanguagePair: Hashable, Sendable {
    var source: String
    var target: String
  }

  /// The options.
  public let options: Options

  /// Creates a runner.
  public init(options: Options) {
    self.options = options
  }

  /// The output file of a pair; for Moses, the prefix of its two files.
  public func outputURL(for entry: BatchManifest.Entry) -> URL {
    let folder = URL(fileURLWithPath: options.outputDirectory, isDirectory: true)
    guard options.format != .moses else {
      return folder.appendingPathComponent(entry.id, isDirectory: false)
    }
    return folder.appendingPathComponent(
      "\(entry.id).\(options.format.rawValue)", isDirectory: false)
  }

  /// The names of the files a pair's output is made of, in the output folder.
  func outputNames(for entry: BatchManifest.Entry) -> [String] {
    guard options.format == .moses else { return ["\(entry.id).\(options.format.rawValue)"] }
    return [entry.sourceLanguage, entry.targetLanguage].map { "\(entry.id).\($0)" }
  }

  /// Whether every file of a pair's output exists.
  func isDone(_ entry: BatchManifest.Entry) -> Bool {
    outputNames(for: entry).allSatisfy {
      FileManager.default.fileExists(
        atPath: URL(fileURLWithPath: options.outputDirectory).appendingPathComponent($0).path)
    }
  }

  /// Runs the batch: loads the lexicons, creates the output folder, removes temporary files
  /// of interrupted runs, then aligns the pending pairs with at most ``Options/jobs`` at once.
  /// `onEvent` is called from the calling task, one event at a time.
  ///
  /// - Throws: ``BitextError`` when the run cannot start (lexicon, output folder); a
  ///   failing pair is never thrown but reported in the summary.
  public func run(
    _ manifest: BatchManifest, onEvent: (Event) -> Void = { _ in }
  ) async throws(BitextError) -> Summary {
    let pipelines = try loadPipelines(for: manifest, onEvent: onEvent)
    let lock = try prepareOutputDirectory(for: manifest)
    defer { lock.release() }

    var summary = Summary()
    var pending: [BatchManifest.Entry] = []
    var skipped: [PairReport] = []
    for entry in manifest.entries {
      if !options.force && isDone(entry) {
        skipped.append(PairReport(entry: entry, outcome: .skipped, warnings: []))
      } else {
        pending.append(entry)
      }
    }
    onEvent(.started(total: manifest.entries.count, pending: pending.count))
    for report in skipped {
      summary.add(report)
      onEvent(.finished(report))
    }

    var reports: [Int: PairReport] = [:]
    let jobs = max(1, options.jobs)
    await withTaskGroup(of: (Int, PairReport).self) { group in
      var next = 0
      func schedule(_ group: inout TaskGroup<(Int, PairReport)>) {
        let index = next
        let entry = pending[index]
        let pipeline = pipelines[
          LanguagePair(source: entry.sourceLanguage, target: entry.targetLanguage)]!
        next += 1
        group.addTask { (index, self.process(entry, pipeline: pipeline)) }
      }
      while next < pending.count && next < jobs { schedule(&group) }
      while let (index, report) = await group.next() {
        reports[index] = report
        onEvent(.finished(report))
        if next < pending.count {
          if Task.isCancelled {
            summary.cancelled = true
          } else {
            schedule(&group)
          }
        }
      }
    }
    // Totals in manifest order, whatever order the pairs finished in.
    for index in reports.keys.sorted() { summary.add(reports[index]!) }
    return summary
  }

  /// Aligns one pair and writes its output.
  func process(_ entry: BatchManifest.Entry, pipeline: BitextPipeline) -> PairReport {
    func failed(_ message: String) -> PairReport {
      PairReport(entry: entry, outcome: .failed(message), warnings: [])
    }
    let documents: (TextDocument, TextDocument)
    do {
      documents = (
        try pipeline.document(file: entry.sourcePath, language: entry.sourceLanguage),
        try pipeline.document(file: entry.targetPath, language: entry.targetLanguage)
      )
    } catch {
      return failed(error.description)
    }
    let result = pipeline.align(source: documents.0, target: documents.1, document: entry.id)
    do {
      try CorpusWriter(toolVersion: options.toolVersion).write(
        options.dropsUnaligned && options.format.dropsUnalignedOnRequest
          ? result.corpus.withoutUnalignedSentences() : result.corpus,
        format: options.format, to: .file(outputURL(for: entry)))
    } catch {
      return failed("\(error)")
    }
    return PairReport(
      entry: entry,
      outcome: .aligned(
        sourceSentences: result.sourceSentences, targetSentences: result.targetSentences,
        beads: result.corpus.beads.count),
      warnings: result.warnings,
      flags: QualityCheck(lowScore: options.lowScore).report(
        result.corpus, embeddings: result.reviewEmbeddings
      ).tally,
      verdict: result.corpus.verdicts[entry.id])
  }

  /// Builds one pipeline per language pair of the manifest, in order of first appearance.
  private func loadPipelines(for manifest: BatchManifest, onEvent: (Event) -> Void)
    throws(BitextError) -> [LanguagePair: BitextPipeline]
  {
    var pipelines: [LanguagePair: BitextPipeline] = [:]
    var warnedLanguages: Set<String> = []
    let threads =
      options.threads ?? ProcessInfo.processInfo.activeProcessorCount / max(1, options.jobs)
    let encoder: SentenceEncoder?
    do {
      encoder = try BitextPipeline.loadEmbeddings(options.embeddings, threads: max(1, threads))
    } catch {
      throw BitextError("embeddings: \(error)")
    }
    for entry in manifest.entries {
      let pair = LanguagePair(source: entry.sourceLanguage, target: entry.targetLanguage)
      if pipelines[pair] != nil { continue }
      let loaded: (lexicon: Lexicon?, warnings: [String])
      do {
        loaded = try BitextPipeline.loadLexicon(
          options.lexicon, sourceLanguage: pair.source, targetLanguage: pair.target)
      } catch {
        throw BitextError("\(pair.source)-\(pair.target) lexicon: \(error)")
      }
      for warning in loaded.warnings { onEvent(.lexiconWarning(warning)) }
      if !options.presegmented {
        for language in [pair.source, pair.target] where !warnedLanguages.contains(language) {
          warnedLanguages.insert(language)
          LanguageProfile.missingRulesWarning(for: language).map { onEvent(.lexiconWarning($0)) }
        }
      }
      pipelines[pair] = BitextPipeline(
        options: .init(
          sourceLanguage: pair.source, targetLanguage: pair.target,
          presegmented: options.presegmented, minimumScore: options.minimumScore,
          documents: options.documents, threads: threads),
        lexicon: loaded.lexicon, embeddings: encoder)
    }
    return pipelines
  }

  /// Creates the output folder, locks it (``OutputFolderLock``) and removes the temporary files
  /// an interrupted run left for the manifest's outputs (`.<output name>.tmp-XXXXXX`).
  private func prepareOutputDirectory(for manifest: BatchManifest) throws(BitextError)
    -> OutputFolderLock
  {
    let manager = FileManager.default
    let directory = options.outputDirectory
    do {
      try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      throw BitextError(
        "\(directory): cannot create the output folder (\(error.localizedDescription))")
    }
    let lock = try OutputFolderLock(folder: directory)
    let outputs = Set(manifest.entries.flatMap(outputNames))
    let names = (try? manager.contentsOfDirectory(atPath: directory)) ?? []
    for name in names where name.hasPrefix(".") {
      guard let marker = name.range(of: ".tmp-", options: .backwards) else { continue }
      let output = String(name[name.index(after: name.startIndex)..<marker.lowerBound])
      if outputs.contains(output) {
        try? manager.removeItem(atPath: (directory as NSString).appendingPathComponent(name))
      }
    }
    return lock
  }
}

/// The advisory lock that keeps two batch runs out of one output folder: an exclusive `flock`
/// on `<folder>/.bitext-batch.lock`, a file that holds the locking process's id. The lock is
/// the system's, tied to the open file: it goes when ``release()`` closes it (and removes the
/// file) or when the process ends in any way, so a crashed run never leaves the folder locked
/// (its file stays, unlocked, and the next run takes it).
public struct OutputFolderLock: Sendable {
  /// The lock file's name in the output folder.
  public static let fileName = ".bitext-batch.lock"

  /// The open lock file.
  private let descriptor: Int32
  /// The lock file's path.
  private let path: String

  /// Takes the lock of `folder` (which must exist), or fails at once when another process
  /// holds it.
  ///
  /// - Throws: ``BitextError`` naming the lock file and, when it can be read, the process id
  ///   of the run that holds it.
  public init(folder: String) throws(BitextError) {
    let path = (folder as NSString).appendingPathComponent(Self.fileName)
    // A run that ends removes the file it locked: lock again when the file locked is no longer
    // the one at the path.
    for _ in 0..<100 {
      let descriptor = try Self.lock(path, folder: folder)
      var opened = stat()
      var current = stat()
      if fstat(descriptor, &opened) == 0, stat(path, &current) == 0,
        opened.st_ino == current.st_ino, opened.st_dev == current.st_dev
      {
        let text = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = text.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        self.descriptor = descriptor
        self.path = path
        return
      }
      _ = close(descriptor)
    }
    throw BitextError("\(path): cannot lock the output folder (its lock file keeps changing)")
  }

  /// Opens and locks the file at `path`, failing at once when another process holds it.
  private static func lock(_ path: String, folder: String) throws(BitextError) -> Int32 {
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw BitextError(
        "\(path): cannot open the lock file of the output folder (\(String(cString: strerror(errno))))"
      )
    }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      let code = errno
      let holder = Self.processID(in: descriptor)
      _ = close(descriptor)
      guard code == EWOULDBLOCK else {
        throw BitextError(
          "\(path): cannot lock the output folder (\(String(cString: strerror(code))))")
      }
      let who = holder.map { "process \($0)" } ?? "another process"
      throw BitextError(
        "\(folder): another bitext batch run (\(who)) is writing into this output folder; wait for it to finish or choose another --out (lock file \(path))"
      )
    }
    return descriptor
  }

  /// The process id written in an open lock file, if it holds one.
  static func processID(in descriptor: Int32) -> Int32? {
    var buffer = [UInt8](repeating: 0, count: 32)
    let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
    guard count > 0 else { return nil }
    let text = String(decoding: buffer[0..<count], as: UTF8.self)
    return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  /// Releases the lock and removes the lock file.
  public func release() {
    _ = unlink(path)
    _ = close(descriptor)
  }
}
