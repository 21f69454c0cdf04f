import BitextText

/// Why a corpus could not be read or written. Every case names the file and, where it helps,
/// the line, column or byte offset, so the problem can be found.
public enum CorpusError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A file could not be read or written, or is not UTF-8 text (the error names the place).
  case file(FileError)
  /// The input breaks its format at a line (1-based) and, when known, a column (1-based).
  case malformed(path: String, line: Int, column: Int?, message: String)
  /// A request the chosen format cannot satisfy.
  case unsupported(String)

  /// The message shown to the user.
  public var description: String {
    switch self {
    case .file(let error):
      "\(error)"
    case .malformed(let path, let line, let column?, let message):
      "\(path):\(line):\(column): \(message)"
    case .malformed(let path, let line, nil, let message):
      "\(path):\(line): \(message)"
    case .unsupported(let message):
      message
    }
  }
}
