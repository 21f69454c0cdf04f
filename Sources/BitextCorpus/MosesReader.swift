import BitextText

/// Reads a Moses corpus: two files whose line i are the two sides of bead i. The files must
/// have the same number of lines. An empty line is an empty side.
struct MosesReader {
  /// The source file's path, named in errors.
  var sourcePath: String
  /// The target file's path, named in errors.
  var targetPath: String

  func read(source: String, target: String, sourceLanguage: String, targetLanguage: String)
    throws(CorpusError) -> AlignedCorpus
  {
    let sourceLines = TextFile.lines(source)
    let targetLines = TextFile.lines(target)
    guard sourceLines.count == targetLines.count else {
      let shorter = sourceLines.count < targetLines.count ? sourcePath : targetPath
      throw .malformed(
        path: shorter, line: min(sourceLines.count, targetLines.count) + 1, column: nil,
        message:
          "the Moses files differ in length: \(sourcePath) has \(sourceLines.count) lines, \(targetPath) has \(targetLines.count)"
      )
    }
    var corpus = AlignedCorpus(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    corpus.beads.reserveCapacity(sourceLines.count)
    var nextSource = 0
    var nextTarget = 0
    for (sourceLine, targetLine) in zip(sourceLines, targetLines) {
      let bead = AlignedBead(
        index: corpus.beads.count,
        sourceIDs: nextSource..<(nextSource + (sourceLine.isEmpty ? 0 : 1)),
        targetIDs: nextTarget..<(nextTarget + (targetLine.isEmpty ? 0 : 1)),
        source: sourceLine.isEmpty ? [] : [AlignedSentence(text: String(sourceLine))],
        target: targetLine.isEmpty ? [] : [AlignedSentence(text: String(targetLine))])
      nextSource = bead.sourceIDs.upperBound
      nextTarget = bead.targetIDs.upperBound
      corpus.beads.append(bead)
    }
    return corpus
  }
}
