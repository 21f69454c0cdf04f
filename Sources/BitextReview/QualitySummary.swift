import BitextCorpus

/// The QA lines `bitext run` prints: the flag counts, then the first flagged beads with their
/// reasons and the start of their text.
///
/// ```
/// flags: 12 beads flagged — omission 3, number mismatch 2, length ratio 7
///   [14]:[] omission: source sentence with no translation  «Le président…»
///   [20]:[21] number mismatch: 2022 only in source          «En 2022, la ville…»
///   … and 10 more
/// ```
///
/// In a corpus of several documents, each bead is preceded by its document's id.
public struct QualitySummary: Sendable, Hashable {
  /// The most beads listed.
  public var limit: Int
  /// The most characters of a bead's text shown.
  public var excerptLength = 40
  /// The widest the column before the excerpt is padded to.
  public var columnWidth = 60

  /// Creates a summary listing at most `limit` beads.
  public init(limit: Int = 5) {
    self.limit = limit
  }

  /// The lines for `report`, the report of `corpus`: the headline, then the beads, indented
  /// by two spaces, without final newlines.
  public func lines(_ report: QualityReport, corpus: AlignedCorpus) -> [String] {
    var lines = [FlagTally(report).headline]
    let flagged = zip(corpus.beads, report.notes).filter { !$0.1.isEmpty }
    let documents = Set(corpus.beads.map(\.document)).count
    let listed = flagged.prefix(limit).map { bead, notes in
      let link = BeadsFormat.line(bead.link)
      let place = documents > 1 ? "\(bead.document) \(link)" : link
      let reasons = notes.map { "\($0.flag.label): \($0.reason)" }.joined(separator: "; ")
      let text = bead.hasEmptySource ? bead.targetText : bead.sourceText
      return (head: "\(place) \(reasons)", excerpt: excerpt(text))
    }
    let width = min(columnWidth, listed.map(\.head.count).max() ?? 0)
    for line in listed {
      let padding = String(repeating: " ", count: max(0, width - line.head.count))
      lines.append("  \(line.head)\(padding)  «\(line.excerpt)»")
    }
    if flagged.count > limit { lines.append("  … and \(flagged.count - limit) more") }
    return lines
  }

  /// The start of `text`, its white space runs made single spaces, `…` when cut.
  func excerpt(_ text: String) -> String {
    let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    guard words.count > excerptLength else { return words }
    var cut = words.prefix(excerptLength)
    while cut.last == " " { cut = cut.dropLast() }
    return cut + "…"
  }
}
