import ArgumentParser

/// How many threads one alignment uses.
struct ThreadOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Threads one alignment uses (default: the active processors, shared among the jobs of a batch).",
      discussion: "The output is the same whatever the number."))
  var threads: Int?

  func validate() throws {
    if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
  }
}
