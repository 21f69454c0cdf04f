/// Why a machine translation failed: the engine is missing, crashed, hung or broke the
/// one-line-per-line contract. When one input line is to blame, ``line`` says which, and the
/// caller names it as its user knows it (a file's line, a document's sentence).
public struct TranslationError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The message, ready for the user.
  public var message: String
  /// The 0-based index of the input line the engine failed on, when it is known.
  public var line: Int?

  /// Creates an error.
  public init(_ message: String, line: Int? = nil) {
    self.message = message
    self.line = line
  }

  public var description: String { line.map { "line \($0 + 1): \(message)" } ?? message }
}
