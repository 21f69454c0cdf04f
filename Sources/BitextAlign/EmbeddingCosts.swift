/// The embedding term of the bead cost (see ``SentenceAligner``):
///
///     w_e · (1 − λ_e) · (a + b)/2 · (1 − ŝ)  +  w_e · λ_e · Σ_k (1 − ŝ_k) / 2
///
/// where `ŝ` is the cosine of the bead's two sides (each side's run of sentences as one
/// vector, ``SpanVectors``) rescaled by the document's own levels: `ŝ = 0` at the cosine
/// typical of neighbouring, unrelated sentences, `ŝ = 1` at the cosine typical of its
/// translations, clamped to [0, 1]. `ŝ_k` is the same for sentence `k` of the bead against the
/// whole other side, so that a sentence merged into a bead must itself be close to it. An
/// insertion or deletion has `ŝ = τ`: a sentence is better left unaligned than paired, or
/// merged, with text it is less similar to than that.
struct EmbeddingCosts: Sendable {
  let source: SpanVectors
  let target: SpanVectors
  /// `w_e`.
  let weight: Double
  /// `λ_e`.
  let perSentence: Double
  /// `τ`: the similarity a sentence left unaligned is charged as if it had.
  let omission: Double
  /// The cosine of unrelated neighbours and of translations in this document.
  let levels: (unrelated: Float, translation: Float)

  /// The levels assumed when the first path has too few 1-1 beads to measure them.
  static let defaultLevels: (unrelated: Float, translation: Float) = (0.80, 0.92)

  /// Measures the document's levels on the 1-1 beads of a first path: the median cosine of
  /// their pairs, and the median cosine of each source sentence with the targets two away
  /// from its partner.
  init(
    source: SpanVectors, target: SpanVectors, weight: Double, perSentence: Double,
    omission: Double = 0, firstPath: [(i: Int, j: Int)]
  ) {
    self.omission = omission
    self.source = source
    self.target = target
    self.weight = weight
    self.perSentence = perSentence
    var paired: [Float] = []
    var unrelated: [Float] = []
    var previous = (i: 0, j: 0)
    for point in firstPath {
      if point.i - previous.i == 1 && point.j - previous.j == 1 {
        let i = previous.i
        let j = previous.j
        paired.append(source.cosine(i, 1, with: target, j, 1))
        for other in [j - 2, j + 2] where other >= 0 && other < target.count {
          unrelated.append(source.cosine(i, 1, with: target, other, 1))
        }
      }
      previous = point
    }
    if paired.count >= 10 && unrelated.count >= 10 {
      let low = Self.median(unrelated)
      levels = (low, max(Self.median(paired), low + 0.04))
    } else {
      levels = Self.defaultLevels
    }
  }

  private static func median(_ values: [Float]) -> Float {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
  }

  /// `ŝ` of a cosine.
  @inline(__always)
  func rescaled(_ cosine: Float) -> Double {
    let value = (cosine - levels.unrelated) / (levels.translation - levels.unrelated)
    return Double(min(1, max(0, value)))
  }

  /// `ŝ` of the bead of `a` sources at `i` and `b` targets at `j` (both non-empty).
  @inline(__always)
  func similarity(_ a: Int, _ b: Int, _ i: Int, _ j: Int) -> Double {
    rescaled(source.cosine(i, a, with: target, j, b))
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
    for k in 0..<a { own += rescaled(source.cosine(i + k, 1, with: target, j, b)) }
    for k in 0..<b { own += rescaled(target.cosine(j + k, 1, with: source, i, a)) }
    return weight * ((1 - perSentence) * size * (1 - pooled) + perSentence * (size - own / 2))
  }
}
