import Bitext
import Foundation

/// The progress of one long alignment on a terminal: a bar on standard error once the
/// alignment has run for a second, redrawn at most ten times a second and wiped when done.
/// Short alignments, and standard error that is not a terminal, show nothing.
struct AlignmentProgressDisplay {
  /// Seconds before the bar first shows.
  static let delay = 1.0
  /// Seconds between two redraws.
  static let interval = 0.1

  private let reporter: ProgressReporter
  private let start = Date()
  private var lastShown = Date.distantPast
  private var visible = false
  private var furthest = 0.0

  /// A display for an alignment of `sentences` sentences (both sides), silent unless
  /// `enabled` (standard error is a terminal by default).
  init(sentences: Int, enabled: Bool = isatty(2) != 0) {
    reporter = ProgressReporter(
      style: enabled ? .bar : .quiet, total: sentences, unit: "sentences")
  }

  /// Aligns two documents with `pipeline`, showing the progress, keeping to the constraints
  /// `options` name (`corrections`: its corrections file, already read); an error names a
  /// constraint the texts contradict.
  static func align(
    _ pipeline: BitextPipeline, source: TextDocument, target: TextDocument, document: String,
    constraints options: ConstraintOptions, corrections: CorrectionSet?
  ) throws -> BitextPipeline.Result {
    let constraints = try options.constraints(
      document: document, source: source, target: target, corrections: corrections)
    var display = AlignmentProgressDisplay(
      sentences: source.sentences.count + target.sentences.count)
    defer { display.finish() }
    do {
      return try pipeline.align(
        source: source, target: target, document: document, constraints: constraints
      ) { display.update($0) }
    } catch {
      throw BitextError("\(options.files): \(error)")
    }
  }

  /// Shows that `share` of the work is done, if it is time to; the bar never goes back.
  mutating func update(_ share: Double) {
    furthest = max(furthest, share)
    let now = Date()
    let elapsed = now.timeIntervalSince(start)
    guard elapsed >= Self.delay, now.timeIntervalSince(lastShown) >= Self.interval,
      let text = reporter.render(
        done: Int((furthest * Double(reporter.total)).rounded(.down)), failed: 0,
        elapsed: elapsed)
    else { return }
    lastShown = now
    visible = true
    Console.report(text)
  }

  /// Wipes the bar, if it was shown.
  mutating func finish() {
    if visible { Console.report("\r\u{1B}[K") }
    visible = false
  }
}
