import Foundation

/// A folder of data that `Dictionaries/generate-embedded.sh` embeds into a library, as a line of
/// `Dictionaries/embedded.txt` lists it: each data file becomes an entry of the type's
/// `embeddedData`, keyed by the file's name without the extension (with the extension `*`: every
/// file but `README.md`, keyed by its whole name).
package struct EmbeddedDataFolder: Sendable, Hashable, CustomStringConvertible {
  /// The folder: under `Dictionaries/` (`lemmas`), or from the repository root when it holds a
  /// slash (`Sources/BitextReview/Page`).
  package var folder: String
  /// The extension of its data files, without the dot; `*` for every file.
  package var fileExtension: String
  /// The generated Swift file that holds the copies.
  package var output: String
  /// The type whose `embeddedData` the generated file declares.
  package var type: String

  /// Creates a folder entry.
  package init(folder: String, fileExtension: String, output: String, type: String) {
    self.folder = folder
    self.fileExtension = fileExtension
    self.output = output
    self.type = type
  }

  /// `Dictionaries/<folder>/*.<extension>`, or `<folder>/*` for every file of a folder.
  package var description: String {
    everyFile ? "\(relativePath)/*" : "\(relativePath)/*.\(fileExtension)"
  }

  /// Whether every file of the folder is embedded, keyed by its whole name (extension `*`).
  package var everyFile: Bool { fileExtension == "*" }

  /// The folder's path from the repository root.
  package var relativePath: String { folder.contains("/") ? folder : "Dictionaries/\(folder)" }

  /// The path, from the repository root, of the data file `name` (its key).
  package func path(of name: String) -> String {
    everyFile ? "\(relativePath)/\(name)" : "\(relativePath)/\(name).\(fileExtension)"
  }

  /// The `Dictionaries/` folder of the repository.
  package static let dictionaries = TestFiles.repository.appendingPathComponent("Dictionaries")

  /// The folders `Dictionaries/embedded.txt` lists, in its order.
  package static func all() throws -> [EmbeddedDataFolder] {
    let list = try String(
      contentsOf: dictionaries.appendingPathComponent("embedded.txt"), encoding: .utf8)
    return list.split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
      let columns = $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      return EmbeddedDataFolder(
        folder: columns[0], fileExtension: columns.count > 1 ? columns[1] : "",
        output: columns.count > 2 ? columns[2] : "", type: columns.count > 3 ? columns[3] : "")
    }
  }

  /// The text of each data file of the folder, by key: its name without the extension, or its
  /// whole name when every file is embedded.
  package func files() throws -> [String: String] {
    let directory = TestFiles.repository.appendingPathComponent(relativePath)
    var texts: [String: String] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
      let key: String
      if everyFile {
        guard name != "README.md", !name.hasPrefix(".") else { continue }
        key = name
      } else {
        guard name.hasSuffix("." + fileExtension) else { continue }
        key = String(name.dropLast(fileExtension.count + 1))
      }
      texts[key] = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }
    return texts
  }

  /// What keeps the embedded copies from equalling the folder's files, one sentence a file, in
  /// the order of the names; empty when they agree.
  package func differences(files: [String: String], embedded: [String: String]) -> [String] {
    Set(files.keys).union(embedded.keys).sorted().compactMap { name in
      let file = path(of: name)
      switch (files[name], embedded[name]) {
      case (_, nil): return "\(file) has no embedded copy in \(output)"
      case (nil, _): return "\(output) embeds '\(name)', which has no file \(file)"
      case (let text, let copy) where text != copy:
        return "\(file) differs from its copy in \(output)"
      default: return nil
      }
    }
  }

  /// The files under `Dictionaries/<folder>/` (any folder) that no listed folder embeds: in a
  /// folder `embedded.txt` does not list, or with another extension. `README.md` files are not
  /// data.
  package static func unembeddedFiles(listed: [EmbeddedDataFolder]) throws -> [String] {
    let extensions = Dictionary(listed.map { ($0.folder, $0.fileExtension) }) { first, _ in first }
    let manager = FileManager.default
    var unembedded: [String] = []
    for folder in try manager.contentsOfDirectory(atPath: dictionaries.path).sorted() {
      var isDirectory: ObjCBool = false
      let path = dictionaries.appendingPathComponent(folder).path
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue
      else { continue }
      for name in try manager.contentsOfDirectory(atPath: path).sorted()
      where name != "README.md" && !name.hasPrefix(".")
        && extensions[folder].map({ name.hasSuffix("." + $0) }) != true
      {
        unembedded.append("Dictionaries/\(folder)/\(name)")
      }
    }
    return unembedded
  }
}
