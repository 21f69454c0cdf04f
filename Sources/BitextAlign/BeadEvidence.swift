import Foundation

/// What the aligner measured on one of its beads, beyond its place on the best path: the
/// inputs of the bead's calibrated confidence (``ConfidenceModel``).
public struct BeadEvidence: Hashable, Sendable {
  /// How much more the best path through the bead's end would cost with the next best bead
  /// there instead, at most 10.
  public var margin: Double
  /// The IDF-weighted share of the bead's words matched on the other side (0 for an
  /// insertion or deletion).
  public var similarity: Double
  /// The smallest share of a sentence's own words matched, over the bead's sentences.
  public var weakestShare: Double
  /// The best similarity of the same source sentences with the target run shifted by one
  /// sentence, or of the target run with the source run shifted by one.
  public var neighbourSimilarity: Double
  /// The length cost: −log of the two-tailed probability of the target length given the
  /// source length and the document's ratio (0 for an insertion or deletion).
  public var lengthCost: Double
  /// The IDF weight of all the bead's words: how much evidence there could be.
  public var weight: Double
  /// The share of the bead's weight in words matched not inside the bead but by the sentence
  /// just before or just after it on the other side: evidence that a boundary is misplaced.
  public var leak: Double
  /// The share of all paths near the best one, weighted by their probability under the cost
  /// model, that go through this bead (``PathPosterior``).
  public var posterior: Double = 1

  /// Creates evidence.
  public init(
    margin: Double, similarity: Double, weakestShare: Double, neighbourSimilarity: Double,
    lengthCost: Double, weight: Double, leak: Double
  ) {
    self.leak = leak
    self.margin = margin
    self.similarity = similarity
    self.weakestShare = weakestShare
    self.neighbourSimilarity = neighbourSimilarity
    self.lengthCost = lengthCost
    self.weight = weight
  }
}

extension BeadCosts {
  /// The evidence of the bead of `shape` starting at `(i, j)` whose path margin is `margin`.
  func evidence(
    _ shape: BeadShape, _ i: Int, _ j: Int, margin: Double, coverage: PairCoverage
  ) -> BeadEvidence {
    let sources = i..<(i + shape.source)
    let targets = j..<(j + shape.target)
    var weight = 0.0
    for s in sources { weight += source.totalWeights[s] }
    for t in targets { weight += target.totalWeights[t] }
    let leak = weight > 0 ? leakedWeight(sources, targets) / weight : 0
    guard shape.source > 0 && shape.target > 0 else {
      return BeadEvidence(
        margin: margin, similarity: 0, weakestShare: 0, neighbourSimilarity: 0, lengthCost: 0,
        weight: weight, leak: leak)
    }
    let sim = similarity(sources, targets, coverage: coverage, countsUnsupported: false).share
    var neighbour = 0.0
    for (ds, dt) in [(0, -1), (0, 1), (-1, 0), (1, 0)] {
      let s = sources.lowerBound + ds
      let t = targets.lowerBound + dt
      guard s >= 0, t >= 0, s + shape.source <= source.count, t + shape.target <= target.count
      else { continue }
      neighbour = max(
        neighbour,
        similarity(
          s..<(s + shape.source), t..<(t + shape.target), coverage: coverage,
          countsUnsupported: false
        ).share)
    }
    let sourceLength = source.lengthOffsets[sources.upperBound] - source.lengthOffsets[i]
    let targetLength = target.lengthOffsets[targets.upperBound] - target.lengthOffsets[j]
    return BeadEvidence(
      margin: margin, similarity: sim, weakestShare: weakestShare(sources, targets),
      neighbourSimilarity: neighbour,
      lengthCost: length.cost(source: sourceLength, target: targetLength), weight: weight,
      leak: leak)
  }

  /// The weight of the bead's words matched by the sentence just before or just after it on
  /// the other side and by none inside it.
  private func leakedWeight(_ sources: Range<Int>, _ targets: Range<Int>) -> Double {
    Self.leakedWeight(of: sources, in: source, against: targets, in: target)
      + Self.leakedWeight(of: targets, in: target, against: sources, in: source)
  }

  /// The weight of the words of `own` (sentences of `side`) that the sentence just before or
  /// just after `others` on the `other` side matches and none of `others` does.
  private static func leakedWeight(
    of own: Range<Int>, in side: SideFeatures, against others: Range<Int>,
    in other: SideFeatures
  ) -> Double {
    let outside = [others.lowerBound - 1, others.upperBound].filter { $0 >= 0 && $0 < other.count }
    var leaked = 0.0
    for k in own {
      var insideMask: UInt64 = 0
      var outsideMask: UInt64 = 0
      for o in others { insideMask |= SideFeatures.masks(k, of: side, o, of: other).source }
      for o in outside { outsideMask |= SideFeatures.masks(k, of: side, o, of: other).source }
      leaked += side.weight(of: outsideMask & ~insideMask, in: k)
    }
    return leaked
  }

