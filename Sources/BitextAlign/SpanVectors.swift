/// The unit vectors of the runs of consecutive sentences of one side that beads can join:
/// every run of `1...maxLength` sentences. A run of one is the sentence's own vector; a longer
/// run is either the vector of its sentences' texts joined (`joined`), or the normalized
/// weighted sum of its sentences' vectors (``EmbeddingEvidence/weightedVectors(of:)``: for an
/// encoder, the mean token state of the run's tokens, each sentence encoded alone).
struct SpanVectors: Sendable {
  /// The length of the vectors.
  let dimension: Int
  /// The sentences of the side.
  let count: Int
  /// The longest run with a vector.
  let maxLength: Int
  /// Run `(start, length)` at `(start * maxLength + length − 1) * dimension`; unused slots
  /// (runs past the end) are zero.
  private let storage: [Float]

  init(
    sentences: [String], maxLength: Int, evidence: any EmbeddingEvidence, joined: Bool
  ) {
    let count = sentences.count
    let maxLength = max(1, maxLength)
    var storage: [Float] = []
    var dimension = 0
    if joined {
      var texts = sentences
      var places: [(start: Int, length: Int)] = (0..<count).map { ($0, 1) }
      for length in stride(from: 2, through: maxLength, by: 1) where length <= count {
        for start in 0...(count - length) {
          texts.append(sentences[start..<(start + length)].joined(separator: " "))
          places.append((start, length))
        }
      }
      let vectors = evidence.vectors(of: texts)
      dimension = vectors.first?.count ?? 0
      storage = [Float](repeating: 0, count: count * maxLength * dimension)
      for (vector, place) in zip(vectors, places) where vector.count == dimension {
        let offset = (place.start * maxLength + place.length - 1) * dimension
        for d in 0..<dimension { storage[offset + d] = vector[d] }
      }
    } else {
      // A run: the weighted sum of its sentences' vectors, normalized.
      let weighted = evidence.weightedVectors(of: sentences)
      dimension = weighted.first?.vector.count ?? 0
      storage = [Float](repeating: 0, count: count * maxLength * dimension)
      for start in 0..<count {
        var sum = [Float](repeating: 0, count: dimension)
        for length in 1...min(maxLength, count - start) {
          let (vector, weight) = weighted[start + length - 1]
          var norm: Float = 0
          for d in 0..<min(dimension, vector.count) {
            sum[d] += weight * vector[d]
            norm += sum[d] * sum[d]
          }
          let inverse = norm > 0 ? 1 / norm.squareRoot() : 0
          let offset = (start * maxLength + length - 1) * dimension
          for d in 0..<dimension { storage[offset + d] = sum[d] * inverse }
        }
      }
    }
    Self.center(&storage, count: count, maxLength: maxLength, dimension: dimension)
    self.dimension = dimension
    self.count = count
    self.maxLength = maxLength
    self.storage = storage
  }

  /// Subtracts the side's mean sentence vector from every vector, then normalizes again.
  /// Sentence vectors share a large common component (any two unrelated sentences have a
  /// cosine near 0.8): removed, unrelated runs are near orthogonal and a run of several
  /// sentences is no longer about as close to each of them as a single sentence would be.
  private static func center(
    _ storage: inout [Float], count: Int, maxLength: Int, dimension: Int
  ) {
    guard count > 1 && dimension > 0 else { return }
    var mean = [Float](repeating: 0, count: dimension)
    for start in 0..<count {
      let offset = start * maxLength * dimension
      for d in 0..<dimension { mean[d] += storage[offset + d] }
    }
    for d in 0..<dimension { mean[d] /= Float(count) }
    for start in 0..<count {
      for length in 1...min(maxLength, count - start) {
        let offset = (start * maxLength + length - 1) * dimension
        var norm: Float = 0
        for d in 0..<dimension {
          storage[offset + d] -= mean[d]
          norm += storage[offset + d] * storage[offset + d]
        }
        let inverse = norm > 0 ? 1 / norm.squareRoot() : 0
        for d in 0..<dimension { storage[offset + d] *= inverse }
      }
    }
  }

  /// The cosine of run `(start, length)` with run `(otherStart, otherLength)` of `other`.
  @inline(__always)
  func cosine(
    _ start: Int, _ length: Int, with other: SpanVectors, _ otherStart: Int, _ otherLength: Int
  ) -> Float {
    let a = (start * maxLength + length - 1) * dimension
    let b = (otherStart * other.maxLength + otherLength - 1) * dimension
    return storage.withUnsafeBufferPointer { mine in
      other.storage.withUnsafeBufferPointer { theirs in
        var sum = SIMD8<Float>()
        var d = 0
        let x = UnsafeRawPointer(mine.baseAddress! + a)
        let y = UnsafeRawPointer(theirs.baseAddress! + b)
        while d + 8 <= dimension {
          sum +=
            x.loadUnaligned(fromByteOffset: d * 4, as: SIMD8<Float>.self)
            * y.loadUnaligned(fromByteOffset: d * 4, as: SIMD8<Float>.self)
          d += 8
        }
        var total = sum.sum()
        while d < dimension {
          total += mine[a + d] * theirs[b + d]
          d += 1
        }
        return total
      }
    }
  }
}
