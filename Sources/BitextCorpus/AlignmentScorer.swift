/// Strict and lax precision, recall and F1 of a test alignment against a gold one — the
/// definition of vecalign's `score.py` (after Sennrich & Volk 2011), so figures compare with
/// published ones.
///
/// Per document pair, ``counts(test:gold:)`` treats each side as a *set* of beads (duplicates
/// count once; ids are compared in the order written, as vecalign compares tuples) without the
/// beads empty on both sides. `M[s]` is the union of the target ids of every gold bead whose
/// source ids contain `s`. Each test bead that is in gold exactly is a strict and a lax true
/// positive; any other is a strict false positive, and a lax true positive if its target ids
/// meet the union of `M[s]` over its source ids, else a lax false positive (so an unmatched
/// insertion or deletion is always a lax false positive).
///
/// Precision counts `counts(test, gold)` over *all* test beads, insertions and deletions
/// included (as vecalign does); recall counts `counts(gold, test)` — roles swapped — after
/// dropping every bead with an empty side from both. Counts are summed over all document
/// pairs (micro-average); P = TP / (TP + FP), R likewise, F1 = 2PR / (P + R), and any 0/0 is 0.
public enum AlignmentScorer {
  /// Scores test alignments against gold ones, pair by pair (`gold[i]` with `test[i]`).
  ///
  /// - Precondition: `gold.count == test.count`.
  public static func score(gold: [[BeadLink]], test: [[BeadLink]]) -> AlignmentScores {
    precondition(gold.count == test.count, "gold and test must list the same number of documents")
    var precision = AlignmentCounts()
    var recall = AlignmentCounts()
    for (goldLinks, testLinks) in zip(gold, test) {
      precision += counts(test: testLinks, gold: goldLinks)
      let goldOneToSome = goldLinks.filter { !$0.source.isEmpty && !$0.target.isEmpty }
      let testOneToSome = testLinks.filter { !$0.source.isEmpty && !$0.target.isEmpty }
      recall += counts(test: goldOneToSome, gold: testOneToSome)
    }
    return AlignmentScores(precisionCounts: precision, recallCounts: recall)
  }

  /// Scores one document pair.
  public static func score(gold: [BeadLink], test: [BeadLink]) -> AlignmentScores {
    score(gold: [gold], test: [test])
  }

  /// The strict and lax true/false positives of `test` measured against `gold` (one document).
  ///
  /// Linear in the total number of ids: instead of building each `M[s]` (a bead of n source and
  /// m target sentences would give n sets of m ids), each id maps to the gold beads that hold
  /// it, and a test bead overlaps iff one of its targets lies in a gold bead that also holds
  /// one of its sources.
  public static func counts(test: [BeadLink], gold: [BeadLink]) -> AlignmentCounts {
    let testSet = Set(test.filter { !$0.source.isEmpty || !$0.target.isEmpty })
    let goldSet = Set(gold.filter { !$0.source.isEmpty || !$0.target.isEmpty })
    let goldBeads = Array(goldSet)
    var beadsOfSource: [Int: [Int]] = [:]
    var beadsOfTarget: [Int: [Int]] = [:]
    for (index, link) in goldBeads.enumerated() {
      for source in Set(link.source) { beadsOfSource[source, default: []].append(index) }
      for target in Set(link.target) { beadsOfTarget[target, default: []].append(index) }
    }
    var counts = AlignmentCounts()
    var reached = Set<Int>()
    for link in testSet {
      if goldSet.contains(link) {
        counts.strictTruePositives += 1
        counts.laxTruePositives += 1
        continue
      }
      counts.strictFalsePositives += 1
      reached.removeAll(keepingCapacity: true)
      for source in link.source { reached.formUnion(beadsOfSource[source] ?? []) }
      let overlaps = link.target.contains { target in
        (beadsOfTarget[target] ?? []).contains(where: reached.contains)
      }
      if overlaps {
        counts.laxTruePositives += 1
      } else {
        counts.laxFalsePositives += 1
      }
    }
    return counts
  }
}

/// True and false positive counts, strict and lax.
public struct AlignmentCounts: Hashable, Sendable {
  /// Beads found exactly in the reference.
  public var strictTruePositives = 0
  /// Beads not found exactly in the reference.
  public var strictFalsePositives = 0
  /// Beads that overlap the reference on both sides.
  public var laxTruePositives = 0
  /// Beads that do not overlap the reference on both sides.
  public var laxFalsePositives = 0

  /// Creates counts.
  public init(
    strictTruePositives: Int = 0, strictFalsePositives: Int = 0, laxTruePositives: Int = 0,
    laxFalsePositives: Int = 0
  ) {
    self.strictTruePositives = strictTruePositives
    self.strictFalsePositives = strictFalsePositives
    self.laxTruePositives = laxTruePositives
    self.laxFalsePositives = laxFalsePositives
  }

  /// Adds counts field by field.
  public static func += (lhs: inout AlignmentCounts, rhs: AlignmentCounts) {
    lhs.strictTruePositives += rhs.strictTruePositives
    lhs.strictFalsePositives += rhs.strictFalsePositives
    lhs.laxTruePositives += rhs.laxTruePositives
    lhs.laxFalsePositives += rhs.laxFalsePositives
  }

  /// TP / (TP + FP) for strict counts, 0 when there are none.
  public var strictRatio: Double {
    Self.ratio(strictTruePositives, strictTruePositives + strictFalsePositives)
  }

  /// TP / (TP + FP) for lax counts, 0 when there are none.
  public var laxRatio: Double { Self.ratio(laxTruePositives, laxTruePositives + laxFalsePositives) }

  private static func ratio(_ part: Int, _ whole: Int) -> Double {
    whole == 0 ? 0 : Double(part) / Double(whole)
  }
}

/// Precision, recall and F1, strict and lax, with the counts behind them.
public struct AlignmentScores: Hashable, Sendable {
  /// Counts of test beads against gold (precision).
  public var precisionCounts: AlignmentCounts
  /// Counts of gold beads against test, without beads with an empty side (recall).
  public var recallCounts: AlignmentCounts

  /// Creates scores from counts.
  public init(precisionCounts: AlignmentCounts, recallCounts: AlignmentCounts) {
    self.precisionCounts = precisionCounts
    self.recallCounts = recallCounts
  }

  /// Strict precision.
  public var strictPrecision: Double { precisionCounts.strictRatio }
  /// Strict recall.
  public var strictRecall: Double { recallCounts.strictRatio }
  /// Strict F1.
  public var strictF1: Double { Self.f1(strictPrecision, strictRecall) }
  /// Lax precision.
  public var laxPrecision: Double { precisionCounts.laxRatio }
  /// Lax recall.
  public var laxRecall: Double { recallCounts.laxRatio }
  /// Lax F1.
  public var laxF1: Double { Self.f1(laxPrecision, laxRecall) }

  private static func f1(_ precision: Double, _ recall: Double) -> Double {
    precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
  }
}
