import Foundation
import Testing

/// What a run of the `bitext` executable produced.
struct CLIResult {
  var status: Int32
  var stdout: String
  var stderr: String
}

/// Runs the `bitext` executable built next to the test bundle, with optional standard input.
func runBitext(_ arguments: [String], stdin: Data? = nil, environment: [String: String]? = nil)
  throws
  -> CLIResult
{
  let process = Process()
  process.executableURL = bitextExecutable()
  process.arguments = arguments
  if let environment {
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
  }
  // Outputs go to files: no pipe can fill up and block the child.
  let folder = try temporaryDirectory()
  let outURL = folder.appendingPathComponent("stdout")
  let errURL = folder.appendingPathComponent("stderr")
  _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
  _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
  let output = try FileHandle(forWritingTo: outURL)
  let errors = try FileHandle(forWritingTo: errURL)
  let input = Pipe()
  process.standardOutput = output
  process.standardError = errors
  process.standardInput = input
  try process.run()
  if let stdin { input.fileHandleForWriting.write(stdin) }
  try input.fileHandleForWriting.close()
  process.waitUntilExit()
  try output.close()
  try errors.close()
  let result = CLIResult(
    status: process.terminationStatus,
    stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
    stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
  try? FileManager.default.removeItem(at: folder)
  return result
}

/// The `bitext` binary in the build products folder (the test bundle's folder).
func bitextExecutable() -> URL {
  var folder = Bundle.main.bundleURL
  for _ in 0..<3 {
    let candidate = folder.appendingPathComponent("bitext")
    if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    folder = folder.deletingLastPathComponent()
  }
  return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    .appendingPathComponent("bitext")
}

/// A fresh temporary directory for one test.
func temporaryDirectory() throws -> URL {
  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("bitext-tests-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}
