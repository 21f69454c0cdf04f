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
  /// Each run's mean distance to the other side's sample, at `start * maxLength + length − 1`.
  private let sourceDistances: [Float]
  private let targetDistances: [Float]

  /// The most sentences of the other side a run is compared with for its mean distance.
  static let sampleSize = 64

  init(
    source: SpanVectors, target: SpanVectors, weight: Double, perSentence: Double,
    omission: Double
  ) {
    self.source = source
    self.target = target
    self.weight = weight
    self.perSentence = perSentence
    self.omission = omission
    sourceDistances = Self.meanDistances(source, to: target)
    targetDistances = Self.meanDistances(target, to: source)
  }

  /// The mean distance of each run of `side` to up to ``sampleSize`` sentences of `other`,
  /// evenly spaced.
  private static func meanDistances(_ side: SpanVectors, to other: SpanVectors) -> [Float] {
    let samples = min(sampleSize, other.count)
    var values = [Float](repeating: 1, count: side.count * side.maxLength)
    guard samples > 0 else { return values }
    let picks = (0..<samples).map { $0 * other.count / samples }
    for start in 0..<side.count {
      for length in 1...min(side.maxLength, side.count - start) {
        var sum: Float = 0
        for k in picks { sum += 1 - side.cosine(start, length, with: other, k, 1) }
        values[start * side.maxLength + length - 1] = sum / Float(samples)
      }
    }
    return values
  }

  /// `ŝ` of the bead of `a` sources at `i` and `b` targets at `j` (both non-empty).
  @inline(__always)
  func similarity(_ a: Int, _ b: Int, _ i: Int, _ j: Int) -> Double {
    let cosine = source.cosine(i, a, with: target, j, b)
    let distance =
      (sourceDistances[i * source.maxLength + a - 1]
        + targetDistances[j * target.maxLength + b - 1]) / 2
    return Double(min(1, max(-1, 1 - (1 - cosine) / max(distance, 0.05))))
  }

  /// The term for the bead of `shape` starting at `(i, j)`.
  @inline(__always)
  func cost(_ shape: BeadShape, _ i: Int, _ j: Int) -> Double {
    let a = shape.source
    let b = shape.target
    let size = Double(a + b) / 2
    guard a > 0 && b > 0 else { return weight * size * (1 - omission) }
    let pooled = similarity(a, b, i, j)
    guard a + b > 2 && perSentence > 0 else { return weight * size * (1 - pooled) }
    var own = 0.0
    for k in 0..<a { own += similarity(1, b, i + k, j) }
    for k in 0..<b { own += similarity(a, 1, i, j + k) }
    return weight * ((1 - perSentence) * size * (1 - pooled) + perSentence * (size - own / 2))
  }
}
