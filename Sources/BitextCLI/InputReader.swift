import Foundation

/// Reads the bytes of an input argument: a file path, or standard input for `nil` or `-`.
enum InputReader {
  /// The bytes of the input, or a ``CLIError`` naming the file.
  static func read(_ path: String?) throws -> Data {
    if path == nil || path == "-" {
      return FileHandle.standardInput.readDataToEndOfFile()
    }
    let url = URL(fileURLWithPath: path!)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      throw CLIError("\(path!): no such file")
    }
    if isDirectory.boolValue { throw CLIError("\(path!): is a directory, expected a text file") }
    do {
      return try Data(contentsOf: url)
    } catch {
      throw CLIError("\(path!): cannot be read (\(error.localizedDescription))")
    }
  }

  /// A display name for an input argument.
  static func name(_ path: String?) -> String {
    path == nil || path == "-" ? "<stdin>" : path!
  }
}

/// An error the CLI reports as one line on standard error, exiting with status 1.
struct CLIError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
