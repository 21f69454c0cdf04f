import ArgumentParser
import Bitext

/// The embedding options shared by the commands that align: `--embeddings` and `--model-dir`.
struct EmbeddingOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Sentence-embedding evidence: none, an installed model (e5-small, e5-small-static), or a weights file.",
      discussion:
        "Install the model with `bitext model install e5-small`; e5-small-static (static piece vectors distilled from it by `bitext model install e5-small-static`) is much faster and keeps part of its gain."
    ))
  var embeddings: String = "none"

  @Option(name: .customLong("model-dir"), help: "The embedding model directory.")
  var modelDirectory: String?

  /// The pipeline's choice: `none`, a path (holding `/` or ending in `.bin`), else the name of
  /// an installed model.
  func choice() -> BitextPipeline.EmbeddingChoice {
    if embeddings == "none" { return .none }
    if embeddings.contains("/") || embeddings.hasSuffix(".bin") { return .file(embeddings) }
    return .installed(
      name: embeddings, directory: modelDirectory ?? EmbeddingModelStore.defaultDirectory())
  }

  /// The encoder, on `threads` threads, or nil for none.
  func encoder(threads: Int) throws -> SentenceEncoder? {
    try BitextPipeline.loadEmbeddings(choice(), threads: threads)
  }
}
