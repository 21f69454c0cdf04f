import ArgumentParser
import BitextText
import Foundation

/// Segmentation quality on the peer suites and throughput against raw ICU.
struct SegmentationBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "segmentation",
    abstract: "Pass counts on the segmentation suites; normalize+segment throughput vs raw ICU.")

  @Option(help: "Directory holding golden_fr.json and golden_en.json.")
  var eval = "../shared/eval/segmentation"

  @Option(help: "Directory holding the UD development splits (<language>.json).")
  var ud = "../shared/eval/segmentation/ud-dev"

  @Option(help: "Sample errors printed per language with --verbose.")
  var errors = 15

  @Option(help: "Text repeated to build the throughput input.")
  var sample = "Corpora/lukashenko-2022/fr.txt"

  @Option(help: "Size of the throughput input in MB (0 skips the throughput run).")
  var megabytes = 20

  @Flag(help: "Print every failing case.")
  var verbose = false

  struct Case: Decodable {
    let id: String
    let text: String
    let expected: [String]
  }

  func run() throws {
    print(
      "Segmentation suites (cases whose output equals the expected sentences, white space collapsed)"
    )
    print("| suite | language | passed | cases |")
    print("|---|---|---|---|")
    for (file, language) in [("golden_fr.json", "fr"), ("golden_en.json", "en")] {
      let url = URL(fileURLWithPath: eval).appendingPathComponent(file)
      guard let data = try? Data(contentsOf: url) else {
        print("| \(file) | \(language) | missing | – |")
        continue
      }
      let cases = try JSONDecoder().decode([Case].self, from: data)
      let segmenter = SentenceSegmenter(language: language)
      var passed = 0
      var failures: [String] = []
      for c in cases {
        let normalized = try Normalizer().normalize(c.text)
        let got = try segmenter.sentences(in: normalized).map { collapse($0.text) }
        let want = c.expected.map(collapse)
        if got == want {
          passed += 1
        } else {
          failures.append("\(c.id): got \(got) want \(want)")
        }
      }
      print("| \(file) | \(language) | \(passed) | \(cases.count) |")
      if verbose {
        for failure in failures { print("  FAIL \(failure)") }
      }
    }
    try treebanks()
    if megabytes > 0 { try throughput() }
  }

  /// Strict boundary F1 on the UD development splits, Bitext's rules against ICU's alone, and
  /// throughput per language on each treebank's text.
  private func treebanks() throws {
    let languages = ["de", "es", "it", "pt", "nl"]
    var rows: [String] = []
    var corpora: [(String, String)] = []
    var bitextSum = 0.0
    var icuSum = 0.0
    for language in languages {
      let url = URL(fileURLWithPath: ud).appendingPathComponent("\(language).json")
      guard let data = try? Data(contentsOf: url) else {
        rows.append("| \(language) | missing | – | – | – | – |")
        continue
      }
      let paragraphs = try JSONDecoder().decode([[String]].self, from: data)
      var bitext = BoundaryScore()
      var icu = BoundaryScore()
      let rules = SentenceSegmenter(language: language)
      let plain = SentenceSegmenter(profile: .generic(language: language))
      for paragraph in paragraphs {
        try bitext.add(paragraph: paragraph, segmenter: rules, keepErrors: verbose)
        try icu.add(paragraph: paragraph, segmenter: plain)
      }
      bitextSum += bitext.f1
      icuSum += icu.f1
      rows.append(
        "| \(language) | \(paragraphs.joined().count) | \(f3(icu.f1)) | \(f3(bitext.f1)) | "
          + "\(f3(bitext.precision)) / \(f3(bitext.recall)) | "
          + "\(bitext.falsePositives) / \(bitext.falseNegatives) |")
      if verbose {
        for error in bitext.errors.prefix(errors) {
          rows.append("  \(language) \(error.kind) \(error.context)")
        }
        if bitext.skippedParagraphs > 0 {
          rows.append("  \(language): \(bitext.skippedParagraphs) paragraphs skipped")
        }
      }
      corpora.append(
        (language, paragraphs.map { $0.joined(separator: " ") }.joined(separator: "\n\n")))
    }
    print("")
    print("UD development splits: strict boundary F1 (see ud-dev/README.md)")
    print("| language | sentences | ICU alone | Bitext | Bitext P / R | Bitext FP / FN |")
    print("|---|---|---|---|---|---|")
    for row in rows { print(row) }
    if !corpora.isEmpty {
      let n = Double(corpora.count)
      print("| mean | | \(f3(icuSum / n)) | \(f3(bitextSum / n)) | | |")
    }
    guard megabytes > 0, !corpora.isEmpty else { return }
    print("")
    let size = max(1, megabytes / 4)
    print(
      "Segmentation throughput per language (\(size) MB of each treebank's text, one core, best of 3)"
    )
    print("| language | MB/s |")
    print("|---|---|")
    for (language, text) in [("fr", (try? TextFile.read(sample)) ?? "")] + corpora {
      var input = ""
      while input.utf8.count < size * 1_000_000 { input += text + "\n\n" }
      let bytes = Array(input.utf8)
      let segmenter = SentenceSegmenter(language: language)
      let seconds = best(of: 3) {
        let document = try TextDocument(bytes: bytes, segmenter: segmenter)
        precondition(!document.sentences.isEmpty)
      }
      print("| \(language) | \(String(format: "%.0f", Double(bytes.count) / 1e6 / seconds)) |")
    }
  }

  private func f3(_ value: Double) -> String { String(format: "%.3f", value) }

  private func collapse(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  private func throughput() throws {
    let seed =
      (try? TextFile.read(sample)) ?? "Une phrase. Une autre phrase !\n\n"
    var text = ""
    let target = megabytes * 1_000_000
    text.reserveCapacity(target + seed.utf8.count)
    while text.utf8.count < target { text += seed + "\n\n" }
    let bytes = Array(text.utf8)
    let mb = Double(bytes.count) / 1_000_000
    print("")
    print("Throughput on \(String(format: "%.1f", mb)) MB of French text (one core, best of 3)")
    print("| stage | seconds | MB/s |")
    print("|---|---|---|")
    let icu = best(of: 3) { _ = try RawICUSentenceBreak.count(bytes) }
    print(row("raw ICU sentence break (UTF-8 → UTF-16 + ubrk)", icu, mb))
    let full = best(of: 3) {
      let document = try TextDocument(bytes: bytes, segmenter: SentenceSegmenter(language: "fr"))
      precondition(!document.sentences.isEmpty)
    }
    print(row("Bitext decode + normalize + segment", full, mb))
    print(String(format: "Bitext / raw ICU: %.0f %%", 100 * icu / full))
    print("Peak memory (max RSS): \(PeakMemory.megabytes()) MB")
  }

  private func row(_ name: String, _ seconds: Double, _ mb: Double) -> String {
    "| \(name) | \(String(format: "%.3f", seconds)) | \(String(format: "%.0f", mb / seconds)) |"
  }

  private func best(of runs: Int, _ body: () throws -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<runs {
      let start = DispatchTime.now().uptimeNanoseconds
      try? body()
      best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return best
  }
}

/// Peak resident memory of this process.
enum PeakMemory {
  static func megabytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss / 1024
  }
}
