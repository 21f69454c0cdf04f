import BitextText

/// The research ("beads", vecalign) alignment format: one bead per line, `[source ids]:[target
/// ids]`, ids 0-based and separated by `, `, an empty side written `[]`. Examples: `[8, 9]:[10]`,
/// `[]:[16]` (an insertion), `[3]:[]` (a deletion).
///
/// The reader also accepts ids separated by commas without spaces or by extra spaces, and skips
/// blank lines.
public enum BeadsFormat {
  /// The lines of `links`, each ending in a newline.
  public static func format(_ links: [BeadLink]) -> String {
    var out: [UInt8] = []
    for link in links { appendLine(link, to: &out) }
    return String(decoding: out, as: UTF8.self)
  }

  /// One link as a line of the format, without the newline: `[8, 9]:[10]`.
  public static func line(_ link: BeadLink) -> String {
    var out: [UInt8] = []
    appendLine(link, to: &out)
    return String(decoding: out.dropLast(), as: UTF8.self)
  }

  /// Parses the beads format; `path` names the input in errors.
  public static func parse(_ text: String, path: String) throws(CorpusError) -> [BeadLink] {
    var links: [BeadLink] = []
    for (offset, content) in TextFile.lines(text).enumerated() {
      let lineNumber = offset + 1
      if content.trimmingSpaces.isEmpty { continue }
      guard let link = parseLine(content) else {
        throw .malformed(
          path: path, line: lineNumber, column: nil,
          message: "expected a bead like [8, 9]:[10], found \"\(content.prefix(60))\"")
      }
      links.append(link)
    }
    return links
  }

  /// Parses one line such as `[8, 9]:[10]`; nil if malformed.
  static func parseLine(_ line: Substring) -> BeadLink? {
    let sides = line.split(separator: ":", omittingEmptySubsequences: false)
    guard sides.count == 2, let source = parseIDs(sides[0]), let target = parseIDs(sides[1]) else {
      return nil
    }
    return BeadLink(source: source, target: target)
  }

  private static func parseIDs(_ text: Substring) -> [Int]? {
    let trimmed = text.trimmingSpaces
    guard trimmed.hasPrefix("["), trimmed.hasSuffix("]"), trimmed.count >= 2 else { return nil }
    let inner = trimmed.dropFirst().dropLast()
    if inner.trimmingSpaces.isEmpty { return [] }
    var ids: [Int] = []
    for part in inner.split(separator: ",", omittingEmptySubsequences: false) {
      guard let id = Int(part.trimmingSpaces), id >= 0 else { return nil }
      ids.append(id)
    }
    return ids
  }

  /// Appends one bead line (with its newline).
  static func appendLine(_ link: BeadLink, to out: inout [UInt8]) {
    appendIDs(link.source, to: &out)
    out.append(UInt8(ascii: ":"))
    appendIDs(link.target, to: &out)
    out.append(0x0A)
  }

  /// Appends ids as `[3, 4]` (`[]` when there are none).
  static func appendIDs<C: Collection<Int>>(_ ids: C, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "["))
    var first = true
    for id in ids {
      if !first { out.append(contentsOf: ", ".utf8) }
      first = false
      out.append(contentsOf: String(id).utf8)
    }
    out.append(UInt8(ascii: "]"))
  }
}

/// Writes a corpus in the beads format (ids only, no text).
struct BeadsWriter: CorpusEncoder {
  func encode(_ bead: AlignedBead, into out: inout [UInt8]) {
    BeadsFormat.appendLine(bead.link, to: &out)
  }
}
