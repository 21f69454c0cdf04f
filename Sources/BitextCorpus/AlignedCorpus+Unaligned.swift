extension AlignedCorpus {
  /// The corpus without its beads that have an empty side (1-0 and 0-1: sentences left without
  /// a counterpart), which translation-memory tools drop or refuse and which add empty lines
  /// to training data. The other beads keep their indices and sentence ids.
  public func withoutUnalignedSentences() -> AlignedCorpus {
    var corpus = self
    corpus.beads = beads.filter { !$0.sourceIDs.isEmpty && !$0.targetIDs.isEmpty }
    return corpus
  }
}

extension CorpusFormat {
  /// Whether `--drop-unaligned` leaves the beads with an empty side out of this format:
  /// TMX, TSV and Moses (JSONL and the beads format keep every bead).
  public var dropsUnalignedOnRequest: Bool { self == .tmx || self == .tsv || self == .moses }
}
