import ArgumentParser
import Bitext
import Foundation

extension ModelCommand {
  /// `bitext model list [--model-dir DIR]`.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the installed models: name, size, path, licence and status.",
      discussion: """
        Status is ok, or damaged with the reason (no manifest, a weights file of
        the wrong size…); install a damaged model again with bitext model install.
        The size is checked, not the checksum (bitext model install does that).
        """)

    @OptionGroup var directory: DirectoryOptions

    func run() throws {
      let store = directory.store
      let models = try store.installed()
      let missing = EmbeddingModelCatalog.all.map(\.name).filter { name in
        !models.contains { $0.name == name }
      }
      if models.isEmpty {
        Console.note("no embedding model installed in \(store.directory)")
      } else {
        Console.output(Self.table(models))
      }
      for name in missing {
        Console.note("\(name) is not installed; install it with: bitext model install \(name)")
      }
    }

    /// The models as a table with a header: name, size, path, licence, status, in columns
    /// two spaces apart (the status last, as a damaged model's reason may be long).
    static func table(_ models: [EmbeddingModelStore.Installed]) -> String {
      let rows =
        [["NAME", "SIZE", "PATH", "LICENCE", "STATUS"]]
        + models.map { model in
          [
            model.name,
            model.size.map(EmbeddingModelInstaller.sizeText) ?? "-",
            model.weightsPath,
            model.manifest.map { manifest in
              manifest.licences.map { "\($0.licence) (\($0.part))" }.joined(separator: ", ")
            } ?? "-",
            model.problem.map { "damaged: \($0)" } ?? "ok",
          ]
        }
      let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
      return rows.map { row in
        (0..<4).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
          .joined(separator: "  ") + "  " + row[4] + "\n"
      }.joined()
    }
  }
}
