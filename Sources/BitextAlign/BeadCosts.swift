import Foundation

/// The cost of candidate beads (see ``SentenceAligner`` for the model).
struct BeadCosts: Sendable {
  let configuration: AlignerConfiguration
  let source: [SentenceFeatures]
  let target: [SentenceFeatures]
  var length: LengthModel
  /// −log prior of shape `(a, b)` at `a * priorStride + b`.
  private var priors: [Double]
  private let priorStride: Int
  /// Prefix sums of the sentence lengths: `sourceOffsets[i]` is the length of sentences `..<i`.
  private let sourceOffsets: [Double]
  private let targetOffsets: [Double]
  /// Prefix sums of the question and exclamation marks, as for the lengths.
  private let sourceMarks: [(questions: Int, exclamations: Int)]
  private let targetMarks: [(questions: Int, exclamations: Int)]

  init(configuration: AlignerConfiguration, source: [SentenceFeatures], target: [SentenceFeatures])
  {
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
    priors = [Double](repeating: 7, count: ((shapes.map(\.source).max() ?? 1) + 1) * stride)
    for shape in shapes {
      priors[shape.source * stride + shape.target] = -log(shape.galeChurchPrior)
    }
    sourceOffsets = source.reduce(into: [0]) { $0.append($0.last! + $1.length) }
    targetOffsets = target.reduce(into: [0]) { $0.append($0.last! + $1.length) }
    func marks(_ side: [SentenceFeatures]) -> [(questions: Int, exclamations: Int)] {
      side.reduce(into: [(0, 0)]) {
        $0.append(($0.last!.0 + $1.questionMarks, $0.last!.1 + $1.exclamationMarks))
      }
    }
    sourceMarks = marks(source)
    targetMarks = marks(target)
  }

  /// Re-estimates the length variance from the 1-1 beads of a path.
  mutating func refitLength(from steps: [BandedSearch.Step]) {
    let pairs = steps.filter { $0.shape == BeadShape(1, 1) }.map {
      (source: source[$0.end.i - 1].length, target: target[$0.end.j - 1].length)
    }
    length.refit(pairs: pairs)
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
    return cost
  }

  /// The full cost: ``lengthCost(_:_:_:)`` plus the similarity term.
  func fullCost(
    _ shape: BeadShape, _ i: Int, _ j: Int, coverage: PairCoverage, gloss: GlossCoverage? = nil
  ) -> Double {
    let size = Double(shape.source + shape.target) / 2
    let sources = i..<(i + shape.source)
    let targets = j..<(j + shape.target)
    let (sim, unsupported) = similarity(
      sources, targets, coverage: coverage, countsUnsupported: shape.source + shape.target > 2)
    let lambda = configuration.perSentenceSimilarity
    var cost =
      lengthCost(shape, i, j) + configuration.similarityWeight
      * ((1 - lambda) * size * (1 - sim) + lambda * (size - unsupported.shareSum / 2))
    cost +=
      configuration.unsupportedMergePenalty * Double(unsupported.sentences)
      + configuration.unsupportedMergeWordPenalty * Double(unsupported.words)
    if shape.source > 0 && shape.target > 0 && configuration.punctuationWeight != 0 {
      let sourceEnd = sourceMarks[i + shape.source]
      let targetEnd = targetMarks[j + shape.target]
      let questions =
        (sourceEnd.questions - sourceMarks[i].questions)
        - (targetEnd.questions - targetMarks[j].questions)
      let exclamations =
        (sourceEnd.exclamations - sourceMarks[i].exclamations)
        - (targetEnd.exclamations - targetMarks[j].exclamations)
      cost += configuration.punctuationWeight * Double(abs(questions) + abs(exclamations))
    }
    if shape.source + shape.target == 1 {
      let sentence = shape.source == 1 ? source[i] : target[j]
      if sentence.matchableCount < configuration.shortEmptyBeadWords {
        cost -= configuration.shortEmptyBeadDiscount
      }
    }
    if let gloss {
      cost += configuration.glossWeight * size * (1 - gloss.overlap(sources, targets))
    }
    return cost
  }

  /// The IDF-weighted share of the bead's words matched on the other side, from the pair masks.
  func similarity(_ sources: Range<Int>, _ targets: Range<Int>, coverage: PairCoverage) -> Double {
    similarity(sources, targets, coverage: coverage, countsUnsupported: false).share
  }

  /// The share of ``similarity(_:_:coverage:)`` and, when `countsUnsupported`, how many of the
  /// bead's sentences have at least ``AlignerConfiguration/unsupportedMergeMinimumWords``
  /// matchable words but no match in the other side.
  func similarity(
    _ sources: Range<Int>, _ targets: Range<Int>, coverage: PairCoverage, countsUnsupported: Bool
  ) -> (share: Double, unsupported: (sentences: Int, words: Int, shareSum: Double)) {
    if sources.isEmpty || targets.isEmpty { return (0, (0, 0, 0)) }
    let minimum = configuration.unsupportedMergeMinimumWords
    return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: targets.count) { targetMasks in
      targetMasks.initialize(repeating: 0)
      var total = 0.0
      var covered = 0.0
      var unsupported = 0
      var unsupportedWords = 0
      var shareSum = 0.0
      for s in sources {
        total += source[s].totalWeight
        var sourceMask: UInt64 = 0
        for (k, t) in targets.enumerated() {
          let masks = coverage.masks(s, t, source: source, target: target)
          sourceMask |= masks.source
          targetMasks[k] |= masks.target
        }
        let sourceCovered = Self.weight(of: sourceMask, in: source[s])
        covered += sourceCovered
        if source[s].totalWeight > 0 { shareSum += sourceCovered / source[s].totalWeight }
        if countsUnsupported && sourceMask == 0 && source[s].matchableCount >= minimum {
          unsupported += 1
          unsupportedWords += source[s].matchableCount
        }
      }
      for (k, t) in targets.enumerated() {
        total += target[t].totalWeight
        let targetCovered = Self.weight(of: targetMasks[k], in: target[t])
        covered += targetCovered
        if target[t].totalWeight > 0 { shareSum += targetCovered / target[t].totalWeight }
        if countsUnsupported && targetMasks[k] == 0 && target[t].matchableCount >= minimum {
          unsupported += 1
          unsupportedWords += target[t].matchableCount
        }
      }
      return (total > 0 ? covered / total : 0, (unsupported, unsupportedWords, shareSum))
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

  /// The same share computed word by word from the key sets (the reference for the masks).
  func directSimilarity(_ sources: Range<Int>, _ targets: Range<Int>) -> Double {
    if sources.isEmpty || targets.isEmpty { return 0 }
    var covered = 0.0
    var total = 0.0
    for s in sources {
      total += source[s].totalWeight
      for word in source[s].words where !word.keys.isEmpty {
        if targets.contains(where: { t in word.keys.contains(where: target[t].hasKey) }) {
          covered += word.weight
        }
      }
    }
    for t in targets {
      total += target[t].totalWeight
      for word in target[t].words where !word.keys.isEmpty {
        if sources.contains(where: { s in word.keys.contains(where: source[s].hasKey) }) {
          covered += word.weight
        }
      }
    }
    return total > 0 ? covered / total : 0
  }
}
