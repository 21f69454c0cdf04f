/// The vectors of the runs of consecutive sentences of one side that beads can join: every
/// run of `1...maxLength` sentences, each the normalized weighted sum of its sentences' vectors
/// (``EmbeddingEvidence/weightedVectors(of:)``: for an encoder, the mean token state of the
/// run's tokens, each sentence encoded alone), centered on the side's mean sentence vector and
/// normalized again.
///
/// Sentence vectors share a large common component (any two unrelated sentences have a cosine
/// near 0.8): centered, unrelated runs are near orthogonal, and a run of several sentences is
/// no longer about as close to each of them as a single sentence would be.
///
/// Only the sentences' weighted vectors are stored, with a few numbers per run: a run's vector
/// is never built. With `u_k` the weighted vectors, `s` a run's sum of them, `r = s / |s|` and
/// `μ` the side's mean of unit sentence vectors, the centered run is `(r − μ) / |r − μ|`, and
/// the cosine of two centered runs `A` and `B` of sides with means `μ` and `ν` is
///
///     (s_A·s_B / (|s_A| |s_B|) − s_A·ν / |s_A| − μ·s_B / |s_B| + μ·ν) / (|r_A − μ| |r_B − ν|)
///
/// where `s_A·s_B` sums the dot products of the two runs' sentences (``dot(_:with:_:)``) and
/// the terms in a side's mean come from the pair (``EmbeddingCosts``). Memory is one vector per sentence, not
/// one per run.
struct SpanVectors: Sendable {
  /// The length of the vectors.
  let dimension: Int
  /// The sentences of the side.
  let count: Int
  /// The longest run with a vector.
  let maxLength: Int
  /// The weighted sentence vectors `u_k`, `dimension` floats each.
  private let weighted: [Float]
  /// The side's mean unit sentence vector `μ`.
  let mean: [Float]
  /// Run `(start, length)`'s `|s|` at `start * maxLength + length − 1` (0 past the end).
  private let norms: [Float]
  /// Run `(start, length)`'s `|r − μ|`, at the same place.
  private let centeredNorms: [Float]

  init(sentences: [String], maxLength: Int, evidence: any EmbeddingEvidence) {
    let count = sentences.count
    let maxLength = max(1, maxLength)
    let vectors = evidence.weightedVectors(of: sentences)
    let dimension = vectors.first?.vector.count ?? 0
    var weighted = [Float](repeating: 0, count: count * dimension)
    for (k, (vector, weight)) in vectors.enumerated() {
      for d in 0..<min(dimension, vector.count) { weighted[k * dimension + d] = weight * vector[d] }
    }
    self.dimension = dimension
    self.count = count
    self.maxLength = maxLength
    self.weighted = weighted
    // The mean of the unit sentence vectors.
    var mean = [Float](repeating: 0, count: dimension)
    var norms = [Float](repeating: 0, count: count * maxLength)
    for k in 0..<count {
      let norm = Self.dot(weighted, k * dimension, weighted, k * dimension, dimension).squareRoot()
      norms[k * maxLength] = norm
      guard norm > 0 else { continue }
      for d in 0..<dimension { mean[d] += weighted[k * dimension + d] / norm }
    }
    if count > 0 { for d in 0..<dimension { mean[d] /= Float(count) } }
    if count < 2 { mean = [Float](repeating: 0, count: dimension) }
    self.mean = mean
    // |s|² of a run from the dot products of its sentences; s·μ from theirs with μ.
    var meanDots = [Float](repeating: 0, count: count)
    for k in 0..<count {
      meanDots[k] = weighted.withUnsafeBufferPointer { w in
        mean.withUnsafeBufferPointer { m in
          Self.dot(w.baseAddress! + k * dimension, m.baseAddress!, dimension)
        }
      }
    }
    let meanNorm = mean.reduce(0) { $0 + $1 * $1 }
    var centeredNorms = [Float](repeating: 0, count: count * maxLength)
    for start in 0..<count {
      var squared: Float = 0
      var towardMean: Float = 0
      for length in 1...min(maxLength, count - start) {
        let last = start + length - 1
        squared += Self.dot(weighted, last * dimension, weighted, last * dimension, dimension)
        for k in start..<last {
          squared += 2 * Self.dot(weighted, k * dimension, weighted, last * dimension, dimension)
        }
        towardMean += meanDots[last]
        let norm = max(0, squared).squareRoot()
        let slot = start * maxLength + length - 1
        norms[slot] = norm
        let r = norm > 0 ? towardMean / norm : 0
        let centered = (norm > 0 ? 1 : 0) - 2 * r + meanNorm
        centeredNorms[slot] = max(0, centered).squareRoot()
      }
    }
    self.norms = norms
    self.centeredNorms = centeredNorms
  }

