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
      beads), dict (lexicons), model (sentence-embedding models), eval (scoring
      against a gold alignment), review (an HTML page to check and correct an
      alignment), run (the whole pipeline for one document pair), batch and
      stream (many pairs, in parallel or under Spark and Hadoop).

      Language codes (--source-lang, --target-lang, --lang): an ISO 639-1 code
      (fr, en, de…) or the ISO 639-2/3 code of a language Bitext has data or
      dictionaries for (fra, fre, eng, deu…), optionally with a script and a
      region, separated by - or _, in any case: fr-CA, fr_CA, FR-fr and fra all
      select the French rules and the fr-en lexicons; outputs keep the region
      (xml:lang="fr-CA"). Other codes (french, zz) are refused.

      Exit status: 0 success; 1 failure (an input that cannot be read, nothing
      to align, a batch pair that failed…); 64 usage error (an unknown option,
      format or language code); 130 batch interrupted by Ctrl-C.
      """,
    version: BitextVersion.current,
    subcommands: [
      SegmentCommand.self,
      AlignCommand.self,
      DictCommand.self,
      ModelCommand.self,
      ConvertCommand.self,
      EvalCommand.self,
      TranslateCommand.self,
      RunCommand.self,
      ReviewCommand.self,
      BatchCommand.self,
      StreamCommand.self,
    ]
  )
}

/// The version string printed by `--version` and written into TMX headers.
enum BitextVersion {
  static let current = "0.1.0"
}
