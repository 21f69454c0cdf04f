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
        A model's static variant (e5-small-static: its static piece vectors,
        distilled by bitext model install e5-small-static) is listed after it.
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
        Console.output(Self.table(models, store: store))
      }
      for name in missing {
        Console.note("\(name) is not installed; install it with: bitext model install \(name)")
      }
    }

    /// The models as a table with a header: name, size, path, licence, status, in columns
    /// two spaces apart (the status last, as a damaged model's reason may be long).
    static func table(_ models: [EmbeddingModelStore.Installed], store: EmbeddingModelStore)
      -> String
    {
      let rows =
        [["NAME", "SIZE", "PATH", "LICENCE", "STATUS"]]
        + models.flatMap { model in
          let licence =
            model.manifest.map { manifest in
              manifest.licences.map { "\($0.licence) (\($0.part))" }.joined(separator: ", ")
            } ?? "-"
          var rows = [
            [
              model.name,
              model.size.map(EmbeddingModelInstaller.sizeText) ?? "-",
              model.weightsPath, licence,
              model.problem.map { "damaged: \($0)" } ?? "ok",
            ]
          ]
          let vectors = store.staticVectorsPath(of: model.name)
          if let size = (try? FileManager.default.attributesOfItem(atPath: vectors))?[.size]
            as? Int
          {
            let status: String
            do {
              let read = try StaticPieceVectors(path: vectors)
              status =
                read.sourceChecksum == model.manifest?.sha256
                ? "ok" : "damaged: distilled from other weights"
            } catch {
              status = "damaged: \(error)"
            }
            rows.append([
              model.name + EmbeddingModelStore.staticSuffix,
              EmbeddingModelInstaller.sizeText(size), vectors, licence, status,
            ])
          }
          return rows
        }
      let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
      return rows.map { row in
        (0..<4).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
          .joined(separator: "  ") + "  " + row[4] + "\n"
      }.joined()
    }
  }
}
