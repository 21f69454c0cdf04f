import ArgumentParser

/// `bitext-bench`: Bitext's quality and throughput benchmarks. Quality benchmarks read the
/// development data in `../shared/eval` (or a directory given with `--eval`).
@main
struct BenchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bitext-bench",
    abstract: "Measure Bitext: segmentation and alignment quality, throughput, memory.",
    subcommands: [
      SegmentationBenchmark.self, AlignmentBenchmark.self, LexiconCoverageBenchmark.self,
      TranslationBenchmark.self, ScalingBenchmark.self, StructureBenchmark.self,
      DocumentBenchmark.self, CalibrationBenchmark.self, ReviewBenchmark.self,
      EmbeddingBenchmark.self,
    ]
  )
}
