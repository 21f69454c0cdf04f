/// Reads Bitext's language data files (`Dictionaries/<folder>/<language>.txt`): sections
/// opened by a line `[name]`, then one entry a line, words separated by white space; `#`
/// starts a comment; blank lines are skipped.
///
/// Every data parser of Bitext (segmentation profiles, lemma lists, grammar lists, English
/// inflection) reads its file through this one lexer and interprets the entries itself.
package enum SectionedData {
  /// One entry line of a data file.
  package struct Entry: Hashable, Sendable {
    /// The section the line belongs to (`""` before the first section header).
    package var section: String
    /// The 1-based line number, for error messages.
    package var line: Int
    /// The line's words, comment removed.
    package var words: [String]

    /// Creates an entry.
    package init(section: String, line: Int, words: [String]) {
      self.section = section
      self.line = line
      self.words = words
    }
  }

  /// The entry lines of a data file's text, in order, each with its section.
  package static func entries(_ text: String) -> [Entry] {
    var result: [Entry] = []
    var section = ""
    var number = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
      let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
      guard let first = words.first else { continue }
      if words.count == 1, first.hasPrefix("["), first.hasSuffix("]") {
        section = String(first.dropFirst().dropLast())
        result.append(Entry(section: section, line: number, words: []))
        continue
      }
      result.append(Entry(section: section, line: number, words: words))
    }
    return result
  }
}
