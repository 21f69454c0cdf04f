import ArgumentParser

/// The `bitext` command line: every pipeline stage as a subcommand.
@main
struct BitextCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bitext",
    abstract: "Turn texts in two languages into a clean, scored, validated parallel corpus.",
    discussion: """
      Stages: segment (normalize + sentence split), align (sentence alignment), translate
      (gloss translation), convert (TMX / TSV / Moses / JSONL), dict (lexicons), eval (scoring
      against a gold alignment), run (the whole pipeline in one command).
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
