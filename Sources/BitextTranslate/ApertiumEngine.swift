import BitextText
import Foundation

/// Runs Apertium over a whole document: one `apertium -f line` process per mode of a route,
/// each given every line at once, so that output line i is the translation of input line i.
///
/// Two details of `apertium -f line` (Apertium 3.8) shape the input: it drops a sentence-final
/// period unless the line ends with a space, so each line gets one; and an empty line is never
/// sent (its translation is empty). Every mode but the last runs with `-u`; the last keeps its
/// marks (`*` unknown word, `#` and `@` words the generator or transfer could not handle), which
/// tell the caller what the route left untranslated.
///
/// When a process crashes, hangs past its time limit or returns another number of lines, the
/// lines are split in halves and each half run alone until the one line it fails on is found;
/// the error names it.
public struct ApertiumEngine: Sendable {
  /// How long one process may run: `base` seconds plus `perLine` seconds per line.
  public struct TimeLimit: Sendable, Hashable {
    /// Seconds any run may take.
    public var base: Double
    /// Seconds more per line (Apertium translates some hundreds of lines a second per mode).
    public var perLine: Double

    /// Creates a limit; by default 10 s plus 50 ms a line.
    public init(base: Double = 10, perLine: Double = 0.05) {
      self.base = base
      self.perLine = perLine
    }

    /// The limit for `lines` lines.
    public func seconds(lines: Int) -> Double { base + perLine * Double(lines) }
  }

  /// The path of the `apertium` program.
  public var executable: String
  /// The time limit of each process.
  public var timeLimit: TimeLimit

  /// Creates an engine around the `apertium` program at `executable`.
  public init(executable: String, timeLimit: TimeLimit = TimeLimit()) {
    self.executable = executable
    self.timeLimit = timeLimit
  }

  /// The lines translated along `route`, one output line per input line, with the last mode's
  /// unknown-word marks. Lines must not contain line breaks.
  public func translate(_ lines: [String], route: ApertiumRoute) throws(TranslationError)
    -> [String]
  {
    let sent = lines.indices.filter {
      !lines[$0].allSatisfy { $0.isWhitespace }
    }
    var current = sent.map { lines[$0] }
    for (step, mode) in route.modes.enumerated() {
      let marks = step == route.modes.count - 1
      switch run(current, mode: mode, marks: marks) {
      case .success(let output):
        current = output
      case .failure(let reason):
        let culprit = locate(current, mode: mode, marks: marks, range: current.indices)
        if let culprit {
          let index = sent[culprit.line]
          throw TranslationError(
            "apertium \(mode) failed (\(culprit.reason)) on “\(Self.excerpt(lines[index]))”",
            line: index)
        }
        throw TranslationError("apertium \(mode) failed on this text (\(reason))")
      }
    }
    var result = [String](repeating: "", count: lines.count)
    for (position, index) in sent.enumerated() { result[index] = current[position] }
    return result
  }

  /// The outcome of one process.
  enum Run {
    case success([String])
    case failure(String)
  }

  /// One process of `mode` over `lines`.
  func run(_ lines: [String], mode: String, marks: Bool) -> Run {
    guard !lines.isEmpty else { return .success([]) }
    var input: [UInt8] = []
    for line in lines {
      input += line.utf8
      input += [0x20, 0x0A]
    }
    let file: String
    do throws(Subprocess.SpawnError) {
      file = try Subprocess.temporaryFile(input, prefix: "bitext-mt")
    } catch {
      return .failure("cannot write its input: \(error)")
    }
    defer { unlink(file) }
    let limit = timeLimit.seconds(lines: lines.count)
    let output: Subprocess.Output
    do throws(Subprocess.SpawnError) {
      output = try Subprocess.run(
        executable, arguments: (marks ? [] : ["-u"]) + ["-f", "line", mode], input: file,
        timeLimit: limit)
    } catch {
      return .failure("cannot run \(executable): \(error)")
    }
    if output.timedOut {
      return .failure("no answer within \(String(format: "%.0f", limit)) s")
    }
    let messages = String(decoding: output.error, as: UTF8.self)
      .split(whereSeparator: \.isNewline).prefix(2).joined(separator: "; ")
    if output.signaled {
      return .failure("crashed with signal \(output.status)")
    }
    guard output.status == 0 else {
      return .failure(
        "exit status \(output.status)" + (messages.isEmpty ? "" : ": \(messages)"))
    }
    var translated = String(decoding: output.output, as: UTF8.self)
      .split(separator: "\n", omittingEmptySubsequences: false)
      .map {
        String($0.drop(while: { $0 == " " }).reversed().drop(while: \.isWhitespace).reversed())
      }
    if translated.last == "" { translated.removeLast() }
    guard translated.count == lines.count else {
      return .failure("\(translated.count) lines out for \(lines.count) in")
    }
    return .success(translated)
  }

  /// The first line in `range` that `mode` fails on when run alone or with fewer lines, found
  /// by halving, or nil when every part succeeds alone.
  func locate(_ lines: [String], mode: String, marks: Bool, range: Range<Int>)
    -> (line: Int, reason: String)?
  {
    if range.count == 1 {
      if case .failure(let reason) = run([lines[range.lowerBound]], mode: mode, marks: marks) {
        return (range.lowerBound, reason)
      }
      return nil
    }
    let middle = range.lowerBound + range.count / 2
    for half in [range.lowerBound..<middle, middle..<range.upperBound] {
      if case .failure = run(Array(lines[half]), mode: mode, marks: marks) {
        return locate(lines, mode: mode, marks: marks, range: half)
      }
    }
    return nil
  }

  /// The start of a line, for messages.
  static func excerpt(_ line: String) -> String {
    line.count <= 60 ? line : String(line.prefix(57)) + "…"
  }
}
