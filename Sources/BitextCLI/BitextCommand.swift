import ArgumentParser

/// The `bitext` command line: every pipeline stage as a subcommand.
@main
struct BitextCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bitext",
    abstract: "Turn texts in two languages into a clean, scored, validated parallel corpus.",
    discussion: """
      Stages: segment (normalize and split into sentences), align (sentence
      alignment), translate (gloss translation), convert (TMX, TSV, Moses, JSONL,
      beads), dict (lexicons), eval (scoring against a gold alignment), run (the
      whole pipeline for one document pair), batch and stream (many pairs, in
      parallel or under Spark and Hadoop).
      """,
    version: BitextVersion.current,
    subcommands: [
      SegmentCommand.self,
      AlignCommand.self,
      DictCommand.self,
      ConvertCommand.self,
      EvalCommand.self,
      TranslateCommand.self,
      RunCommand.self,
      BatchCommand.self,
      StreamCommand.self,
    ]
  )
}

/// The version string printed by `--version` and written into TMX headers.
enum BitextVersion {
  static let current = "0.1.0"
}
