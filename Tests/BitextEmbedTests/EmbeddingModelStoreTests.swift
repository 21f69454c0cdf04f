import BitextTestSupport
import Foundation
import Testing

@testable import BitextEmbed

@Suite struct EmbeddingModelStoreTests {
  @Test func explicitDirectoryComesFirst() {
    let environment = [
      "BITEXT_MODEL_DIR": "/data/models", "XDG_DATA_HOME": "/xdg", "HOME": "/home/ana",
    ]
    #expect(EmbeddingModelStore.defaultDirectory(environment: environment) == "/data/models")
  }

  @Test func xdgDataHomeComesNext() {
    let environment = ["BITEXT_MODEL_DIR": "", "XDG_DATA_HOME": "/xdg", "HOME": "/home/ana"]
    #expect(EmbeddingModelStore.defaultDirectory(environment: environment) == "/xdg/bitext/models")
  }

  @Test func homeIsTheFallback() {
    // A relative XDG_DATA_HOME is invalid by the specification and ignored.
    let environment = ["XDG_DATA_HOME": "relative/data", "HOME": "/home/ana"]
    #expect(
      EmbeddingModelStore.defaultDirectory(environment: environment)
        == "/home/ana/.local/share/bitext/models")
  }

  @Test func modelsSitNextToTheLexicons() {
    let environment = ["HOME": "/home/ana"]
    let models = URL(
      fileURLWithPath: EmbeddingModelStore.defaultDirectory(environment: environment))
    #expect(models.lastPathComponent == "models")
    #expect(models.deletingLastPathComponent().path == "/home/ana/.local/share/bitext")
  }

  @Test func layoutIsOneFolderPerModel() {
    let store = EmbeddingModelStore(directory: "/data/models")
    #expect(store.folder(of: "e5-small") == "/data/models/e5-small")
    #expect(store.weightsPath(of: "e5-small") == "/data/models/e5-small/model.bin")
    #expect(store.manifestPath(of: "e5-small") == "/data/models/e5-small/model.json")
  }

  @Test func missingModelNamesTheInstallCommand() throws {
    let folder = try TestFiles.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = EmbeddingModelStore(directory: folder.path)
    let error = #expect(throws: EmbeddingModelError.self) {
      try store.installedWeights("e5-small")
    }
    #expect(error == .notInstalled(name: "e5-small", directory: folder.path))
    #expect(error?.description.contains("bitext model install e5-small") == true)
    #expect(error?.description.contains(folder.path) == true)
  }

  @Test func nameThatIsAPathIsNotInstalled() throws {
    let folder = try TestFiles.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = EmbeddingModelStore(directory: folder.appendingPathComponent("models").path)
    // "../x" would lead out of the store; it is no model's name.
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("x"), withIntermediateDirectories: true)
    #expect(throws: EmbeddingModelError.notInstalled(name: "../x", directory: store.directory)) {
      try store.installedWeights("../x")
    }
  }

  @Test func installedModelGivesItsWeights() throws {
    let folder = try TestFiles.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = EmbeddingModelStore(directory: folder.path)
    let bytes = ModelFixtures.weights(count: 1000)
    try ModelFixtures.lay(bytes, of: ModelFixtures.source(for: bytes), in: store)
    #expect(try store.installedWeights("tiny-test") == store.weightsPath(of: "tiny-test"))
  }

  @Test func damagedModelIsAnErrorNamingTheReason() throws {
    let folder = try TestFiles.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = EmbeddingModelStore(directory: folder.path)
    let bytes = ModelFixtures.weights(count: 1000)
    try ModelFixtures.lay(bytes, of: ModelFixtures.source(for: bytes), in: store)
    try Data(bytes.prefix(10)).write(to: URL(fileURLWithPath: store.weightsPath(of: "tiny-test")))
    let error = #expect(throws: EmbeddingModelError.self) {
      try store.installedWeights("tiny-test")
    }
    #expect(
      error
        == .damaged(
          name: "tiny-test", folder: store.folder(of: "tiny-test"),
          reason: "model.bin has 10 bytes, model.json says 1000"))
    #expect(error?.description.contains("bitext model install tiny-test") == true)
  }

  @Test func namesAreFolderNames() {
    #expect(EmbeddingModelStore.nameProblem("e5-small") == nil)
    #expect(EmbeddingModelStore.nameProblem("e5_small.v2") == nil)
    #expect(EmbeddingModelStore.nameProblem("") != nil)
    #expect(EmbeddingModelStore.nameProblem(".hidden") != nil)
    #expect(EmbeddingModelStore.nameProblem("-f") != nil)
    #expect(EmbeddingModelStore.nameProblem("../etc") != nil)
    #expect(EmbeddingModelStore.nameProblem("a/b") != nil)
    #expect(EmbeddingModelStore.nameProblem("a b") != nil)
    #expect(EmbeddingModelStore.nameProblem("modèle") != nil)
    #expect(EmbeddingModelStore.nameProblem(String(repeating: "a", count: 101)) != nil)
  }
}
