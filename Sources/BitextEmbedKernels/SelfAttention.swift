import BitextText

/// Multi-head scaled dot-product attention over texts packed one after another in one
/// activation matrix: each token attends to the tokens of its own text only.
package struct SelfAttention: Sendable {
  /// The width of a token's state.
  package let hidden: Int
  /// The number of heads; `hidden / heads` must be a multiple of 16.
  package let heads: Int

  /// Creates the attention of a model with these sizes.
  package init(hidden: Int, heads: Int) {
    precondition(heads > 0 && hidden % heads == 0 && (hidden / heads) % 16 == 0)
    self.hidden = hidden
    self.heads = heads
  }

  /// Writes into `context` (`tokens × hidden`) the attention output of every token, reading
  /// queries, keys and values from `projections`, `tokens × 3·hidden` (each row its query,
  /// then key, then value). `segments` are the token ranges of the texts.
  package func apply(
    projections: UnsafePointer<Float>, segments: [Range<Int>],
    into context: UnsafeMutablePointer<Float>, work: ParallelWork
  ) {
    let longest = segments.map(\.count).max() ?? 0
    let shared = UncheckedBox((projections, context))
    work.forEachChunk(of: 0..<(segments.count * heads)) { items in
      let (projections, context) = shared.value
      let headWidth = hidden / heads
      let keys = UnsafeMutablePointer<Float>.allocate(capacity: headWidth * longest)
      let scores = UnsafeMutablePointer<Float>.allocate(capacity: longest)
      defer {
        keys.deallocate()
        scores.deallocate()
      }
      for item in items {
        attendHead(
          item % heads, segment: segments[item / heads], projections: projections,
          context: context, keys: keys, scores: scores)
      }
    }
  }

  private func attendHead(
    _ head: Int, segment: Range<Int>, projections: UnsafePointer<Float>,
    context: UnsafeMutablePointer<Float>, keys: UnsafeMutablePointer<Float>,
    scores: UnsafeMutablePointer<Float>
  ) {
    let headWidth = hidden / heads
    let rowWidth = 3 * hidden
    let length = segment.count
    let first = projections + segment.lowerBound * rowWidth + head * headWidth
    // The head's keys transposed: keys[e·length + s] = key e of token s.
    for token in 0..<length {
      let key = first + token * rowWidth + hidden
      for e in 0..<headWidth { keys[e * length + token] = key[e] }
    }
    let scale = 1 / Float(headWidth).squareRoot()
    let scoresRaw = UnsafeMutableRawPointer(scores)
    for token in 0..<length {
      let query = first + token * rowWidth
      var s = 0
      while s + 8 <= length {
        var sum = SIMD8<Float>()
        for e in 0..<headWidth {
          sum.addProduct(
            query[e], UnsafeRawPointer(keys + e * length + s).loadUnaligned(as: SIMD8<Float>.self))
        }
        (scoresRaw + s * 4).storeBytes(of: sum * scale, as: SIMD8<Float>.self)
        s += 8
      }
      while s < length {
        var sum: Float = 0
        for e in 0..<headWidth { sum.addProduct(query[e], keys[e * length + s]) }
        scores[s] = sum * scale
        s += 1
      }
      VectorMath.softmax(scores, count: length)
      let out = UnsafeMutableRawPointer(
        context + (segment.lowerBound + token) * hidden + head * headWidth)
      for part in stride(from: 0, to: headWidth, by: 16) {
        var sum = SIMD16<Float>()
        for s in 0..<length {
          let value = UnsafeRawPointer(first + s * rowWidth + 2 * hidden + part)
          sum.addProduct(scores[s], value.loadUnaligned(as: SIMD16<Float>.self))
        }
        (out + part * 4).storeBytes(of: sum, as: SIMD16<Float>.self)
      }
    }
  }
}
