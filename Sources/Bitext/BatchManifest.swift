import BitextText
import Foundation

/// The list of document pairs a batch run aligns, read from a TSV manifest:
///
/// ```
/// # id    source            target            [source lang  target lang]
/// ch01    fr/ch01.txt       en/ch01.txt
/// ch02    fr/ch02.txt       en/ch02.txt       fr            en
/// ```
///
/// Fields are separated by tabs; a line holds three fields (the languages come from the
/// defaults) or five. Blank lines and lines whose first non-blank character is `#` are ignored. Relative paths are
/// relative to the manifest's folder. Identifiers name the output files, so they must be
/// unique, non-empty, and must not contain `/`, control or invisible format characters
/// (U+FEFF, U+200B…), or start with `.`. A byte order mark before the first line is dropped.
public struct BatchManifest: Sendable, Hashable {
  /// One document pair of a manifest.
  public struct Entry: Sendable, Hashable {
    /// The pair's identifier (the output file's base name).
    public var id: String
    /// The source text's path (absolute, or as given when the manifest has no folder).
    public var sourcePath: String
    /// The target text's path.
    public var targetPath: String
    /// The source language (BCP 47).
    public var sourceLanguage: String
    /// The target language (BCP 47).
    public var targetLanguage: String
    /// The 1-based line of the manifest the pair comes from.
    public var line: Int

    /// Creates an entry.
    public init(
      id: String, sourcePath: String, targetPath: String, sourceLanguage: String,
      targetLanguage: String, line: Int
    ) {
      self.id = id
      self.sourcePath = sourcePath
      self.targetPath = targetPath
      self.sourceLanguage = sourceLanguage
      self.targetLanguage = targetLanguage
      self.line = line
    }
  }

  /// The pairs, in manifest order.
  public var entries: [Entry]

  /// Creates a manifest from entries.
  public init(entries: [Entry]) {
    self.entries = entries
  }

  /// Parses manifest text.
  ///
  /// - Parameters:
  ///   - text: the manifest's contents.
  ///   - name: the manifest's name in error messages.
  ///   - baseDirectory: the folder relative paths are resolved against (nil keeps them as
  ///     given).
  ///   - sourceLanguage: the source language of three-field lines.
  ///   - targetLanguage: the target language of three-field lines.
  /// - Throws: ``BatchManifestError`` naming the first bad line.
  public static func parse(
    _ text: String, name: String = "manifest", baseDirectory: String? = nil,
    sourceLanguage: String? = nil, targetLanguage: String? = nil
  ) throws(BatchManifestError) -> BatchManifest {
    var entries: [Entry] = []
    var firstLine: [String: Int] = [:]
    var lineNumber = 0
    // "\r\n" is one Character in Swift: both line ends are separators.
    let body =
      text.unicodeScalars.first == "\u{FEFF}" ? Substring(text.dropFirst()) : Substring(text)
    let lines = body.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    for rawLine in lines {
      lineNumber += 1
      var line = Substring(rawLine)
      if line.last == "\r" { line = line.dropLast() }
      let content = line.drop(while: { $0 == " " || $0 == "\t" })
      if content.isEmpty || content.first == "#" { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
        String($0).trimmingCharacters(in: .whitespaces)
      }
      func fail(_ message: String) -> BatchManifestError {
        BatchManifestError(file: name, line: lineNumber, message: message)
      }
      guard fields.count == 3 || fields.count == 5 else {
        throw fail(
          "expected 3 or 5 tab-separated fields (id, source, target[, source lang, target lang]), found \(fields.count)"
        )
      }
      let id = fields[0]
      if let problem = Self.problem(withID: id) { throw fail(problem) }
      if let previous = firstLine[id] {
        throw fail("duplicate id \"\(id)\" (first on line \(previous))")
      }
      guard !fields[1].isEmpty, !fields[2].isEmpty else {
        throw fail("empty \(fields[1].isEmpty ? "source" : "target") path")
      }
      let codes: (String, String)
      if fields.count == 5 {
        guard !fields[3].isEmpty, !fields[4].isEmpty else {
          throw fail("empty \(fields[3].isEmpty ? "source" : "target") language")
        }
        codes = (fields[3], fields[4])
      } else {
        guard let sourceLanguage, let targetLanguage else {
          throw fail(
            "no languages: add source and target language fields or give default languages"
          )
        }
        codes = (sourceLanguage, targetLanguage)
      }
      let languages: (String, String)
      do {
        languages = (try LanguageTag(codes.0).description, try LanguageTag(codes.1).description)
      } catch {
        throw fail(error.description)
      }
      firstLine[id] = lineNumber
      entries.append(
        Entry(
          id: id, sourcePath: resolve(fields[1], against: baseDirectory),
          targetPath: resolve(fields[2], against: baseDirectory), sourceLanguage: languages.0,
          targetLanguage: languages.1, line: lineNumber))
    }
    return BatchManifest(entries: entries)
  }

  /// Why `id` cannot name an output file, or nil when it can.
  static func problem(withID id: String) -> String? {
    if id.isEmpty { return "empty id" }
    if id.contains("/") || id.contains("\0") {
      return "id \"\(id)\" contains a character not allowed in a file name (/ or NUL)"
    }
    if id.hasPrefix(".") { return "id \"\(id)\" starts with \".\" (hidden or special file name)" }
    if let bad = id.unicodeScalars.first(where: {
      $0.properties.generalCategory == .control || $0.properties.generalCategory == .format
        || $0 == "\u{2028}" || $0 == "\u{2029}"
    }) {
      return
        "id \"\(id.debugDescription.dropFirst().dropLast())\" contains the invisible character "
        + "\(bad.escaped(asASCII: true)), not allowed in a file name"
    }
    return nil
  }

  private static func resolve(_ path: String, against base: String?) -> String {
    guard let base, !path.hasPrefix("/") else { return path }
    return URL(fileURLWithPath: base, isDirectory: true).appendingPathComponent(path).path
  }
}

/// A manifest line that cannot be used, with where it is (`manifest:line: message`).
public typealias BatchManifestError = LineIssue
