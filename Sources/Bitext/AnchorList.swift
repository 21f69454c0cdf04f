import BitextAlign
import BitextText
import Foundation

/// A user's anchors for an alignment, as an anchors file lists them, one a line (blank lines
/// and lines starting with `#` left out), tab- or space-separated:
///
/// ```
/// 12 14                               source sentence 12 and target sentence 14 start a bead
/// pattern ^CHAPTER [IVXLC]+$          a sentence matching it on both sides starts a bead
/// pattern ^Chapter \d+ ^Chapitre \d+  a source pattern and a target pattern
/// ```
///
/// Sentence ids are 0-based, as in the beads format and JSONL. A pattern (a regular
/// expression; `(?i)` for any case, tab-separated when it holds spaces) pairs its first match
/// on the source side with its first match on the target side, and so on: it must match as
/// many sentences on both sides.
public struct AnchorList: Hashable, Sendable {
  /// One line of the file.
  public enum Entry: Hashable, Sendable {
    /// A pair of sentence ids.
    case ids(source: Int, target: Int, line: Int)
    /// A source and a target pattern (the same for a one-pattern line).
    case pattern(source: String, target: String, line: Int)
  }

  /// The entries, in file order.
  public var entries: [Entry]
  /// The file named in errors.
  public var path: String

  /// Parses an anchors file's text; an error names the file and line of a malformed entry.
  public init(text: String, path: String) throws {
    self.path = path
    entries = []
    for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      let number = offset + 1
      let fields =
        line.contains("\t")
        ? line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
          .filter { !$0.isEmpty }
        : trimmed.split(separator: " ").map(String.init)
      if fields.first == "pattern" {
        guard fields.count == 2 || fields.count == 3 else {
          throw BitextError(
            "\(path), line \(number): a pattern line is `pattern REGEX` or `pattern SOURCE-REGEX TARGET-REGEX` (tab-separated when a pattern holds spaces)"
          )
        }
        for pattern in fields.dropFirst() {
          do {
            _ = try NSRegularExpression(pattern: pattern)
          } catch {
            throw BitextError("\(path), line \(number): '\(pattern)' is not a regular expression")
          }
        }
        entries.append(.pattern(source: fields[1], target: fields.last!, line: number))
      } else {
        guard fields.count == 2, let source = Int(fields[0]), let target = Int(fields[1]),
          source >= 0, target >= 0
        else {
          throw BitextError(
            "\(path), line \(number): expected two sentence ids (`12 14`) or a pattern line, found '\(trimmed)'"
          )
        }
        entries.append(.ids(source: source, target: target, line: number))
      }
    }
  }

  /// Reads an anchors file.
  public static func read(file path: String) throws -> AnchorList {
    try AnchorList(text: try TextFile.read(path), path: path)
  }

  /// The anchors for texts whose sentences are `source` and `target`; an error naming the
  /// file and line when an id lies outside the texts or a pattern matches more sentences on
  /// one side than on the other.
  public func anchors(source: [String], target: [String]) throws -> [AlignmentConstraints.Anchor] {
    var anchors: [AlignmentConstraints.Anchor] = []
    for entry in entries {
      switch entry {
      case .ids(let s, let t, let line):
        guard s <= source.count, t <= target.count else {
          throw BitextError(
            "\(path), line \(line): anchor \(s) \(t) lies outside the texts (\(source.count) source and \(target.count) target sentences)"
          )
        }
        anchors.append(AlignmentConstraints.Anchor(source: s, target: t))
      case .pattern(let sourcePattern, let targetPattern, let line):
        let sources = try Self.matches(sourcePattern, in: source)
        let targets = try Self.matches(targetPattern, in: target)
        guard sources.count == targets.count else {
          throw BitextError(
            "\(path), line \(line): the pattern matches \(sources.count) source and \(targets.count) target sentences; they must match as many to pair up"
              + Self.firstDifference(sources, targets, source: source, target: target))
        }
        anchors += zip(sources, targets).map {
          AlignmentConstraints.Anchor(source: $0, target: $1)
        }
      }
    }
    return anchors
  }

  /// The ids of the sentences `pattern` matches.
  private static func matches(_ pattern: String, in sentences: [String]) throws -> [Int] {
    let expression = try NSRegularExpression(pattern: pattern)
    return sentences.indices.filter { index in
      let text = sentences[index]
      return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
  }

  /// Where two lists of matches first part: the first matches that have no partner.
  private static func firstDifference(
    _ sources: [Int], _ targets: [Int], source: [String], target: [String]
  ) -> String {
    let count = min(sources.count, targets.count)
    if sources.count > count {
      return
        "; the first source match without a partner is sentence \(sources[count]) «\(source[sources[count]].prefix(60))»"
    }
    return
      "; the first target match without a partner is sentence \(targets[count]) «\(target[targets[count]].prefix(60))»"
  }
}
