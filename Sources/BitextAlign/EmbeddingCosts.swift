/// The embedding term of the bead cost (see ``SentenceAligner``):
///
///     w_e · (1 − λ_e) · (a + b)/2 · (1 − ŝ)  +  w_e · λ_e · Σ_k (1 − ŝ_k) / 2
///
/// `ŝ` is a margin: with `cos` the cosine of the bead's two sides (each side's run of
/// sentences as one vector, ``SpanVectors``) and `d` the two runs' mean distance `1 − cos` to a
/// sample of the other side's sentences, `ŝ = 1 − (1 − cos) / d`, in [−1, 1]: about 0 for
/// unrelated text, higher the closer the pair is compared with how close each run is to
/// anything (a vague run is close to many). `ŝ_k` is the same for sentence `k` of the bead
/// against the whole other side, so that a sentence merged into a bead must itself be close to
/// it. An insertion or deletion has `ŝ = τ`: a sentence is better left unaligned than paired,
/// or merged, with text less similar than that.
struct EmbeddingCosts: Sendable {
  let source: SpanVectors
  let target: SpanVectors
  /// `w_e`.
  let weight: Double
  /// `λ_e`.
  let perSentence: Double
  /// `τ`.
  let omission: Double
  /// The terms of each side's runs in the other side's mean (``SpanVectors``).
  private let terms: (source: MeanTerms, target: MeanTerms)
  /// The dot product of the two sides' means.
  private let meansDot: Float
  /// Each run's mean distance to the other side's sample, at `start * maxLength + length − 1`.
  private let sourceDistances: [Float]
  private let targetDistances: [Float]

  /// The most sentences of the other side a run is compared with for its mean distance.
  static let sampleSize = 64

  /// One side's `u_k · ν` (`ν` the other side's mean), as prefix sums over its sentences, so
  /// that a run's `s · ν` is one difference.
  private struct MeanTerms: Sendable {
    let prefix: [Float]

    init(_ side: SpanVectors, toward other: SpanVectors) {
      var prefix = [Float](repeating: 0, count: side.count + 1)
      for (k, dot) in side.dots(with: other.mean).enumerated() { prefix[k + 1] = prefix[k] + dot }
      self.prefix = prefix
    }

    @inline(__always)
    func run(_ start: Int, _ length: Int) -> Float { prefix[start + length] - prefix[start] }
  }

  init(
    source: SpanVectors, target: SpanVectors, weight: Double, perSentence: Double,
    omission: Double
  ) {
    self.source = source
    self.target = target
    self.weight = weight
    self.perSentence = perSentence
    self.omission = omission
    let terms = (
      source: MeanTerms(source, toward: target), target: MeanTerms(target, toward: source)
    )
    self.terms = terms
    let meansDot = zip(source.mean, target.mean).reduce(Float(0)) { $0 + $1.0 * $1.1 }
    self.meansDot = meansDot
    sourceDistances = Self.meanDistances(
      source, terms.source, to: target, terms.target, meansDot: meansDot)
    targetDistances = Self.meanDistances(
      target, terms.target, to: source, terms.source, meansDot: meansDot)
  }

  /// The mean distance of each run of `side` to up to ``sampleSize`` sentences of `other`,
  /// evenly spaced.
  private static func meanDistances(
    _ side: SpanVectors, _ sideTerms: MeanTerms, to other: SpanVectors, _ otherTerms: MeanTerms,
    meansDot: Float
  ) -> [Float] {
    let samples = min(sampleSize, other.count)
    var values = [Float](repeating: 1, count: side.count * side.maxLength)
    guard samples > 0 else { return values }
    let picks = (0..<samples).map { $0 * other.count / samples }
    // Each sentence's dot products with the sample, then each run's sums of them.
    var dots = [Float](repeating: 0, count: side.count * samples)
    for k in 0..<side.count {
      for (p, pick) in picks.enumerated() { dots[k * samples + p] = side.dot(k, with: other, pick) }
    }
    var sums = [Float](repeating: 0, count: samples)
    for start in 0..<side.count {
      for p in 0..<samples { sums[p] = 0 }
      for length in 1...min(side.maxLength, side.count - start) {
        let last = start + length - 1
        var total: Float = 0
        for (p, pick) in picks.enumerated() {
          sums[p] += dots[last * samples + p]
          total +=
            1
            - side.cosine(
              start, length, with: other, pick, 1, sum: sums[p],
              towardOtherMean: sideTerms.run(start, length),
              otherTowardMean: otherTerms.run(pick, 1), meansDot: meansDot)
        }
        values[start * side.maxLength + length - 1] = total / Float(samples)
      }
    }
    return values
  }

  /// The cosine of run `(i, a)` with run `(j, b)` given the sum of their sentences' dot
  /// products.
  @inline(__always)
  private func cosine(_ a: Int, _ b: Int, _ i: Int, _ j: Int, sum: Float) -> Float {
    source.cosine(
      i, a, with: target, j, b, sum: sum, towardOtherMean: terms.source.run(i, a),
      otherTowardMean: terms.target.run(j, b), meansDot: meansDot)
  }

  /// The margin of a cosine of runs `(i, a)` and `(j, b)`.
  @inline(__always)
  private func margin(_ cosine: Float, _ a: Int, _ b: Int, _ i: Int, _ j: Int) -> Double {
    let distance =
      (sourceDistances[i * source.maxLength + a - 1]
        + targetDistances[j * target.maxLength + b - 1]) / 2
    return Double(min(1, max(-1, 1 - (1 - cosine) / max(distance, 0.05))))
  }

  /// `ŝ` of the bead of `a` sources at `i` and `b` targets at `j` (both non-empty).
  func similarity(_ a: Int, _ b: Int, _ i: Int, _ j: Int) -> Double {
    var sum: Float = 0
    for k in 0..<a {
      for l in 0..<b { sum += source.dot(i + k, with: target, j + l) }
    }
    return margin(cosine(a, b, i, j, sum: sum), a, b, i, j)
  }

  /// The term for the bead of `shape` starting at `(i, j)`.
  @inline(__always)
  func cost(_ shape: BeadShape, _ i: Int, _ j: Int) -> Double {
    let a = shape.source
    let b = shape.target
    let size = Double(a + b) / 2
    guard a > 0 && b > 0 else { return weight * size * (1 - omission) }
    guard a + b > 2 && perSentence > 0 else { return weight * size * (1 - similarity(a, b, i, j)) }
    // The sentences' dot products once: row k sums to sentence k against the whole other
    // side, column l to target l against the whole source side.
    return withUnsafeTemporaryAllocation(of: Float.self, capacity: a + b) { sums in
      for index in 0..<(a + b) { sums[index] = 0 }
      var total: Float = 0
      for k in 0..<a {
        for l in 0..<b {
          let dot = source.dot(i + k, with: target, j + l)
          sums[k] += dot
          sums[a + l] += dot
          total += dot
        }
      }
      let pooled = margin(cosine(a, b, i, j, sum: total), a, b, i, j)
      var own = 0.0
      for k in 0..<a { own += margin(cosine(1, b, i + k, j, sum: sums[k]), 1, b, i + k, j) }
      for l in 0..<b { own += margin(cosine(a, 1, i, j + l, sum: sums[a + l]), a, 1, i, j + l) }
      return weight * ((1 - perSentence) * size * (1 - pooled) + perSentence * (size - own / 2))
    }
  }
}
