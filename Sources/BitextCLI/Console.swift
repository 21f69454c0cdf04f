import Bitext
import Foundation

/// Where the command line talks to its user: results go to standard output, warnings, reports
/// and errors to standard error, every warning as `bitext: warning: …`.
enum Console {
  /// Writes text to standard output as it is.
  static func output(_ text: String) {
    guard !text.isEmpty else { return }
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Writes text to standard error as it is (summaries, progress).
  static func report(_ text: String) {
    guard !text.isEmpty else { return }
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// Prints a warning: something the user should know; the command goes on.
  static func warn(_ message: String) {
    report(warning(message))
  }

  /// The line of a warning, for displays that interleave warnings with progress.
  static func warning(_ message: String) -> String {
    "bitext: warning: \(message)\n"
  }

  /// Prints a note: information that needs no action.
  static func note(_ message: String) {
    report("bitext: note: \(message)\n")
  }

  /// Warns about the skipped lines of a file, at most `limit` of them and a count of the rest.
  static func warn(_ issues: [LineIssue], limit: Int = 20) {
    for issue in issues.prefix(limit) { warn("\(issue)") }
    if issues.count > limit { warn("\(issues.count - limit) more malformed line(s) skipped") }
  }
}
