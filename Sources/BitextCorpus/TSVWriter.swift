/// Writes TSV: one bead per line, `source<TAB>target<TAB>score` (or without the score), texts
/// escaped with ``TSVEscaping``, a side's sentences joined with a single space, lines ending in
/// LF. With `header`, the first line is `source<TAB>target[<TAB>score]`.
struct TSVWriter: CorpusEncoder {
  /// Whether to write the header line.
  var header: Bool
  /// Whether to write the score column.
  var score: Bool

  func begin(_ corpus: AlignedCorpus, into out: inout [UInt8]) {
    if header {
      out.append(contentsOf: (score ? "source\ttarget\tscore\n" : "source\ttarget\n").utf8)
    }
  }

  func encode(_ bead: AlignedBead, into out: inout [UInt8]) {
    TSVEscaping.append(bead.sourceText, to: &out)
    out.append(0x09)
    TSVEscaping.append(bead.targetText, to: &out)
    if score {
      out.append(0x09)
      out.append(contentsOf: ScoreText.format(bead.score).utf8)
    }
    out.append(0x0A)
  }
}
