/// A problem with one line of an input file, with where it is: `file:line: message`, the form
/// compilers use. Reported as a warning (the rest of the file is still read: lexicon lines) or
/// thrown as an error (a batch manifest line, a malformed line of a language data file).
public struct LineIssue: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file (as given by the caller).
  public var file: String
  /// The 1-based line number.
  public var line: Int
  /// What is wrong with the line.
  public var message: String

  /// Creates an issue.
  public init(file: String, line: Int, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `file:line: message`.
  public var description: String { "\(file):\(line): \(message)" }
}
