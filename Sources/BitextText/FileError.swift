/// Why a file could not be read or written: the path and what went wrong there, so the user
/// can find the problem (`notes.txt:3: invalid UTF-8 at byte offset 41`).
public struct FileError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong.
  public enum Problem: Sendable, Equatable {
    /// Nothing exists at the path.
    case missing
    /// The path is a directory where a file was expected.
    case isDirectory
    /// The file exists but could not be read; the reason is the system's.
    case unreadable(String)
    /// The file could not be written; the reason is the system's.
    case unwritable(String)
    /// The bytes are not UTF-8 text; `line` (1-based) holds the byte at the error's offset.
    case notText(TextInputError, line: Int)
    /// The text could not be processed (normalization or segmentation failed in ICU).
    case unprocessable(TextInputError)
    /// The input holds more than `limit` bytes, the most read from one input (an endless
    /// stream such as `yes |`, or a file too large to align).
    case tooLarge(limit: Int)
    /// The file is in a known format but cannot be read as such: a corrupt zip, a Word file
    /// without its document part, an encrypted or scanned PDF. `location` says where, when
    /// known (`word/document.xml:12:5`, `page 3`), and `reason` what is wrong and what to do.
    case malformed(location: String, reason: String)
  }

  /// The file's path as the user gave it (`<stdin>` for standard input).
  public var path: String
  /// What went wrong.
  public var problem: Problem
  /// What the user can do about it, appended to the message (`name the encoding with
  /// --encoding`), or nil.
  public var hint: String?

  /// Creates an error.
  public init(path: String, _ problem: Problem, hint: String? = nil) {
    self.path = path
    self.problem = problem
    self.hint = hint
  }

  /// The message shown to the user.
  public var description: String {
    hint.map { "\(message); \($0)" } ?? message
  }

  /// The message without the hint.
  private var message: String {
    switch problem {
    case .missing: "\(path): no such file"
    case .isDirectory: "\(path): is a directory, expected a file"
    case .unreadable(let reason): "\(path): cannot be read (\(reason))"
    case .unwritable(let reason): "\(path): cannot be written (\(reason))"
    case .notText(let error, let line): "\(path):\(line): \(error)"
    case .unprocessable(let error): "\(path): \(error)"
    case .tooLarge(let limit):
      "\(path): larger than \(FileError.sizeText(limit)), the most Bitext reads from one input; not read"
    case .malformed(let location, let reason):
      location.isEmpty ? "\(path): \(reason)" : "\(path): \(location): \(reason)"
    }
  }

  /// A byte count in words: `1 GiB`, `64 KiB`, `100 bytes`.
  public static func sizeText(_ bytes: Int) -> String {
    for (unit, size) in [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)]
    where bytes >= size && bytes % size == 0 {
      return "\(bytes / size) \(unit)"
    }
    return "\(bytes) bytes"
  }
}
