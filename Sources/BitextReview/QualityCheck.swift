import BitextAlign
import BitextCorpus

/// Checks an aligned corpus bead by bead and raises the ``BeadFlag``s a reviewer should see,
/// each with a short reason the reviewer can check.
///
/// The corpus is checked document by document (``AlignedCorpus/documents``): runs of
/// omissions, the expected length ratio and the words written in lower case are those of the
/// bead's own document. Each flag has its detector, configured here.
public struct QualityCheck: Sendable, Hashable {
  /// Beads scoring below this are flagged ``BeadFlag/lowConfidence``.
  public var lowScore: Double
  /// The flags raised; the others are not checked.
  public var flags: Set<BeadFlag> = Set(BeadFlag.allCases)
  /// The ``BeadFlag/numberMismatch`` check.
  public var numbers = NumberMismatchDetector()
  /// The ``BeadFlag/urlMismatch`` check.
  public var links = LinkMismatchDetector()
  /// The ``BeadFlag/nameMismatch`` check.
  public var names = NameMismatchDetector()
  /// The ``BeadFlag/lengthRatio`` check.
  public var lengthRatio = LengthRatioDetector()
  /// The ``BeadFlag/untranslated`` check.
  public var untranslated = UntranslatedDetector()

  /// Creates a check.
  public init(lowScore: Double = 0.5) {
    self.lowScore = lowScore
  }

  /// The ``BeadFlag/omission`` check.
  public var omissions = OmissionDetector()

  /// The flags of every bead of `corpus`, document by document; the report's notes are
  /// parallel to the corpus's beads, each bead's in ``BeadFlag`` order. With `embeddings`,
  /// the omission check also looks for sentences with no close match nearby
  /// (``SentenceCloseness``).
  public func report(_ corpus: AlignedCorpus, embeddings: (any EmbeddingEvidence)? = nil)
    -> QualityReport
  {
    var notes = [[BeadFlagNote]](repeating: [], count: corpus.beads.count)
    for indices in Self.documentIndices(corpus.beads) {
      let beads = indices.map { corpus.beads[$0] }
      let closeness =
        flags.contains(.omission)
        ? embeddings.map { SentenceCloseness(beads: beads, embeddings: $0) } : nil
      let found = documentNotes(
        beads, languages: (corpus.sourceLanguage, corpus.targetLanguage), closeness: closeness)
      for (offset, index) in indices.enumerated() { notes[index] = found[offset] }
    }
    return QualityReport(notes: notes)
  }

  /// The notes of the beads of one document, in order.
  func documentNotes(
    _ beads: [AlignedBead], languages: (String, String), closeness: SentenceCloseness? = nil
  ) -> [[BeadFlagNote]] {
    var notes = [[BeadFlagNote]](repeating: [], count: beads.count)
    func add(_ flag: BeadFlag, _ found: () -> [BeadFlagNote?]) {
      guard flags.contains(flag) else { return }
      for (index, note) in found().enumerated() {
        if let note { notes[index].append(note) }
      }
    }
    let lowConfidence = LowConfidenceDetector(lowScore: lowScore)
    add(.lowConfidence) { beads.map(lowConfidence.note(for:)) }
    add(.omission) { omissions.notes(for: beads, closeness: closeness) }
    add(.numberMismatch) { beads.map { numbers.note(for: $0, languages: languages) } }
    add(.urlMismatch) { beads.map { links.note(for: $0, languages: languages) } }
    add(.nameMismatch) { names.notes(for: beads, languages: languages) }
    add(.lengthRatio) { lengthRatio.notes(for: beads) }
    add(.untranslated) { beads.map(untranslated.note(for:)) }
    add(.manyToMany) { beads.map(ManyToManyDetector().note(for:)) }
    return notes
  }

  /// The indices of the beads of each document, documents in order of first appearance.
  static func documentIndices(_ beads: [AlignedBead]) -> [[Int]] {
    var order: [String: Int] = [:]
    var groups: [[Int]] = []
    for (index, bead) in beads.enumerated() {
      if let group = order[bead.document] {
        groups[group].append(index)
      } else {
        order[bead.document] = groups.count
        groups.append([index])
      }
    }
    return groups
  }
}
