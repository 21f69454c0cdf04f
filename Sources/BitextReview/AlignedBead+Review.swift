import BitextCorpus

extension AlignedBead {
  /// The number of source sentences: the ids the bead covers, else its sentences.
  var sourceSentenceCount: Int { sourceIDs.isEmpty ? source.count : sourceIDs.count }
  /// The number of target sentences: the ids the bead covers, else its sentences.
  var targetSentenceCount: Int { targetIDs.isEmpty ? target.count : targetIDs.count }
  /// Whether the bead has no source text.
  var hasEmptySource: Bool { source.allSatisfy { $0.text.allSatisfy(\.isWhitespace) } }
  /// Whether the bead has no target text.
  var hasEmptyTarget: Bool { target.allSatisfy { $0.text.allSatisfy(\.isWhitespace) } }
}
