import Foundation

/// Files for the tests of every Bitext module: fresh temporary folders, and the repository's own
/// files (language data, sample corpora).
package enum TestFiles {
  /// The root folder of the Bitext repository (the one holding `Package.swift`).
  package static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// A fresh empty temporary folder for one test.
  package static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("bitext-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Writes `text` as UTF-8 to the file `name` in `directory`; returns the file's path.
  @discardableResult
  package static func write(_ text: String, to name: String, in directory: URL) throws -> String {
    let url = directory.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }
}
