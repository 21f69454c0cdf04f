import Foundation

/// Runs a program for a test: its standard output and error go to files (no pipe can fill up
/// and block it), its standard input is empty.
package enum TestProcess {
  /// What a run produced.
  package struct Result: Sendable {
    /// Standard output, decoded as UTF-8.
    package var output: String
    /// Standard error, decoded as UTF-8.
    package var errors: String
    /// The exit status.
    package var status: Int32
  }

  /// Runs `program` with `arguments`, in `directory` when one is given, and waits for it.
  package static func run(
    _ program: URL, _ arguments: [String], in directory: URL? = nil
  ) throws -> Result {
    let folder = try TestFiles.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("out")
    let err = folder.appendingPathComponent("err")
    _ = FileManager.default.createFile(atPath: out.path, contents: nil)
    _ = FileManager.default.createFile(atPath: err.path, contents: nil)
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    process.standardOutput = try FileHandle(forWritingTo: out)
    process.standardError = try FileHandle(forWritingTo: err)
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return Result(
      output: String(decoding: try Data(contentsOf: out), as: UTF8.self),
      errors: String(decoding: try Data(contentsOf: err), as: UTF8.self),
      status: process.terminationStatus)
  }
}
