import BitextText

/// A problem found in one line of a lexicon file: reported, and the rest of the file still read.
public typealias LexiconIssue = LineIssue

/// A failure that stops reading or writing a lexicon.
public enum LexiconError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A FreeDict dictionary is not installed; `package` is the Debian package that provides it.
  case dictionaryNotInstalled(pair: String, package: String, searched: [String])
  /// A file could not be read.
  case unreadable(file: String, reason: String)
  /// A file could not be written.
  case unwritable(file: String, reason: String)
  /// A compressed file is corrupt.
  case corruptCompressedData(file: String, reason: String)
  /// A file's bytes are not valid UTF-8 (`offset` is the first bad byte).
  case invalidUTF8(file: String, offset: Int)
  /// A language code that is not understood.
  case unknownLanguage(String)

  /// A message for the user.
  public var description: String {
    switch self {
    case .dictionaryNotInstalled(let pair, let package, let searched):
      "FreeDict dictionary \(pair) is not installed (looked in \(searched.joined(separator: ", ")));"
        + " install it with: apt-get install \(package)"
    case .unreadable(let file, let reason): "cannot read \(file): \(reason)"
    case .unwritable(let file, let reason): "cannot write \(file): \(reason)"
    case .corruptCompressedData(let file, let reason): "\(file): corrupt compressed data: \(reason)"
    case .invalidUTF8(let file, let offset): "\(file): invalid UTF-8 at byte offset \(offset)"
    case .unknownLanguage(let code): "unknown language code '\(code)'"
    }
  }
}