  /// `|s|` of run `(start, length)`.
  @inline(__always)
  func norm(_ start: Int, _ length: Int) -> Float { norms[start * maxLength + length - 1] }

  /// `|r − μ|` of run `(start, length)`.
  @inline(__always)
  func centeredNorm(_ start: Int, _ length: Int) -> Float {
    centeredNorms[start * maxLength + length - 1]
  }

  /// `u_k · u'_l`: sentence `k`'s weighted vector with sentence `l`'s of `other`.
  @inline(__always)
  func dot(_ k: Int, with other: SpanVectors, _ l: Int) -> Float {
    weighted.withUnsafeBufferPointer { mine in
      other.weighted.withUnsafeBufferPointer { theirs in
        Self.dot(mine.baseAddress! + k * dimension, theirs.baseAddress! + l * dimension, dimension)
      }
    }
  }

  /// `u_k · vector` for every sentence `k`.
  func dots(with vector: [Float]) -> [Float] {
    weighted.withUnsafeBufferPointer { mine in
      vector.withUnsafeBufferPointer { other in
        (0..<count).map {
          Self.dot(mine.baseAddress! + $0 * dimension, other.baseAddress!, dimension)
        }
      }
    }
  }

  /// The cosine of centered run `(start, length)` with centered run `(otherStart,
  /// otherLength)` of `other`, given `sum`, the sum of the dot products of their sentences,
  /// and the two runs' mean terms (`s_A·ν` and `μ·s_B`).
  @inline(__always)
  func cosine(
    _ start: Int, _ length: Int, with other: SpanVectors, _ otherStart: Int, _ otherLength: Int,
    sum: Float, towardOtherMean: Float, otherTowardMean: Float, meansDot: Float
  ) -> Float {
    let mine = norm(start, length)
    let theirs = other.norm(otherStart, otherLength)
    let denominator =
      centeredNorm(start, length) * other.centeredNorm(otherStart, otherLength)
    guard denominator > 0 else { return 0 }
    let inverseMine: Float = mine > 0 ? 1 / mine : 0
    let inverseTheirs: Float = theirs > 0 ? 1 / theirs : 0
    let numerator =
      sum * inverseMine * inverseTheirs - towardOtherMean * inverseMine
      - otherTowardMean * inverseTheirs + meansDot
    return numerator / denominator
  }

  @inline(__always)
  private static func dot(_ a: [Float], _ i: Int, _ b: [Float], _ j: Int, _ n: Int) -> Float {
    a.withUnsafeBufferPointer { x in
      b.withUnsafeBufferPointer { y in dot(x.baseAddress! + i, y.baseAddress! + j, n) }
    }
  }

  @inline(__always)
  private static func dot(
    _ x: UnsafePointer<Float>, _ y: UnsafePointer<Float>, _ n: Int
  ) -> Float {
    var sum = SIMD8<Float>()
    var d = 0
    let rx = UnsafeRawPointer(x)
    let ry = UnsafeRawPointer(y)
    while d + 8 <= n {
      sum +=
        rx.loadUnaligned(fromByteOffset: d * 4, as: SIMD8<Float>.self)
        * ry.loadUnaligned(fromByteOffset: d * 4, as: SIMD8<Float>.self)
      d += 8
    }
    var total = sum.sum()
    while d < n {
      total += x[d] * y[d]
      d += 1
    }
    return total
  }
}
