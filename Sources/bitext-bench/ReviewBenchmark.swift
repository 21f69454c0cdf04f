import ArgumentParser
import Bitext
import Foundation

/// Review pages of large alignments in a real browser: the LIMSI books concatenated and
/// repeated into documents of ≈6,000 and ≈60,000 beads, aligned (presegmented, no lexicon),
/// written as `bitext review` pages and opened in headless Chromium by
/// `Tests/Browser/review_page_timing.py` (Selenium, the venv of `Tests/Browser/setup.sh`):
/// page size, time to `body[data-ready]`, JavaScript heap, a scroll to the middle and the
/// "flagged beads only" filter.
struct ReviewBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "review",
    abstract:
      "Review pages of ≈6k and ≈60k beads in headless Chromium: size, time to ready, heap, scroll, filter."
  )

  @Option(help: "Directory holding limsi-en-fr-dev.")
  var eval = "../shared/eval/alignment"

  @Option(
    help:
      "Comma-separated sizes (English sentences; the French side follows the books' ratio) of the pages."
  )
  var sizes = "6800,68000"

  @Option(help: "Loads of each page; the best figures are reported.")
  var runs = 3

  @Option(help: "The Python of the browser tests' venv (Tests/Browser/setup.sh).")
  var python = ".venv-test/bin/python"

  @Option(help: "The script that opens the pages in Chromium.")
  var driver = "Tests/Browser/review_page_timing.py"

  @Option(help: "Folder the pages are written to (default: a temporary folder, then removed).")
  var folder: String?

  /// What the driver reports for one page (see review_page_timing.py).
  struct Figures: Decodable {
    var mb: Double
    var beads: Int
    var flagged: Int
    var readyMs: Double
    var heapMb: Double
    var scrollMs: Double
    var filterMs: Double

    enum CodingKeys: String, CodingKey {
      case mb, beads, flagged
      case readyMs = "ready_ms"
      case heapMb = "heap_mb"
      case scrollMs = "scroll_ms"
      case filterMs = "filter_ms"
    }
  }

  func run() throws {
    guard FileManager.default.isExecutableFile(atPath: python) else {
      throw ValidationError(
        "\(python) not found: run Tests/Browser/setup.sh (chromium, chromium-driver and Selenium in .venv-test/), from the repository's root"
      )
    }
    let output =
      folder.map { URL(fileURLWithPath: $0) }
      ?? FileManager.default.temporaryDirectory.appendingPathComponent(
        "bitext-bench-review-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    defer { if folder == nil { try? FileManager.default.removeItem(at: output) } }

    let books = try ScalingBenchmark.loadBooks(eval: eval)
    var pages: [String] = []
    print("Pages (LIMSI books concatenated and repeated, presegmented, no lexicon)")
    print("sentences en/fr   beads   flagged   align s   check s   page s   page MB")
    for size in sizes.split(separator: ",").compactMap({ Int($0) }) {
      let page = output.appendingPathComponent("review-\(size).html")
      try writePage(books: books, size: size, to: page)
      pages.append(page.path)
    }

    let arguments = [driver] + pages + ["--runs", String(max(1, runs))]
    print("\n\(([python] + arguments).joined(separator: " "))")
    print("Headless Chromium, best of \(max(1, runs)) loads")
    print("beads   page MB   ready ms   heap MB   scroll ms   filter ms")
    for figures in try measure(arguments) {
      print(
        String(
          format: "%6d %9.1f %10.0f %9.1f %11.0f %11.0f", figures.beads, figures.mb,
          figures.readyMs, figures.heapMb, figures.scrollMs, figures.filterMs))
    }
  }

  /// Aligns `size` English sentences of the books with their French side, checks the beads
  /// (`QualityCheck`) and writes the review page; prints its line of the pages table.
  private func writePage(books: [ScalingBenchmark.Book], size: Int, to page: URL) throws {
    let (english, french) = ScalingBenchmark.concatenated(books, size: size)
    let pipeline = BitextPipeline(
      options: .init(
        sourceLanguage: "en", targetLanguage: "fr", presegmented: true,
        threads: ProcessInfo.processInfo.activeProcessorCount),
      lexicon: nil)
    let clock = ContinuousClock()
    let start = clock.now
    let result = pipeline.align(
      source: try pipeline.document(english, language: "en"),
      target: try pipeline.document(french, language: "fr"), document: "limsi-\(size)")
    let aligned = clock.now
    let report = QualityCheck().report(result.corpus)
    let checked = clock.now
    let html = ReviewPage(
      corpus: result.corpus, report: report,
      options: .init(title: "Bitext review: LIMSI books, \(size) sentences")
    ).html()
    try Data(html).write(to: page)
    let written = clock.now
    print(
      String(
        format: "%7d/%-7d %7d %9d %9.2f %9.2f %8.2f %9.1f", result.sourceSentences,
        result.targetSentences, result.corpus.beads.count, report.flaggedBeads,
        Self.seconds(aligned - start), Self.seconds(checked - aligned),
        Self.seconds(written - checked), Double(html.count) / 1e6
      ))
  }

  /// Runs the driver with the venv's Python; the figures of each page.
  private func measure(_ arguments: [String]) throws -> [Figures] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw ValidationError("\(driver) exited with status \(process.terminationStatus)")
    }
    return try String(decoding: data, as: UTF8.self).split(separator: "\n").map {
      try JSONDecoder().decode(Figures.self, from: Data($0.utf8))
    }
  }

  private static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }
}
