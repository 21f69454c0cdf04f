import ArgumentParser
import Bitext
import Dispatch
import Foundation

/// `bitext batch`: aligns every document pair of a manifest, in parallel, one output file per
/// pair, resumable.
struct BatchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "batch",
    abstract: "Align many document pairs in parallel, one output file per pair, resumable.",
    discussion: """
      MANIFEST is a TSV file, one pair per line:
        id<TAB>source path<TAB>target path[<TAB>source lang<TAB>target lang]
      Lines starting with # are comments. Relative paths are relative to the
      manifest's folder; --source-lang and --target-lang give the languages of
      three-field lines.

      Each pair is written atomically as DIR/<id>.<format> (an output that is a
      symbolic link is replaced, never written through). A re-run skips the
      pairs whose output exists (so an interrupted run resumes where it stopped);
      --force redoes them. A pair that fails (missing file, invalid UTF-8) is
      reported and the others go on; the exit status is 1 if any failed. The first
      Ctrl-C lets the pairs in flight finish and stops; a second one stops at once
      (finished outputs are kept either way). One run at a time writes into DIR:
      it holds the lock DIR/.bitext-batch.lock, and a second run on DIR fails at
      once naming the process that holds it.

      The summary adds up the flags of the pairs aligned (see `bitext run`:
      omissions, numbers, names or URLs on one side only…) and names the pairs
      with the most flagged beads.

      Example:
        bitext batch pairs.tsv --source-lang fr --target-lang en --out aligned/ --jobs 4
      """
  )

  @Argument(help: "The manifest (TSV); - for standard input.")
  var manifest: String

  @Option(name: .long, help: "The output folder (created if needed).")
  var out: String

  @OptionGroup(title: "Output (format default: jsonl)") var outputOptions: OutputOptions

  @Option(name: .shortAndLong, help: "Pairs aligned at once (default: the active processors).")
  var jobs: Int?

  @Option(
    name: .long, help: "Beads scoring below this value count as low-confidence in the flags.")
  var lowScore = 0.5

  @Flag(name: .long, help: "Redo pairs whose output already exists.")
  var force = false

  @Flag(name: .shortAndLong, help: "No progress and no warnings; failures and the summary only.")
  var quiet = false

  @Option(name: .long, help: "Progress interval in seconds when standard error is not a terminal.")
  var progressInterval: Double = 10

  @OptionGroup(title: "Languages of manifest lines without them") var pair: PairOptions

  @OptionGroup var lexiconOptions: LexiconOptions

  @OptionGroup var embeddingOptions: EmbeddingOptions

  @OptionGroup(title: "Performance") var threadOptions: ThreadOptions

  @OptionGroup(title: "Input documents") var documentOptions: DocumentOptions

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    guard progressInterval > 0 else { throw ValidationError("--progress-interval must be > 0") }
  }

  func run() async throws {
    let parsed = try readManifest()
    var options = BatchRunner.Options(
      outputDirectory: out, format: try outputOptions.corpusFormat(default: .jsonl),
      jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, force: force,
      lexicon: try lexiconOptions.choice(), presegmented: pair.presegmented,
      minimumScore: outputOptions.minScore, toolVersion: BitextVersion.current,
      documents: try documentOptions.readOptions(), threads: threadOptions.threads,
      lowScore: lowScore)
    options.dropsUnaligned = outputOptions.dropUnaligned
    options.embeddings = embeddingOptions.choice()
    let style: ProgressReporter.Style =
      quiet ? .quiet : (isatty(2) != 0 ? .bar : .lines)
    let interval = progressInterval
    let quiet = quiet
    let runner = BatchRunner(options: options)
    let start = Date()

    let task = Task { () async -> Result<BatchRunner.Summary, BitextError> in
      var display = BatchDisplay(style: style, interval: interval, quiet: quiet)
      defer { display.finish() }
      do throws(BitextError) {
        return .success(try await runner.run(parsed) { display.handle($0) })
      } catch {
        return .failure(error)
      }
    }
    let interrupt = InterruptHandler { task.cancel() }
    let outcome = await task.value
    interrupt.stop()
    let elapsed = Date().timeIntervalSince(start)
    let summary: BatchRunner.Summary
    switch outcome {
    case .success(let value): summary = value
    case .failure(let error): throw error
    }
    printSummary(summary, elapsed: elapsed)
    if summary.cancelled { throw ExitCode(130) }
    if !summary.failures.isEmpty { throw ExitCode(1) }
  }

  private func readManifest() throws -> BatchManifest {
    let text = try TextFile.read(manifest)
    // Relative paths are relative to the manifest's folder; a manifest read from a pipe
    // (`-`, /dev/stdin, `<(…)`, a FIFO) has none, so they are relative to the current one.
    var info = stat()
    let base =
      manifest == "-" || stat(manifest, &info) != 0 || info.st_mode & S_IFMT != S_IFREG
      ? FileManager.default.currentDirectoryPath
      : URL(fileURLWithPath: manifest).deletingLastPathComponent().path
    let (sourceLang, targetLang) = try pair.defaultLanguages()
    do {
      return try BatchManifest.parse(
        text, name: TextFile.displayName(manifest), baseDirectory: base, sourceLanguage: sourceLang,
        targetLanguage: targetLang)
    } catch {
      throw BitextError(error.description)
    }
  }

  private func printSummary(_ summary: BatchRunner.Summary, elapsed: Double) {
    let rate = elapsed > 0 ? Double(summary.aligned) / elapsed : 0
    var text =
      "bitext batch: \(summary.aligned) aligned, \(summary.skipped) skipped (already done), \(summary.failures.count) failed"
    if summary.cancelled { text += ", interrupted" }
    text +=
      "\n  \(summary.sourceSentences) source and \(summary.targetSentences) target sentences, \(summary.beads) beads"
    if summary.aligned > 0 {
      let kinds = DocumentVerdict.Kind.allCases.compactMap { kind in
        summary.verdicts[kind].map { "\($0) \(kind.rawValue)" }
      }
      if !kinds.isEmpty { text += "\n  verdicts: " + kinds.joined(separator: ", ") }
      if !summary.misPaired.isEmpty {
        text +=
          "\n  mis-paired (check the manifest): "
          + summary.misPaired.prefix(10).joined(separator: ", ")
          + (summary.misPaired.count > 10 ? ", … and \(summary.misPaired.count - 10) more" : "")
      }
      text += "\n  \(summary.flags.headline)"
      let most = summary.mostFlagged(5)
      if !most.isEmpty {
        text += "\n  most flagged: "
        text += most.map { "\($0.id) (\($0.flaggedBeads) of \($0.beads))" }.joined(separator: ", ")
      }
    }
    text += "\n  \(String(format: "%.1f", elapsed)) s, \(String(format: "%.2f", rate)) pairs/s\n"
    if !summary.failures.isEmpty {
      text += "  failed: \(summary.failures.prefix(10).map(\.id).joined(separator: ", "))"
      text += summary.failures.count > 10 ? ", …\n" : "\n"
    }
    Console.report(text)
  }
}

