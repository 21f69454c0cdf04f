import BitextCorpus

/// Raises ``BeadFlag/omission`` on beads with an empty side (1-0, 0-1…). Consecutive such
/// beads make a run, a sign of a passage missing from one side or of a misalignment, and each
/// of them says how long the run is.
///
/// With sentence embeddings (``SentenceCloseness``) it also raises the flag on a bead whose
/// sides are both filled but one of whose sentences has no close match nearby: a sentence
/// left untranslated and merged into its neighbour's bead, or a bead paired wrongly. An
/// unaligned sentence that does have a close match nearby says so: the beads around it may be
/// misaligned rather than the sentence left out.
public struct OmissionDetector: Sendable, Hashable {
  /// A sentence of a filled bead whose closeness margin is below this has no close match. On
  /// the development sets' aligned output, 0.1 finds 85 % (Text+Berg) and 42 % (LIMSI) of the
  /// sentences the gold leaves unaligned, against 34 % and 28 % by empty beads alone, with
  /// precision 0.64 and 0.43 (0.74 and 0.60 by empty beads alone): `bitext-bench alignment
  /// --embeddings`.
  public var unmatchedMargin: Double
  /// An unaligned sentence whose closeness margin reaches this has a likely counterpart.
  public var matchedMargin: Double

  /// Creates a detector.
  public init(unmatchedMargin: Double = 0.1, matchedMargin: Double = 0.45) {
    self.unmatchedMargin = unmatchedMargin
    self.matchedMargin = matchedMargin
  }

  /// The notes of the beads of one document, in order: `source sentence with no translation
  /// (run of 3)`; with `closeness`, of the same beads, also `no close match nearby: source 2
  /// of 3 (margin 0.12)`.
  public func notes(for beads: [AlignedBead], closeness: SentenceCloseness? = nil)
    -> [BeadFlagNote?]
  {
    var notes: [BeadFlagNote?] = beads.map(note(for:))
    var start = 0
    while start < notes.count {
      guard notes[start] != nil else {
        start += 1
        continue
      }
      var end = start
      while end < notes.count, notes[end] != nil { end += 1 }
      if end - start > 1 {
        for index in start..<end { notes[index]?.reason += " (run of \(end - start))" }
      }
      start = end
    }
    guard let closeness else { return notes }
    for index in beads.indices {
      let matches = (
        source: closeness.source.indices.contains(index) ? closeness.source[index] : [],
        target: closeness.target.indices.contains(index) ? closeness.target[index] : []
      )
      if notes[index] != nil {
        // An unaligned sentence: its closest counterpart, when close.
        let sides = [("source", matches.source), ("target", matches.target)]
        for (name, side) in sides {
          guard let best = side.compactMap({ $0 }).max(by: { $0.margin < $1.margin }),
            best.margin >= matchedMargin, let counterpart = best.counterpart
          else { continue }
          let other = name == "source" ? "target" : "source"
          notes[index]?.reason +=
            "; close to \(other) [\(counterpart)] (margin \(Self.format(best.margin))): misaligned?"
        }
      } else {
        var parts: [String] = []
        for (name, side) in [("source", matches.source), ("target", matches.target)] {
          for (k, match) in side.enumerated() {
            guard let match, match.margin < unmatchedMargin else { continue }
            let which = side.count > 1 ? "\(name) \(k + 1) of \(side.count)" : name
            parts.append("\(which) (margin \(Self.format(match.margin)))")
          }
        }
        if !parts.isEmpty {
          notes[index] = BeadFlagNote(
            .omission, "no close match nearby: " + parts.joined(separator: ", "))
        }
      }
    }
    return notes
  }

  /// A margin with two decimals.
  static func format(_ margin: Double) -> String {
    LowConfidenceDetector.format(margin)
  }

  /// The note of one bead, without its run.
  func note(for bead: AlignedBead) -> BeadFlagNote? {
    switch (bead.hasEmptySource, bead.hasEmptyTarget) {
    case (false, true):
      let count = bead.sourceSentenceCount
      return BeadFlagNote(
        .omission,
        count > 1
          ? "\(count) source sentences with no translation" : "source sentence with no translation"
      )
    case (true, false):
      let count = bead.targetSentenceCount
      return BeadFlagNote(
        .omission,
        count > 1 ? "\(count) target sentences with no source" : "target sentence with no source")
    default:
      return nil
    }
  }
}
