/// Why a text input was refused. Every case names enough to find the problem in the file.
public enum TextInputError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The bytes are not UTF-8; `offset` is the byte offset of the first invalid byte.
  case invalidUTF8(offset: Int)
  /// The bytes are not valid in the named encoding; `offset` is the byte offset of the
  /// first byte that is not.
  case invalidEncoding(String, offset: Int)
  /// The input holds a NUL byte or other binary data at `offset`.
  case binary(offset: Int)
  /// ICU failed while normalizing or breaking the text.
  case icu(ICUError)

  /// The message shown to the user.
  public var description: String {
    switch self {
    case .invalidUTF8(let offset):
      "invalid UTF-8 at byte offset \(offset)"
    case .invalidEncoding(let name, let offset):
      "invalid \(name) at byte offset \(offset)"
    case .binary(let offset):
      "binary data (NUL or control bytes) at byte offset \(offset); expected plain UTF-8 text"
    case .icu(let error):
      "text processing failed: \(error)"
    }
  }
}
