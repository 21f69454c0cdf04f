import Foundation

/// The cost of candidate beads (see ``SentenceAligner`` for the model).
struct BeadCosts: Sendable {
  let configuration: AlignerConfiguration
  let source: SideFeatures
  let target: SideFeatures
  let length: LengthModel
  /// −log prior of shape `(a, b)` at `a * priorStride + b`.
  private let priors: [Double]
  private let priorStride: Int
  /// The block structure of the two sides, when both are known.
  private let structure: StructureCosts?
  /// The embedding term, when the aligner has sentence embeddings.
  var embedding: EmbeddingCosts?

  init(
    configuration: AlignerConfiguration, source: SideFeatures, target: SideFeatures,
    structure: (source: BlockStructure, target: BlockStructure)? = nil
  ) {
    self.configuration = configuration
    self.source = source
    self.target = target
    length = LengthModel(
      sourceTotal: source.lengthOffsets[source.count],
      targetTotal: target.lengthOffsets[target.count], sourceCount: source.count,
      targetCount: target.count)
    let shapes = configuration.shapes + [BeadShape(1, 0), BeadShape(0, 1)]
    let stride = (shapes.map(\.target).max() ?? 1) + 1
    priorStride = stride
    var priors = [Double](repeating: 7, count: ((shapes.map(\.source).max() ?? 1) + 1) * stride)
    for shape in shapes {
      priors[shape.source * stride + shape.target] = -log(shape.galeChurchPrior)
    }
    self.priors = priors
    self.structure = structure.map {
      StructureCosts(
        source: $0.source, target: $0.target, sourceLengths: (0..<source.count).map(source.length),
        targetLengths: (0..<target.count).map(target.length), configuration: configuration)
    }
  }

  /// Prior, length and wide-bead costs of the bead of `shape` starting at `(i, j)`: one
  /// column of ``lengthCosts(_:row:columns:into:stride:)``.
  func lengthCost(_ shape: BeadShape, _ i: Int, _ j: Int) -> Double {
    var cost = 0.0
    lengthCosts(shape, row: i, columns: j...j, into: &cost, stride: 1)
    return cost
  }

  /// The prior, length and wide-bead costs of the beads of `shape` starting at `(i, j)` for
  /// `j` in `columns`, written to `out[(j − columns.lowerBound) * stride]`. An insertion or
  /// deletion says nothing about the length ratio: its prior is its cost.
  func lengthCosts(
    _ shape: BeadShape, row i: Int, columns: ClosedRange<Int>,
    into out: UnsafeMutablePointer<Double>, stride: Int
  ) {
    let a = shape.source
    let b = shape.target
    let first = columns.lowerBound
    let prior = priors[a * priorStride + b]
    if a > 0 && b > 0 {
      let sourceLength = source.lengthOffsets[i + a] - source.lengthOffsets[i]
      target.lengthOffsets.withUnsafeBufferPointer { targetOffsets in
        length.costs(
          source: sourceLength, targetOffsets: targetOffsets, span: b, columns: columns,
          adding: prior, into: out, stride: stride)
      }
    } else {
      let cost = prior + configuration.emptyBeadPenalty
      for j in columns { out[(j - first) * stride] = cost }
    }
    if a + b > configuration.largeBeadThreshold {
      let large =
        configuration.largeBeadPenalty * Double(a + b - configuration.largeBeadThreshold)
      for j in columns { out[(j - first) * stride] += large }
    }
    if let structure {
      for j in columns { out[(j - first) * stride] += structure.cost(shape, i, j) }
    }
  }

  /// The full cost: ``lengthCost(_:_:_:)`` plus the similarity, unsupported-merge and
  /// punctuation terms, as ``SentenceAligner``'s formula writes them.
  func fullCost(_ shape: BeadShape, _ i: Int, _ j: Int, coverage: PairCoverage) -> Double {
    let (sim, shareSum, unsupported) = similarity(
      i..<(i + shape.source), j..<(j + shape.target), coverage: coverage,
      countsUnsupported: shape.source + shape.target > 2)
    return fullCost(
      shape, i, j, lengthCost: lengthCost(shape, i, j), similarity: sim, shareSum: shareSum,
      unsupported: unsupported)
  }

