import BitextCorpus

/// Expected results of formats that keep one text per side.
enum RoundTrip {
  /// The corpus as a one-text-per-side format reads it back: each side joined with a space and
  /// passed through `transform`; with `keepPlacement` false, documents become `""`, indices the
  /// row number and ids are counted through the file.
  static func flattened(
    _ corpus: AlignedCorpus, keepPlacement: Bool, keepScore: Bool = true,
    transform: (String) -> String = { $0 }
  ) -> AlignedCorpus {
    var result = AlignedCorpus(
      sourceLanguage: corpus.sourceLanguage, targetLanguage: corpus.targetLanguage)
    var nextSource = 0
    var nextTarget = 0
    for (row, bead) in corpus.beads.enumerated() {
      let source = transform(bead.sourceText)
      let target = transform(bead.targetText)
      let sourceIDs =
        keepPlacement ? bead.sourceIDs : nextSource..<(nextSource + (source.isEmpty ? 0 : 1))
      let targetIDs =
        keepPlacement ? bead.targetIDs : nextTarget..<(nextTarget + (target.isEmpty ? 0 : 1))
      nextSource = sourceIDs.upperBound
      nextTarget = targetIDs.upperBound
      result.beads.append(
        AlignedBead(
          document: keepPlacement ? bead.document : "", index: keepPlacement ? bead.index : row,
          sourceIDs: sourceIDs, targetIDs: targetIDs, score: keepScore ? bead.score : 1,
          source: source.isEmpty ? [] : [AlignedSentence(text: source)],
          target: target.isEmpty ? [] : [AlignedSentence(text: target)]))
    }
    return result
  }
}
