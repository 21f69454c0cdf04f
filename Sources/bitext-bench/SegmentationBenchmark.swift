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
      if verbose { failures.forEach { print("  FAIL \($0)") } }
    }
    if megabytes > 0 { try throughput() }
  }

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