  /// The full cost from the bead's length cost and similarity terms.
  @inline(__always)
  func fullCost(
    _ shape: BeadShape, _ i: Int, _ j: Int, lengthCost: Double, similarity sim: Double,
    shareSum: Double, unsupported: Int
  ) -> Double {
    let size = Double(shape.source + shape.target) / 2
    let c = configuration
    let lambda = c.perSentenceSimilarity
    return lengthCost
      + c.similarityWeight * ((1 - lambda) * size * (1 - sim) + lambda * (size - shareSum / 2))
      + c.unsupportedMergePenalty * Double(unsupported)
      + c.punctuationWeight * Double(punctuationDifference(shape, i, j))
      + (embedding?.cost(shape, i, j) ?? 0)
  }

  /// How many question and exclamation marks the two sides of a bead differ by (0 for an
  /// insertion or deletion).
  @inline(__always)
  func punctuationDifference(_ shape: BeadShape, _ i: Int, _ j: Int) -> Int {
    guard shape.source > 0 && shape.target > 0 else { return 0 }
    let questions =
      (source.questionOffsets[i + shape.source] - source.questionOffsets[i])
      - (target.questionOffsets[j + shape.target] - target.questionOffsets[j])
    let exclamations =
      (source.exclamationOffsets[i + shape.source] - source.exclamationOffsets[i])
      - (target.exclamationOffsets[j + shape.target] - target.exclamationOffsets[j])
    return abs(questions) + abs(exclamations)
  }

  /// The IDF-weighted share `sim` of the bead's words matched on the other side (from the pair
  /// masks), the sum of the sentences' own matched shares (`Σ_k sim_k`) and, when
  /// `countsUnsupported`, how many of the bead's sentences have at least
  /// ``AlignerConfiguration/unsupportedMergeMinimumWords`` matchable words but no match.
  /// Bead by bead; ``FullCostRows`` computes the same sums for a whole row at once.
  func similarity(
    _ sources: Range<Int>, _ targets: Range<Int>, coverage: PairCoverage, countsUnsupported: Bool
  ) -> (share: Double, shareSum: Double, unsupported: Int) {
    if sources.isEmpty || targets.isEmpty { return (0, 0, 0) }
    var sums = SimilaritySums(minimumWords: configuration.unsupportedMergeMinimumWords)
    var targetMasks = [UInt64](repeating: 0, count: targets.count)
    for s in sources {
      var sourceMask: UInt64 = 0
      for (k, t) in targets.enumerated() {
        let masks = coverage.masks(s, t)
        sourceMask |= masks.source
        targetMasks[k] |= masks.target
      }
      sums.add(s, of: source, mask: sourceMask, countsUnsupported: countsUnsupported)
    }
    for (k, t) in targets.enumerated() {
      sums.add(t, of: target, mask: targetMasks[k], countsUnsupported: countsUnsupported)
    }
    return (sums.share, sums.shareSum, sums.unsupported)
  }
}

/// The running sums of a bead's similarity terms, sentence by sentence (sources first).
struct SimilaritySums {
  let minimumWords: Int
  var total = 0.0
  var covered = 0.0
  var shareSum = 0.0
  var unsupported = 0

  init(minimumWords: Int) {
    self.minimumWords = minimumWords
  }

  /// The pooled share of the weight matched.
  var share: Double { total > 0 ? covered / total : 0 }

  /// Adds sentence `k` of `side`, whose words in `mask` are matched.
  @inline(__always)
  mutating func add(_ k: Int, of side: SideFeatures, mask: UInt64, countsUnsupported: Bool) {
    add(
      k, of: side, mask: mask, weight: side.weight(of: mask, in: k),
      countsUnsupported: countsUnsupported)
  }

  /// Adds sentence `k` of `side`, whose words in `mask`, of summed weight `weight`, are matched.
  @inline(__always)
  mutating func add(
    _ k: Int, of side: SideFeatures, mask: UInt64, weight: Double, countsUnsupported: Bool
  ) {
    let sentenceTotal = side.totalWeights[k]
    total += sentenceTotal
    covered += weight
    if sentenceTotal > 0 { shareSum += weight / sentenceTotal }
    if countsUnsupported && mask == 0 && side.matchableCounts[k] >= minimumWords {
      unsupported += 1
    }
  }
}
