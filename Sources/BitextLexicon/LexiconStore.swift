import BitextText
import Foundation

/// The user's lexicon directory: files named `<src>-<tgt>.<name>.tsv` in the ``LexiconTSV``
/// format (`fr-en.freedict.tsv`, `fr-en.induced.tsv`, `fr-en.my-glossary.tsv`).
///
/// Loading a pair combines every file of that pair with every file of the reverse pair (read
/// reversed); each entry's provenance defaults to its file's `<name>`.
public struct LexiconStore: Sendable {
  /// The directory holding the lexicon files.
  public var directory: String

  /// Creates a store over a directory (created when a lexicon is first saved).
  public init(directory: String) {
    self.directory = directory
  }

  /// The default directory: `$BITEXT_LEXICON_DIR`, else `$XDG_DATA_HOME/bitext/lexicons`, else
  /// `~/.local/share/bitext/lexicons`.
  public static func defaultDirectory(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    DataDirectory.path("lexicons", overriddenBy: "BITEXT_LEXICON_DIR", environment: environment)
  }

  /// A lexicon file of the store.
  public struct File: Hashable, Sendable {
    /// The file's path.
    public var path: String
    /// The `<name>` part of the file name, the default provenance of its entries.
    public var name: String
    /// Whether the file is written in the reverse direction of the pair asked for.
    public var isReversed: Bool
  }

  /// What loading a pair produced.
  public struct Loaded: Sendable {
    /// The combined lexicon.
    public var lexicon: Lexicon
    /// The files read, in the order they were read.
    public var files: [File]
    /// Malformed lines skipped.
    public var issues: [LexiconIssue]
  }

  /// The path of the file `<src>-<tgt>.<name>.tsv`.
  public func path(source: String, target: String, name: String) -> String {
    URL(fileURLWithPath: directory)
      .appendingPathComponent(
        "\(LanguageCode.twoLetter(source))-\(LanguageCode.twoLetter(target)).\(name).tsv"
      ).path
  }

  /// The files of a pair (both directions), sorted by name, forward files first. A directory
  /// that does not exist holds none; a path that is a file, or a folder that cannot be listed,
  /// is an error.
  public func files(source: String, target: String) throws(LexiconError) -> [File] {
    let src = LanguageCode.twoLetter(source)
    let tgt = LanguageCode.twoLetter(target)
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder) else {
      return []
    }
    guard isFolder.boolValue else {
      throw .file(
        FileError(path: directory, .unreadable("a file, not the folder of lexicons expected")))
    }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory)
    } catch {
      throw .file(FileError(path: directory, .unreadable("the folder cannot be listed")))
    }
    var forward: [File] = []
    var backward: [File] = []
    for fileName in names.sorted() where fileName.hasSuffix(".tsv") && !fileName.hasPrefix(".") {
      let stem = fileName.dropLast(4)
      guard let dot = stem.firstIndex(of: ".") else { continue }
      let pair = stem[..<dot]
      let name = String(stem[stem.index(after: dot)...])
      guard !name.isEmpty else { continue }
      let path = URL(fileURLWithPath: directory).appendingPathComponent(fileName).path
      if pair == "\(src)-\(tgt)" {
        forward.append(File(path: path, name: name, isReversed: false))
      } else if pair == "\(tgt)-\(src)" && src != tgt {
        backward.append(File(path: path, name: name, isReversed: true))
      }
    }
    return forward + backward
  }

  /// Loads and combines every lexicon of a pair; `nil` when the store has none.
  public func load(source: String, target: String) throws(LexiconError) -> Loaded? {
    let found = try files(source: source, target: target)
    guard !found.isEmpty else { return nil }
    var lexicon = Lexicon(
      sourceLanguage: LanguageCode.twoLetter(source), targetLanguage: LanguageCode.twoLetter(target)
    )
    var issues: [LexiconIssue] = []
    for file in found {
      let text = try Gzip.readText(file.path)
      let parsed = LexiconTSV.parse(text, file: file.path, provenance: file.name)
      issues += parsed.issues
      for entry in parsed.entries {
        if file.isReversed {
          lexicon.add(
            LexiconEntry(
              source: entry.target, target: entry.source, weight: entry.weight,
              provenance: entry.provenance))
        } else {
          lexicon.add(entry)
        }
      }
    }
    return Loaded(lexicon: lexicon, files: found, issues: issues)
  }

  /// Why `name` cannot name a lexicon file, or nil when it can: a name is 1 to 100 letters,
  /// digits, `_`, `-`, `+` and `.`, and does not start with `.` or `-` (so it is never hidden,
  /// never an option, never a path and never holds white space or control characters).
  public static func nameProblem(_ name: String) -> String? {
    if name.isEmpty { return "it is empty" }
    if name.count > 100 { return "it is longer than 100 characters" }
    if name.hasPrefix(".") || name.hasPrefix("-") { return "it starts with '\(name.first!)'" }
    for scalar in name.unicodeScalars {
      let allowed =
        scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
        || "_-+.".unicodeScalars.contains(scalar)
      if !allowed {
        return "it holds \(scalar.escaped(asASCII: true)); use letters, digits, _, -, + and ."
      }
    }
    return nil
  }

  /// Writes a lexicon as `<src>-<tgt>.<name>.tsv` atomically; returns the path and byte count.
  /// Refuses a name ``nameProblem(_:)`` rejects and a lexicon without entries.
  @discardableResult
  public func save(_ lexicon: Lexicon, name: String, header: [String] = []) throws(LexiconError)
    -> (path: String, bytes: Int)
  {
    if let reason = Self.nameProblem(name) { throw .invalidName(name, reason: reason) }
    let path = path(source: lexicon.sourceLanguage, target: lexicon.targetLanguage, name: name)
    guard lexicon.count > 0 else { throw .empty(path: path) }
    let text = LexiconTSV.serialize(lexicon, header: header, defaultProvenance: name)
    try Self.writeAtomically(text, to: path)
    return (path, text.utf8.count)
  }

  /// Reads one lexicon file in the ``LexiconTSV`` format (plain or gzip).
  public static func read(
    file: String, sourceLanguage: String, targetLanguage: String, provenance: String
  ) throws(LexiconError) -> (lexicon: Lexicon, issues: [LexiconIssue]) {
    let parsed = LexiconTSV.parse(try Gzip.readText(file), file: file, provenance: provenance)
    return (
      Lexicon(
        sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, entries: parsed.entries),
      parsed.issues
    )
  }

  /// Writes text to a file atomically (``AtomicFile``).
  public static func writeAtomically(_ text: String, to path: String) throws(LexiconError) {
    do { try AtomicFile.write(text.utf8, to: path) } catch { throw .file(error) }
  }
}
