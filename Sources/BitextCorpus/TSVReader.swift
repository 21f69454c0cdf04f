import BitextText

/// Reads Bitext's TSV (see ``TSVEscaping``): `source<TAB>target[<TAB>score]` per line.
///
/// A first line that is exactly `source<TAB>target` or `source<TAB>target<TAB>score` is taken
/// as a header. The first data row fixes the number of fields (2 or 3); a row with another count
/// is an error naming its line. Each row becomes a bead with one sentence per non-empty side;
/// sentence ids are counted from 0 through the file.
struct TSVReader {
  /// The path named in errors.
  var path: String

  func read(_ text: String, sourceLanguage: String, targetLanguage: String) throws(CorpusError)
    -> AlignedCorpus
  {
    var corpus = AlignedCorpus(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    var fieldCount: Int?
    var nextSource = 0
    var nextTarget = 0
    for (offset, line) in TextFile.lines(text).enumerated() {
      let lineNumber = offset + 1
      if offset == 0 && (line == "source\ttarget" || line == "source\ttarget\tscore") { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      if let expected = fieldCount {
        guard fields.count == expected else {
          throw .malformed(
            path: path, line: lineNumber, column: nil,
            message: "expected \(expected) tab-separated fields, found \(fields.count)")
        }
      } else {
        guard fields.count == 2 || fields.count == 3 else {
          throw .malformed(
            path: path, line: lineNumber, column: nil,
            message:
              "expected 2 or 3 tab-separated fields (source, target, score), found \(fields.count)")
        }
        fieldCount = fields.count
      }
      let source = try unescape(fields[0], line: line, lineNumber: lineNumber)
      let target = try unescape(fields[1], line: line, lineNumber: lineNumber)
      var score = 1.0
      if fields.count == 3 {
        guard let parsed = ScoreText.parse(fields[2]) else {
          throw .malformed(
            path: path, line: lineNumber, column: column(of: fields[2], in: line),
            message: "the score \"\(fields[2].prefix(30))\" is not \(ScoreText.expectation)")
        }
        score = parsed
      }
      let bead = AlignedBead(
        index: corpus.beads.count,
        sourceIDs: nextSource..<(nextSource + (source.isEmpty ? 0 : 1)),
        targetIDs: nextTarget..<(nextTarget + (target.isEmpty ? 0 : 1)),
        score: score,
        source: source.isEmpty ? [] : [AlignedSentence(text: source)],
        target: target.isEmpty ? [] : [AlignedSentence(text: target)])
      nextSource = bead.sourceIDs.upperBound
      nextTarget = bead.targetIDs.upperBound
      corpus.beads.append(bead)
    }
    return corpus
  }

  private func unescape(_ field: Substring, line: Substring, lineNumber: Int) throws(CorpusError)
    -> String
  {
    switch TSVEscaping.unescape(field) {
    case .success(let text): return text
    case .failure(let bad):
      throw .malformed(
        path: path, line: lineNumber, column: column(of: field, in: line) + bad.byteOffset,
        message: "unknown backslash escape (known: \\\\ \\t \\n \\r \\u00XX)")
    }
  }

  /// The 1-based byte column where `field` starts in `line`.
  private func column(of field: Substring, in line: Substring) -> Int {
    line.utf8.distance(from: line.utf8.startIndex, to: field.utf8.startIndex) + 1
  }
}
