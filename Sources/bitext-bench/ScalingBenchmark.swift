import ArgumentParser
import Bitext
import Foundation

/// Corpus-scale throughput: batch alignment of many chunk pairs with 1 and 2 jobs, and the
/// time and peak memory of one alignment as the document grows (each size in a child process,
/// so every peak is its own).
struct ScalingBenchmark: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scaling",
    abstract: "Batch throughput (pairs/s, sentences/s, speed-up) and single-alignment scaling.")

  @Option(help: "Directory holding limsi-en-fr-dev.")
  var eval = "../shared/eval/alignment"

  @Option(help: "Lexicon: none, or auto (the installed lexicons).")
  var lexicon = "none"

  @Option(help: "Number of chunk pairs of the batch run.")
  var pairs = 1000

  @Option(help: "Source sentences per chunk.")
  var chunk = 50

  @Option(help: "Comma-separated job counts of the batch runs.")
  var jobs = "1,2"

  @Option(help: "Comma-separated sizes (sentences a side) of the single alignments.")
  var sizes = "6000,60000,600000"

  @Option(help: "Comma-separated thread counts of the single alignments.")
  var threads = "1,2"

  @Option(help: "Child mode: align one document of this many sentences a side and report.")
  var single: Int?

  @Flag(help: "Skip the batch runs.")
  var noBatch = false

  @Option(help: "Folder the batch's inputs and outputs go into (default: the temporary folder).")
  var folder: String?

  @Option(help: "Runs of each batch setting; the fastest is reported.")
  var repeats = 3

  struct Book {
    var name: String
    var english: [String]
    var french: [String]
  }

  func run() async throws {
    let choice: BitextPipeline.LexiconChoice =
      lexicon == "auto" ? .auto(directory: LexiconStore.defaultDirectory()) : .none
    let books = try Self.loadBooks(eval: eval)
    if let single {
      try alignSingle(
        size: single, threads: Int(threads) ?? 1, books: books, choice: choice)
      return
    }
    print("Lexicon: \(lexicon)")
    if !noBatch { try await batch(books: books, choice: choice) }
    try scaling()
  }

  /// The five LIMSI books under `eval`, one sentence per line.
  static func loadBooks(eval: String) throws -> [Book] {
    let folder = URL(fileURLWithPath: eval).appendingPathComponent("limsi-en-fr-dev")
    let names = ["AlicesAdventuresInWonderland", "Candide", "Emma", "JaneEyre", "LesConfessions"]
    return try names.map { name in
      func lines(_ ext: String) throws -> [String] {
        try EvalData.lines(folder.appendingPathComponent("\(name).\(ext)").path, keepBlank: false)
      }
      return Book(name: name, english: try lines("en"), french: try lines("fr"))
    }
  }

  /// Chunks of `chunk` English sentences with the French lines at the same relative position
  /// (the books are parallel but not line-aligned), repeated until there are `pairs`.
  private func chunks(_ books: [Book]) -> [(english: [String], french: [String])] {
    var all: [(english: [String], french: [String])] = []
    for book in books {
      let ratio = Double(book.french.count) / Double(book.english.count)
      var start = 0
      while start < book.english.count {
        let end = min(book.english.count, start + chunk)
        let frenchStart = Int((Double(start) * ratio).rounded())
        let frenchEnd =
          end == book.english.count ? book.french.count : Int((Double(end) * ratio).rounded())
        all.append((Array(book.english[start..<end]), Array(book.french[frenchStart..<frenchEnd])))
        start = end
      }
    }
    return (0..<pairs).map { all[$0 % all.count] }
  }

  private func batch(books: [Book], choice: BitextPipeline.LexiconChoice) async throws {
    let folder =
      (self.folder.map { URL(fileURLWithPath: $0) }
      ?? FileManager.default.temporaryDirectory)
      .appendingPathComponent("bitext-bench-scaling-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var manifest = ""
    var sentences = 0
    for (index, pair) in chunks(books).enumerated() {
      let id = String(format: "c%04d", index)
      try Data((pair.english.joined(separator: "\n") + "\n").utf8)
        .write(to: folder.appendingPathComponent("\(id).en"))
      try Data((pair.french.joined(separator: "\n") + "\n").utf8)
        .write(to: folder.appendingPathComponent("\(id).fr"))
      manifest += "\(id)\t\(id).en\t\(id).fr\n"
      sentences += pair.english.count + pair.french.count
    }
    let parsed = try BatchManifest.parse(
      manifest, baseDirectory: folder.path, sourceLanguage: "en", targetLanguage: "fr")
    print(
      "\nBatch: \(pairs) pairs of ~\(chunk) sentences (\(sentences) sentences, both sides), jsonl, one thread per job, best of \(max(1, repeats))"
    )
    print("jobs   seconds   pairs/s   sentences/s   speed-up   beads")
    var baseline: Double?
    var reference: [String: Data]?
    for jobCount in jobs.split(separator: ",").compactMap({ Int($0) }) {
      var seconds = Double.infinity
      var summary: BatchRunner.Summary?
      let output = folder.appendingPathComponent("out-\(jobCount)")
      for _ in 0..<max(1, repeats) {
        try? FileManager.default.removeItem(at: output)
        let runner = BatchRunner(
          options: .init(
            outputDirectory: output.path, format: .jsonl, jobs: jobCount, lexicon: choice,
            presegmented: true, toolVersion: "bench", threads: 1))
        let clock = ContinuousClock()
        let start = clock.now
        summary = try await runner.run(parsed)
        let elapsed = clock.now - start
        seconds = min(
          seconds,
          Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
      }
      guard let summary else { continue }
      if baseline == nil { baseline = seconds }
      print(
        String(
          format: "%4d %9.2f %9.1f %13.0f %10.2f %7d%@", jobCount, seconds,
          Double(summary.aligned) / seconds, Double(sentences) / seconds,
          baseline! / seconds, summary.beads,
          summary.failures.isEmpty ? "" : " (\(summary.failures.count) failed)"))
      let files = try outputs(output)
      if let reference {
        print(
          files == reference ? "       outputs identical to the first run" : "       OUTPUTS DIFFER"
        )
      } else {
        reference = files
      }
    }
  }

  private func outputs(_ folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
      files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
    }
    return files
  }

  /// Runs each size with each thread count in a child process and prints its time and peak
  /// memory, and whether the beads are the same whatever the number of threads.
  private func scaling() throws {
    print("\nSingle alignment (LIMSI books concatenated and repeated), one child process per run")
    print(
      "sentences/side   threads   read+segment s   align s   total s   peak RSS MB   beads   digest"
    )
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    for size in sizes.split(separator: ",").compactMap({ Int($0) }) {
      var digests: Set<String> = []
      for threadCount in threads.split(separator: ",").compactMap({ Int($0) }) {
        let process = Process()
        process.executableURL = executable
        process.arguments = [
          "scaling", "--single", String(size), "--threads", String(threadCount), "--eval", eval,
          "--lexicon", lexicon,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let line = String(decoding: data, as: UTF8.self).trimmingCharacters(
          in: .whitespacesAndNewlines)
        if process.terminationStatus != 0 || line.isEmpty {
          print(
            String(
              format: "%14d %9d   failed (status %d)", size, threadCount, process.terminationStatus)
          )
        } else {
          print(line)
          digests.insert(String(line.split(separator: " ").last ?? ""))
        }
      }
      if digests.count > 1 { print("               BEADS DIFFER BETWEEN THREAD COUNTS") }
    }
  }

  /// The books concatenated and repeated into `size` English sentences and as many French
  /// sentences as the books' ratio gives, one a line (presegmented texts).
  static func concatenated(_ books: [Book], size: Int) -> (english: [UInt8], french: [UInt8]) {
    let english = books.flatMap(\.english)
    let french = books.flatMap(\.french)
    let ratio = Double(french.count) / Double(english.count)
    let frenchSize = Int((Double(size) * ratio).rounded())
    func text(_ lines: [String], count: Int) -> [UInt8] {
      var bytes: [UInt8] = []
      for index in 0..<count {
        bytes += lines[index % lines.count].utf8
        bytes.append(0x0A)
      }
      return bytes
    }
    return (text(english, count: size), text(french, count: frenchSize))
  }

  /// Child mode: builds a document of `size` sentences a side and aligns it.
  private func alignSingle(
    size: Int, threads: Int, books: [Book], choice: BitextPipeline.LexiconChoice
  ) throws {
    let (sourceBytes, targetBytes) = Self.concatenated(books, size: size)
    let loaded = try BitextPipeline.loadLexicon(choice, sourceLanguage: "en", targetLanguage: "fr")
    let pipeline = BitextPipeline(
      options: .init(
        sourceLanguage: "en", targetLanguage: "fr", presegmented: true, threads: threads),
      lexicon: loaded.lexicon)
    let clock = ContinuousClock()
    let start = clock.now
    let source = try pipeline.document(sourceBytes, language: "en")
    let target = try pipeline.document(targetBytes, language: "fr")
    let read = clock.now
    let result = pipeline.align(source: source, target: target, document: "scale")
    let end = clock.now
    func seconds(_ duration: Duration) -> Double {
      Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    // FNV-1a over the beads' sentence ranges and scores: equal digests, equal beads.
    var digest: UInt64 = 0xcbf2_9ce4_8422_2325
    for bead in result.corpus.beads {
      for value in [
        UInt64(bead.sourceIDs.lowerBound), UInt64(bead.sourceIDs.upperBound),
        UInt64(bead.targetIDs.lowerBound), UInt64(bead.targetIDs.upperBound), bead.score.bitPattern,
      ] {
        digest = (digest ^ value) &* 0x100_0000_01b3
      }
    }
    print(
      String(
        format: "%14d %9d %16.2f %9.2f %9.2f %13.0f %7d   %016llx", size, threads,
        seconds(read - start), seconds(end - read), seconds(end - start),
        Double(usage.ru_maxrss) / 1024, result.corpus.beads.count, digest))
  }
}
