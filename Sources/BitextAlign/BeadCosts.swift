import Foundation

/// The cost of candidate beads (see ``SentenceAligner`` for the model).
struct BeadCosts: Sendable {
  let configuration: AlignerConfiguration
  let source: [SentenceFeatures]
  let target: [SentenceFeatures]
  let length: LengthModel
  /// −log prior of shape `(a, b)` at `a * priorStride + b`.
  private let priors: [Double]
  private let priorStride: Int
  /// Prefix sums of the sentence lengths: `sourceOffsets[i]` is the length of sentences `..<i`.
  private let sourceOffsets: [Double]
  private let targetOffsets: [Double]
  /// Prefix sums of the question and exclamation marks, as for the lengths.
  private let sourceMarks: [(questions: Int, exclamations: Int)]
  private let targetMarks: [(questions: Int, exclamations: Int)]
  /// The block structure of the two sides, when both are known.
  private let structure: StructureCosts?

  init(
    configuration: AlignerConfiguration, source: [SentenceFeatures], target: [SentenceFeatures],
    structure: (source: BlockStructure, target: BlockStructure)? = nil
  ) {
    self.configuration = configuration
    self.source = source
    self.target = target
    length = LengthModel(
      sourceTotal: source.reduce(0) { $0 + $1.length },
      targetTotal: target.reduce(0) { $0 + $1.length }, sourceCount: source.count,
      targetCount: target.count)
    let shapes = configuration.shapes + [BeadShape(1, 0), BeadShape(0, 1)]
    let stride = (shapes.map(\.target).max() ?? 1) + 1
    priorStride = stride
    var priors = [Double](repeating: 7, count: ((shapes.map(\.source).max() ?? 1) + 1) * stride)
    for shape in shapes {
      priors[shape.source * stride + shape.target] = -log(shape.galeChurchPrior)
    }
    self.priors = priors
    sourceOffsets = source.reduce(into: [0]) { $0.append($0.last! + $1.length) }
    targetOffsets = target.reduce(into: [0]) { $0.append($0.last! + $1.length) }
    func marks(_ side: [SentenceFeatures]) -> [(questions: Int, exclamations: Int)] {
      side.reduce(into: [(0, 0)]) {
        $0.append(($0.last!.0 + $1.questionMarks, $0.last!.1 + $1.exclamationMarks))
      }
    }
    sourceMarks = marks(source)
    targetMarks = marks(target)
    self.structure = structure.map {
      StructureCosts(
        source: $0.source, target: $0.target, sourceLengths: source.map(\.length),
        targetLengths: target.map(\.length), configuration: configuration)
    }
  }

  /// Prior, length and wide-bead costs of the bead of `shape` starting at `(i, j)`.
  @inline(__always)
  func lengthCost(_ shape: BeadShape, _ i: Int, _ j: Int) -> Double {
    let sourceLength = sourceOffsets[i + shape.source] - sourceOffsets[i]
    let targetLength = targetOffsets[j + shape.target] - targetOffsets[j]
    var cost = priors[shape.source * priorStride + shape.target]
    // An insertion or deletion says nothing about the length ratio: its prior is its cost.
    if shape.source > 0 && shape.target > 0 {
      cost += length.cost(source: sourceLength, target: targetLength)
    } else {
      cost += configuration.emptyBeadPenalty
    }
    if shape.source + shape.target > configuration.largeBeadThreshold {
      cost +=
        configuration.largeBeadPenalty
        * Double(shape.source + shape.target - configuration.largeBeadThreshold)
    }
    if let structure { cost += structure.cost(shape, i, j) }
    return cost
  }

  /// The full cost: ``lengthCost(_:_:_:)`` plus the similarity, unsupported-merge and
  /// punctuation terms, as ``SentenceAligner``'s formula writes them.
  func fullCost(_ shape: BeadShape, _ i: Int, _ j: Int, coverage: PairCoverage) -> Double {
    let size = Double(shape.source + shape.target) / 2
    let (sim, shareSum, unsupported) = similarity(
      i..<(i + shape.source), j..<(j + shape.target), coverage: coverage,
      countsUnsupported: shape.source + shape.target > 2)
    let c = configuration
    let lambda = c.perSentenceSimilarity
    return lengthCost(shape, i, j)
      + c.similarityWeight * ((1 - lambda) * size * (1 - sim) + lambda * (size - shareSum / 2))
      + c.unsupportedMergePenalty * Double(unsupported)
      + c.punctuationWeight * Double(punctuationDifference(shape, i, j))
  }

  /// How many question and exclamation marks the two sides of a bead differ by (0 for an
  /// insertion or deletion).
  @inline(__always)
  func punctuationDifference(_ shape: BeadShape, _ i: Int, _ j: Int) -> Int {
    guard shape.source > 0 && shape.target > 0 else { return 0 }
    let sourceEnd = sourceMarks[i + shape.source]
    let targetEnd = targetMarks[j + shape.target]
    let questions =
      (sourceEnd.questions - sourceMarks[i].questions)
      - (targetEnd.questions - targetMarks[j].questions)
    let exclamations =
      (sourceEnd.exclamations - sourceMarks[i].exclamations)
      - (targetEnd.exclamations - targetMarks[j].exclamations)
    return abs(questions) + abs(exclamations)
  }

  /// The IDF-weighted share `sim` of the bead's words matched on the other side (from the pair
  /// masks), the sum of the sentences' own matched shares (`Σ_k sim_k`) and, when
  /// `countsUnsupported`, how many of the bead's sentences have at least
  /// ``AlignerConfiguration/unsupportedMergeMinimumWords`` matchable words but no match.
  func similarity(
    _ sources: Range<Int>, _ targets: Range<Int>, coverage: PairCoverage, countsUnsupported: Bool
  ) -> (share: Double, shareSum: Double, unsupported: Int) {
    if sources.isEmpty || targets.isEmpty { return (0, 0, 0) }
    let minimum = configuration.unsupportedMergeMinimumWords
    return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: targets.count) { targetMasks in
      targetMasks.initialize(repeating: 0)
      var total = 0.0
      var covered = 0.0
      var unsupported = 0
      var shareSum = 0.0
      func count(_ sentence: SentenceFeatures, _ mask: UInt64) {
        total += sentence.totalWeight
        let sentenceCovered = Self.weight(of: mask, in: sentence)
        covered += sentenceCovered
        if sentence.totalWeight > 0 { shareSum += sentenceCovered / sentence.totalWeight }
        if countsUnsupported && mask == 0 && sentence.matchableCount >= minimum { unsupported += 1 }
      }
      for s in sources {
        var sourceMask: UInt64 = 0
        for (k, t) in targets.enumerated() {
          let masks = coverage.masks(s, t, source: source, target: target)
          sourceMask |= masks.source
          targetMasks[k] |= masks.target
        }
        count(source[s], sourceMask)
      }
      for (k, t) in targets.enumerated() { count(target[t], targetMasks[k]) }
      return (total > 0 ? covered / total : 0, shareSum, unsupported)
    }
  }

  @inline(__always)
  static func weight(of mask: UInt64, in sentence: SentenceFeatures) -> Double {
    var bits = mask
    var sum = 0.0
    while bits != 0 {
      sum += sentence.words[bits.trailingZeroBitCount].weight
      bits &= bits - 1
    }
    return sum
  }
}
