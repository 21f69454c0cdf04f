import BitextText

/// A BERT-style encoder (post-layer-norm, GELU feed-forward) whose dense weights are
/// ``PackedMatrix``es and whose word embeddings stay 4-bit (``Q4Rows``), run over many texts
/// at once: their tokens are packed into one matrix, so each weight panel is read once for
/// the whole batch, and attention keeps to each text.
package struct TransformerEncoder: Sendable {
  /// The sizes of the model.
  package struct Shape: Sendable, Equatable {
    /// The width of a token's state.
    package var hidden: Int
    /// The attention heads per layer.
    package var heads: Int
    /// The width of the feed-forward layer.
    package var intermediate: Int
    /// The most tokens a text may have, special tokens included.
    package var maxPositions: Int
    /// The ε of every layer normalization.
    package var epsilon: Float

    /// Creates a shape.
    package init(hidden: Int, heads: Int, intermediate: Int, maxPositions: Int, epsilon: Float) {
      self.hidden = hidden
      self.heads = heads
      self.intermediate = intermediate
      self.maxPositions = maxPositions
      self.epsilon = epsilon
    }
  }

  /// A layer normalization's gain and shift.
  package struct Norm: Sendable {
    package var gain: [Float]
    package var shift: [Float]

    /// Creates a normalization.
    package init(gain: [Float], shift: [Float]) {
      self.gain = gain
      self.shift = shift
    }
  }

  /// One transformer layer.
  package struct Layer: Sendable {
    /// Query, key and value projections together: `3·hidden` outputs.
    package var projections: PackedMatrix
    /// The attention output projection.
    package var attentionOutput: PackedMatrix
    /// The normalization after attention.
    package var attentionNorm: Norm
    /// The feed-forward layer's expansion (`intermediate` outputs, GELU after).
    package var expansion: PackedMatrix
    /// The feed-forward layer's contraction back to `hidden`.
    package var contraction: PackedMatrix
    /// The normalization after the feed-forward layer.
    package var outputNorm: Norm

    /// Creates a layer.
    package init(
      projections: PackedMatrix, attentionOutput: PackedMatrix, attentionNorm: Norm,
      expansion: PackedMatrix, contraction: PackedMatrix, outputNorm: Norm
    ) {
      self.projections = projections
      self.attentionOutput = attentionOutput
      self.attentionNorm = attentionNorm
      self.expansion = expansion
      self.contraction = contraction
      self.outputNorm = outputNorm
    }
  }

  package let shape: Shape
  package let wordEmbeddings: Q4Rows
  /// `maxPositions × hidden` position embeddings.
  package let positions: [Float]
  /// The embedding of token type 0, added to every token.
  package let tokenType: [Float]
  package let embeddingNorm: Norm
  package let layers: [Layer]

  /// Creates an encoder from its weights.
  package init(
    shape: Shape, wordEmbeddings: Q4Rows, positions: [Float], tokenType: [Float],
    embeddingNorm: Norm, layers: [Layer]
  ) {
    precondition(positions.count == shape.maxPositions * shape.hidden)
    precondition(tokenType.count == shape.hidden && wordEmbeddings.columns == shape.hidden)
    self.shape = shape
    self.wordEmbeddings = wordEmbeddings
    self.positions = positions
    self.tokenType = tokenType
    self.embeddingNorm = embeddingNorm
    self.layers = layers
  }

  /// The mean of the final token states of each text, un-normalized, into `output`
  /// (`segments.count × hidden`). `tokens` are the texts' token ids one after another (each
  /// text with its special tokens, at most `maxPositions`); `segments` their ranges, in order
  /// and covering `tokens`.
  package func meanStates(
    tokens: [Int32], segments: [Range<Int>], into output: UnsafeMutablePointer<Float>,
    work: ParallelWork
  ) {
    let count = tokens.count
    let hidden = shape.hidden
    guard count > 0 else { return }
    let buffers = EncoderBuffers(tokens: count, shape: shape)
    defer { buffers.deallocate() }
    let x = buffers.states

    // Embeddings: word + position (from 0 in each text) + token type, then normalized.
    var positionOf = [Int](repeating: 0, count: count)
    for segment in segments {
      precondition(segment.count <= shape.maxPositions)
      for token in segment { positionOf[token] = token - segment.lowerBound }
    }
    let shared = UncheckedBox(x)
    work.forEachChunk(of: 0..<count) { rows in
      let x = shared.value
      for row in rows {
        let state = x + row * hidden
        wordEmbeddings.decodeRow(Int(tokens[row]), into: state)
        positions.withUnsafeBufferPointer { positions in
          let position = positions.baseAddress! + positionOf[row] * hidden
          for i in 0..<hidden { state[i] += position[i] + tokenType[i] }
        }
      }
      normalize(x + rows.lowerBound * hidden, adding: nil, rows: rows.count, embeddingNorm)
    }

    let attention = SelfAttention(hidden: hidden, heads: shape.heads)
    for layer in layers {
      layer.projections.multiply(x, rows: count, into: buffers.projections, work: work)
      attention.apply(
        projections: buffers.projections, segments: segments, into: buffers.context, work: work)
      layer.attentionOutput.multiply(buffers.context, rows: count, into: buffers.sum, work: work)
      normalizeRows(x, adding: buffers.sum, rows: count, layer.attentionNorm, work: work)
      layer.expansion.multiply(x, rows: count, into: buffers.expanded, work: work)
      let expanded = UncheckedBox(buffers.expanded)
      let width = shape.intermediate
      work.forEachChunk(of: 0..<count) { rows in
        VectorMath.gelu(expanded.value + rows.lowerBound * width, count: rows.count * width)
      }
      layer.contraction.multiply(buffers.expanded, rows: count, into: buffers.sum, work: work)
      normalizeRows(x, adding: buffers.sum, rows: count, layer.outputNorm, work: work)
    }

    for (index, segment) in segments.enumerated() {
      let out = output + index * hidden
      for i in 0..<hidden { out[i] = 0 }
      for row in segment {
        let state = x + row * hidden
        for i in 0..<hidden { out[i] += state[i] }
      }
      let inverse = 1 / Float(max(segment.count, 1))
      for i in 0..<hidden { out[i] *= inverse }
    }
  }

  private func normalizeRows(
    _ x: UnsafeMutablePointer<Float>, adding residual: UnsafePointer<Float>, rows: Int,
    _ norm: Norm, work: ParallelWork
  ) {
    let shared = UncheckedBox((x, residual))
    let hidden = shape.hidden
    work.forEachChunk(of: 0..<rows) { chunk in
      let (x, residual) = shared.value
      normalize(
        x + chunk.lowerBound * hidden, adding: residual + chunk.lowerBound * hidden,
        rows: chunk.count, norm)
    }
  }

  private func normalize(
    _ x: UnsafeMutablePointer<Float>, adding residual: UnsafePointer<Float>?, rows: Int,
    _ norm: Norm
  ) {
    norm.gain.withUnsafeBufferPointer { gain in
      norm.shift.withUnsafeBufferPointer { shift in
        VectorMath.layerNorm(
          x, adding: residual, rows: rows, width: shape.hidden, gain: gain.baseAddress!,
          shift: shift.baseAddress!, epsilon: shape.epsilon)
      }
    }
  }
}

/// The activation matrices of one batch, allocated once per batch.
private struct EncoderBuffers {
  let states: UnsafeMutablePointer<Float>
  let projections: UnsafeMutablePointer<Float>
  let context: UnsafeMutablePointer<Float>
  let sum: UnsafeMutablePointer<Float>
  let expanded: UnsafeMutablePointer<Float>

  init(tokens: Int, shape: TransformerEncoder.Shape) {
    states = .allocate(capacity: tokens * shape.hidden)
    projections = .allocate(capacity: tokens * 3 * shape.hidden)
    context = .allocate(capacity: tokens * shape.hidden)
    sum = .allocate(capacity: tokens * shape.hidden)
    expanded = .allocate(capacity: tokens * shape.intermediate)
  }

  func deallocate() {
    states.deallocate()
    projections.deallocate()
    context.deallocate()
    sum.deallocate()
    expanded.deallocate()
  }
}
