import BitextText

/// A problem found in one line of a lexicon file: reported, and the rest of the file still read.
public typealias LexiconIssue = LineIssue

/// A failure that stops reading or writing a lexicon.
public enum LexiconError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A FreeDict dictionary is not installed; `package` is the Debian package that provides it.
  case dictionaryNotInstalled(pair: String, package: String, searched: [String])
  /// A file could not be read or written, or is not UTF-8 text.
  case file(FileError)
  /// A compressed file is corrupt.
  case corruptCompressedData(file: String, reason: String)
  /// A language code that is not understood.
  case unknownLanguage(String)
  /// A lexicon name that cannot be part of a file name (see ``LexiconStore/nameProblem(_:)``).
  case invalidName(String, reason: String)
  /// A lexicon with no valid entry: nothing is installed.
  case empty(path: String)

  /// A message for the user.
  public var description: String {
    switch self {
    case .dictionaryNotInstalled(let pair, let package, let searched):
      "FreeDict dictionary \(pair) is not installed (looked in \(searched.joined(separator: ", ")));"
        + " install it with: apt-get install \(package)"
    case .file(let error): "\(error)"
    case .corruptCompressedData(let file, let reason): "\(file): corrupt compressed data: \(reason)"
    case .unknownLanguage(let code):
      "unknown language code '\(code)': a lexicon pair is two codes joined by '-' (fra-eng, fr-en),"
        + " each an ISO 639-1 or 639-3 code of a language FreeDict publishes (fr, fra, en, eng, de…)"
    case .invalidName(let name, let reason):
      "invalid lexicon name \(Self.quoted(name)): \(reason); choose one with --name"
    case .empty(let path):
      "\(path): not written: the lexicon has no valid entry"
    }
  }

  /// A name quoted with its invisible characters shown as escapes.
  private static func quoted(_ name: String) -> String {
    var out = "'"
    for scalar in name.unicodeScalars {
      if scalar.properties.generalCategory == .control || scalar.properties.isWhitespace {
        out += scalar.escaped(asASCII: true)
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out + "'"
  }
}