/// What `bitext batch` shows while it works: progress (bar or lines), failures and warnings.
struct BatchDisplay {
  let style: ProgressReporter.Style
  let interval: Double
  let quiet: Bool
  private var reporter = ProgressReporter(style: .quiet, total: 0)
  private var done = 0
  private var failed = 0
  private let start = Date()
  private var lastShown = Date.distantPast
  private var barVisible = false

  init(style: ProgressReporter.Style, interval: Double, quiet: Bool) {
    self.style = style
    self.interval = interval
    self.quiet = quiet
  }

  /// Seconds since the display was created.
  var elapsed: Double { Date().timeIntervalSince(start) }

  mutating func handle(_ event: BatchRunner.Event) {
    switch event {
    case .lexiconWarning(let warning):
      if !quiet { write(Console.warning(warning)) }
    case .started(_, let pending):
      reporter = ProgressReporter(style: style, total: pending)
      show(force: true)
    case .finished(let report):
      switch report.outcome {
      case .skipped:
        return
      case .aligned:
        if !quiet {
          for warning in report.warnings {
            write(Console.warning("\(report.entry.id): \(warning)"))
          }
        }
      case .failed(let message):
        failed += 1
        write(
          "bitext: \(report.entry.id) (manifest line \(report.entry.line)) failed: \(message)\n"
        )
      }
      done += 1
      show(force: done == reporter.total)
    }
  }

  mutating func finish() {
    if barVisible { Console.report("\n") }
    barVisible = false
  }

  private mutating func show(force: Bool) {
    let now = Date()
    let wait = style == .bar ? 0.1 : interval
    guard force || now.timeIntervalSince(lastShown) >= wait else { return }
    guard let text = reporter.render(done: done, failed: failed, elapsed: elapsed) else { return }
    lastShown = now
    Console.report(text)
    barVisible = style == .bar
  }

  /// Writes a message, clearing the bar first so they do not mix.
  private mutating func write(_ text: String) {
    if barVisible {
      Console.report("\r\u{1B}[K")
      barVisible = false
    }
    Console.report(text)
  }
}

/// The first SIGINT runs an action (cancel the batch); the second one ends the process.
final class InterruptHandler {
  private let source: DispatchSourceSignal

  init(_ action: @escaping @Sendable () -> Void) {
    signal(SIGINT, SIG_IGN)
    let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
    source.setEventHandler {
      Console.report("\n")
      Console.note("interrupted: finishing the pairs in flight (Ctrl-C again to stop now)")
      signal(SIGINT, SIG_DFL)
      action()
    }
    source.resume()
    self.source = source
  }

  func stop() {
    source.cancel()
    signal(SIGINT, SIG_DFL)
  }
}