  /// The smallest share of a sentence's own weight matched on the other side, over the
  /// sentences of a bead (sentences without weight left out; 1 when none has any).
  private func weakestShare(_ sources: Range<Int>, _ targets: Range<Int>) -> Double {
    var sourceMasks = [UInt64](repeating: 0, count: sources.count)
    var targetMasks = [UInt64](repeating: 0, count: targets.count)
    for (a, s) in sources.enumerated() {
      for (b, t) in targets.enumerated() {
        let masks = SideFeatures.masks(s, of: source, t, of: target)
        sourceMasks[a] |= masks.source
        targetMasks[b] |= masks.target
      }
    }
    var weakest = 1.0
    for (a, s) in sources.enumerated() where source.totalWeights[s] > 0 {
      weakest = min(weakest, source.weight(of: sourceMasks[a], in: s) / source.totalWeights[s])
    }
    for (b, t) in targets.enumerated() where target.totalWeights[t] > 0 {
      weakest = min(weakest, target.weight(of: targetMasks[b], in: t) / target.totalWeights[t])
    }
    return weakest
  }
}

extension BeadCosts {
  /// The document's evidence: the mean similarity of the beads with two sides, and of the same
  /// source runs with target runs a fifth, two fifths, three fifths and four fifths of the document away. ``DocumentEvidence/alignedShare``
  /// is left for the caller, which knows the calibrated scores.
  /// The one-sample t statistic of `values` against 0 (0 for fewer than two values).
  private static func tStatistic(_ values: [Double]) -> Double {
    guard values.count >= 2 else { return 0 }
    let count = Double(values.count)
    let mean = values.reduce(0, +) / count
    let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (count - 1)
    return mean / max(variance / count, 1e-12).squareRoot()
  }

  func documentEvidence(_ beads: [Bead], coverage: PairCoverage) -> DocumentEvidence {
    let m = target.count
    // Up to 7 neighbours each way, never closer than a sixth of the document to the bead.
    let shuffleWindow = max(0, min(7, m / 6 - 1))
    var paired = 0.0
    var shuffled = 0.0
    var differences: [Double] = []
    let pairedBeads = beads.filter { !$0.source.isEmpty && !$0.target.isEmpty }
    // At most about 3,000 beads, evenly spread, keep the cost bounded on long texts.
    let step = max(1, pairedBeads.count / 3000)
    for bead in stride(from: 0, to: pairedBeads.count, by: step).map({ pairedBeads[$0] }) {
      let own =
        similarity(bead.source, bead.target, coverage: coverage, countsUnsupported: false).share
      // The aligner chose each bead among its neighbours: the baseline chooses the best of as
      // many neighbours of a target run a third and two thirds of the document away.
      var baseline = 0.0
      for third in 1...2 {
        let center = (bead.target.lowerBound + third * m / 3) % m
        for shift in -shuffleWindow...shuffleWindow {
          let start = min(max(0, center + shift), m - bead.target.count)
          baseline = max(
            baseline,
            similarity(
              bead.source, start..<(start + bead.target.count), coverage: coverage,
              countsUnsupported: false
            ).share)
        }
      }
      paired += own
      shuffled += baseline
      differences.append(own - baseline)
    }
    let count = Double(differences.count)
    var t = Self.tStatistic(differences)
    // With embeddings, the same contrast on the beads' embedding similarity, combined with
    // the lexical one as two independent z-scores (Stouffer): a mis-paired document has no
    // pair closer than pairs drawn from elsewhere in either.
    if let embedding {
      var embeddingDifferences: [Double] = []
      for bead in stride(from: 0, to: pairedBeads.count, by: step).map({ pairedBeads[$0] }) {
        let a = bead.source.count
        let b = bead.target.count
        guard a <= embedding.source.maxLength, b <= embedding.target.maxLength else { continue }
        let own = embedding.similarity(a, b, bead.source.lowerBound, bead.target.lowerBound)
        var baseline = -1.0
        for third in 1...2 {
          let center = (bead.target.lowerBound + third * m / 3) % m
          for shift in -shuffleWindow...shuffleWindow {
            let start = min(max(0, center + shift), m - b)
            baseline = max(baseline, embedding.similarity(a, b, bead.source.lowerBound, start))
          }
        }
        embeddingDifferences.append(own - baseline)
      }
      t = (t + Self.tStatistic(embeddingDifferences)) / 2.0.squareRoot()
    }
    return DocumentEvidence(
      sourceSentences: source.count, targetSentences: m, alignedShare: 0,
      pairedSimilarity: count == 0 ? 0 : paired / count,
      shuffledSimilarity: count == 0 ? 0 : shuffled / count, contrast: t)
  }
}
