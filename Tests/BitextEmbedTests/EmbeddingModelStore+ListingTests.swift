import BitextTestSupport
import Foundation
import Testing

@testable import BitextEmbed

@Suite struct EmbeddingModelStoreListingTests {
  let bytes = ModelFixtures.weights(count: 1000)
  var source: EmbeddingModelSource { ModelFixtures.source(for: bytes) }

  /// A store in a fresh folder, with the model `tiny-test` laid out by hand.
  func storeWithModel() throws -> (EmbeddingModelStore, URL) {
    let folder = try TestFiles.temporaryDirectory()
    let store = EmbeddingModelStore(directory: folder.path)
    try ModelFixtures.lay(bytes, of: source, in: store)
    return (store, folder)
  }

  /// The one model the store lists, and its problem.
  func onlyProblem(_ store: EmbeddingModelStore) throws -> String? {
    let models = try store.installed()
    try #require(models.count == 1)
    return models[0].problem
  }

  @Test func missingDirectoryHoldsNoModel() throws {
    let store = EmbeddingModelStore(directory: "/nonexistent/bitext/models")
    #expect(try store.installed().isEmpty)
  }

  @Test func directoryThatIsAFileIsAnError() throws {
    let folder = try TestFiles.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try TestFiles.write("x", to: "models", in: folder)
    #expect(throws: EmbeddingModelError.self) {
      try EmbeddingModelStore(directory: file).installed()
    }
  }

  @Test func goodInstallationIsListedWithItsManifest() throws {
    let (store, folder) = try storeWithModel()
    defer { try? FileManager.default.removeItem(at: folder) }
    // Neither a plain file nor a hidden folder is a model.
    try TestFiles.write("notes", to: "README", in: folder)
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent(".model.bin.tmp-dir"), withIntermediateDirectories: true)
    let models = try store.installed()
    #expect(models.map(\.name) == ["tiny-test"])
    #expect(models[0].problem == nil)
    #expect(!models[0].isDamaged)
    #expect(models[0].size == 1000)
    #expect(models[0].manifest?.sha256 == source.sha256)
    #expect(models[0].weightsPath == store.weightsPath(of: "tiny-test"))
  }

  @Test func missingManifestIsListedAsDamaged() throws {
    let (store, folder) = try storeWithModel()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.removeItem(atPath: store.manifestPath(of: "tiny-test"))
    #expect(try onlyProblem(store) == "no model.json: an interrupted or foreign installation")
    #expect(try store.installed()[0].size == 1000)
  }

  @Test func emptyFolderIsListedAsDamaged() throws {
    let folder = try TestFiles.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("leftover"), withIntermediateDirectories: true)
    let models = try EmbeddingModelStore(directory: folder.path).installed()
    #expect(models.map(\.name) == ["leftover"])
    #expect(models[0].isDamaged)
    #expect(models[0].size == nil)
  }

  @Test func damagedManifestIsListedAsDamaged() throws {
    let (store, folder) = try storeWithModel()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("{\"name\": ".utf8).write(
      to: URL(fileURLWithPath: store.manifestPath(of: "tiny-test")))
    #expect(try onlyProblem(store) == "model.json is damaged: not valid JSON")
  }

  @Test func manifestOfAnotherModelIsListedAsDamaged() throws {
    let (store, folder) = try storeWithModel()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.moveItem(
      atPath: store.folder(of: "tiny-test"), toPath: store.folder(of: "renamed"))
    #expect(try onlyProblem(store) == "model.json is for the model tiny-test")
  }

  @Test func weightsOfTheWrongSizeAreListedAsDamaged() throws {
    let (store, folder) = try storeWithModel()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(bytes + [0]).write(to: URL(fileURLWithPath: store.weightsPath(of: "tiny-test")))
    #expect(try onlyProblem(store) == "model.bin has 1001 bytes, model.json says 1000")
  }

  @Test func missingWeightsAreListedAsDamaged() throws {
    let (store, folder) = try storeWithModel()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.removeItem(atPath: store.weightsPath(of: "tiny-test"))
    #expect(try onlyProblem(store) == "no model.bin")
  }

  @Test func linksAreListedAsDamaged() throws {
    let (store, folder) = try storeWithModel()
    defer { try? FileManager.default.removeItem(at: folder) }
    let weights = store.weightsPath(of: "tiny-test")
    let elsewhere = folder.appendingPathComponent("elsewhere.bin").path
    try FileManager.default.moveItem(atPath: weights, toPath: elsewhere)
    try FileManager.default.createSymbolicLink(atPath: weights, withDestinationPath: elsewhere)
    #expect(try onlyProblem(store) == "model.bin is a symbolic link")
    try FileManager.default.createSymbolicLink(
      atPath: store.folder(of: "linked"), withDestinationPath: store.folder(of: "tiny-test"))
    let linked = try #require(try store.installed().first { $0.name == "linked" })
    #expect(linked.problem == "the folder is a symbolic link; Bitext uses real folders only")
  }
}
