import BitextEmbedKernels
import BitextText
import Foundation

/// A multilingual sentence encoder (multilingual-e5-small and models of the same
/// architecture): text in, one unit-length vector out, comparable across languages by cosine.
///
/// Each text is prefixed with `query: ` (the e5 models' prefix for symmetric similarity),
/// tokenized, run through the transformer, and its final token states are averaged and
/// L2-normalized. A text longer than the model's window (512 tokens with the start and end
/// tokens) is cut into consecutive windows of 510 tokens, each encoded on its own; its vector
/// is the token-weighted mean of the windows' means, so it reads the whole text.
///
/// Texts are encoded many at a time, their tokens packed into one matrix (no padding), on
/// ``threads`` threads. The vector of a text does not depend on the other texts of the call
/// nor on the number of threads.
///
/// With ``StaticPieceVectors`` instead of the transformer (``init(file:staticVectors:threads:)``),
/// a text's vector is the weighted mean of its pieces' static vectors: no prefix, no transformer.
public final class SentenceEncoder: Sendable {
  /// The length of the vectors.
  public let dimension: Int
  /// The tokenizer.
  public let tokenizer: SentencePieceTokenizer
  /// The text put before every input.
  public let prefix: String
  /// The most threads a call uses.
  public let threads: Int
  /// The most tokens encoded together (memory grows with it: about 13 kB per token).
  public let batchTokens: Int
  /// What turns pieces into vectors.
  private let backend: Backend

  private enum Backend: Sendable {
    case transformer(TransformerEncoder)
    case table(StaticPieceVectors, weights: [Float])
  }

  /// The static piece vectors, when the encoder uses them rather than the transformer.
  public var staticVectors: StaticPieceVectors? {
    if case .table(let vectors, _) = backend { return vectors }
    return nil
  }

  /// Builds the encoder from a model file: the dense weights are widened to 32-bit floats
  /// once (about 4 bytes per weight), the word embeddings stay 4-bit in the file's mapping.
  public init(
    file: EmbeddingModelFile, threads: Int = 2, prefix: String = "query: ",
    batchTokens: Int = 2048
  ) throws(EmbeddingModelError) {
    try ProcessorSupport.check()
    let header = file.header
    let hidden = header.hidden
    func dense(_ names: [String], inputs: Int) -> PackedMatrix {
      let rows = names.map { file.q4Rows("\($0).w", rows: file.tensors["\($0).w"]!.count / inputs) }
      let bias = names.flatMap { file.floats("\($0).b") }
      var offsets: [Int] = [0]
      for matrix in rows { offsets.append(offsets.last! + matrix.rows) }
      return PackedMatrix(outputs: offsets.last!, inputs: inputs, bias: bias) { row, out in
        let part = offsets.lastIndex { $0 <= row }!
        rows[part].decodeRow(row - offsets[part], into: out)
      }
    }
    func norm(_ name: String) -> TransformerEncoder.Norm {
      TransformerEncoder.Norm(gain: file.floats("\(name).w"), shift: file.floats("\(name).b"))
    }
    let layers = (0..<header.layers).map { index in
      let layer = "l\(index)"
      return TransformerEncoder.Layer(
        projections: dense(["\(layer).q", "\(layer).k", "\(layer).v"], inputs: hidden),
        attentionOutput: dense(["\(layer).ao"], inputs: hidden),
        attentionNorm: norm("\(layer).aln"),
        expansion: dense(["\(layer).fi"], inputs: hidden),
        contraction: dense(["\(layer).fo"], inputs: header.intermediate),
        outputNorm: norm("\(layer).oln"))
    }
    backend = .transformer(
      TransformerEncoder(
        shape: TransformerEncoder.Shape(
          hidden: hidden, heads: header.heads, intermediate: header.intermediate,
          maxPositions: header.maxPositions, epsilon: header.epsilon),
        wordEmbeddings: file.q4Rows("emb.word", rows: header.embeddingRows),
        positions: file.floats("emb.pos"), tokenType: Array(file.floats("emb.type")[0..<hidden]),
        embeddingNorm: norm("emb.ln"), layers: layers))
    dimension = hidden
    tokenizer = file.tokenizer
    self.prefix = prefix
    self.threads = max(1, threads)
    self.batchTokens = max(batchTokens, header.maxPositions)
  }

  /// Loads the model file at `path` and builds the encoder.
  public convenience init(path: String, threads: Int = 2) throws(EmbeddingModelError) {
    try self.init(file: EmbeddingModelFile(path: path), threads: threads)
  }

  /// An encoder of the model's tokenizer and `staticVectors` distilled from it: the
  /// transformer is not built.
  ///
  /// - Throws: ``EmbeddingModelError/file(_:)`` naming the vectors file when its pieces or
  ///   vector length are not the model's.
  public init(
    file: EmbeddingModelFile, staticVectors: StaticPieceVectors, path: String, threads: Int = 2
  )
    throws(EmbeddingModelError)
  {
    let tokenizer = file.tokenizer
    guard staticVectors.pieceCount == tokenizer.pieceCount,
      staticVectors.dimension == file.header.hidden
    else {
      throw .file(
        FileError(
          path: path,
          .malformed(
            location: "byte 4",
            reason:
              "\(staticVectors.pieceCount) vectors of \(staticVectors.dimension) for a model of \(tokenizer.pieceCount) pieces and \(file.header.hidden) dimensions"
          )))
    }
    let smoothing = staticVectors.smoothing
    let weights = (0..<tokenizer.pieceCount).map { piece in
      smoothing / (smoothing + Float(Foundation.exp(Double(tokenizer.score(Int32(piece))))))
    }
    backend = .table(staticVectors, weights: weights)
    dimension = file.header.hidden
    self.tokenizer = tokenizer
    prefix = ""
    self.threads = max(1, threads)
    batchTokens = file.header.maxPositions
  }

  /// The tokens of `text` as the model reads it: prefix, start and end tokens included,
  /// before any cutting into windows.
  public func tokenCount(_ text: String) -> Int {
    tokenizer.tokenIDs(prefix + text).count + 2
  }

  /// One window of a text: its content tokens `range` of the text's tokens.
  private struct Window {
    var text: Int
    var tokens: ArraySlice<Int32>
  }

  /// The unit vectors of `texts`, in order, ``dimension`` floats each.
  public func embed(_ texts: [String]) -> [[Float]] {
    meanStates(texts).map { Self.unitVector($0.mean) }
  }

  /// A text's vector from its mean state (``meanStates(_:)``): the state L2-normalized.
  public static func unitVector(_ mean: [Float]) -> [Float] {
    let norm = mean.reduce(0) { $0 + $1 * $1 }.squareRoot()
    let inverse = 1 / max(norm, 1e-6)
    return mean.map { $0 * inverse }
  }

  /// Each text's mean final token state before normalization, and the number of tokens
  /// averaged (its content tokens, at least 1): the runs of sentences the aligner compares
  /// can be pooled from their sentences' states without encoding the run again.
  public func meanStates(_ texts: [String]) -> [(mean: [Float], tokens: Int)] {
    let work = ParallelWork(threads: threads)
    let encoder: TransformerEncoder
    switch backend {
    case .table(let vectors, let weights):
      return work.map(texts.count) { index in
        Self.tableMean(tokenizer.tokenIDs(texts[index]), vectors: vectors, weights: weights)
      }
    case .transformer(let transformer):
      encoder = transformer
    }
    let contents = work.map(texts.count) { tokenizer.tokenIDs(prefix + texts[$0]) }
    let windowLength = encoder.shape.maxPositions - 2
    var windows: [Window] = []
    for (index, content) in contents.enumerated() {
      var start = 0
      repeat {
        let end = min(start + windowLength, content.count)
        windows.append(Window(text: index, tokens: content[start..<end]))
        start = end
      } while start < content.count
    }
    // Window means, computed a batch at a time in window order.
    var means = [Float](repeating: 0, count: windows.count * dimension)
    var first = 0
    while first < windows.count {
      var last = first
      var tokens: [Int32] = []
      var segments: [Range<Int>] = []
      while last < windows.count
        && (last == first || tokens.count + windows[last].tokens.count + 2 <= batchTokens)
      {
        let start = tokens.count
        tokens.append(tokenizer.startToken)
        tokens += windows[last].tokens
        tokens.append(tokenizer.endToken)
        segments.append(start..<tokens.count)
        last += 1
      }
      means.withUnsafeMutableBufferPointer { means in
        encoder.meanStates(
          tokens: tokens, segments: segments,
          into: means.baseAddress! + first * dimension, work: work)
      }
      first = last
    }
    // Each text: the token-weighted mean of its windows.
    var vectors = [[Float]](repeating: [Float](repeating: 0, count: dimension), count: texts.count)
    var totals = [Int](repeating: 0, count: texts.count)
    for (index, window) in windows.enumerated() {
      let weight = max(window.tokens.count, 1)
      totals[window.text] += weight
      for i in 0..<dimension {
        vectors[window.text][i] += Float(weight) * means[index * dimension + i]
      }
    }
    for text in 0..<texts.count {
      let scale = 1 / Float(totals[text])
      for i in 0..<dimension { vectors[text][i] *= scale }
    }
    return zip(vectors, totals).map { (mean: $0, tokens: $1) }
  }

  /// A text's weighted mean of its pieces' static vectors, and its number of pieces.
  private static func tableMean(
    _ pieces: [Int32], vectors: StaticPieceVectors, weights: [Float]
  ) -> (mean: [Float], tokens: Int) {
    var sum = [Float](repeating: 0, count: vectors.dimension)
    var total: Float = 0
    sum.withUnsafeMutableBufferPointer { sum in
      for piece in pieces {
        let weight = weights[Int(piece)]
        total += weight
        vectors.add(Int(piece), weight: weight, to: sum.baseAddress!)
      }
    }
    let scale: Float = total > 0 ? 1 / total : 0
    return (sum.map { $0 * scale }, max(1, pieces.count))
  }

  /// Each piece's mean final state, the piece alone between the start and end tokens: what
  /// ``StaticPieceVectors`` are distilled from. `progress` hears the share done.
  ///
  /// - Precondition: the encoder runs its transformer.
  package func pieceStates(_ pieces: [Int32], progress: (Double) -> Void = { _ in }) -> [[Float]] {
    guard case .transformer(let encoder) = backend else {
      preconditionFailure("static vectors are distilled from a transformer")
    }
    let work = ParallelWork(threads: threads)
    var result: [[Float]] = []
    var first = 0
    while first < pieces.count {
      let last = min(pieces.count, first + batchTokens / 3)
      var tokens: [Int32] = []
      var segments: [Range<Int>] = []
      for piece in pieces[first..<last] {
        segments.append(tokens.count..<(tokens.count + 3))
        tokens += [tokenizer.startToken, piece, tokenizer.endToken]
      }
      var means = [Float](repeating: 0, count: segments.count * dimension)
      means.withUnsafeMutableBufferPointer { means in
        encoder.meanStates(tokens: tokens, segments: segments, into: means.baseAddress!, work: work)
      }
      for k in 0..<segments.count {
        result.append(Array(means[(k * dimension)..<((k + 1) * dimension)]))
      }
      first = last
      progress(Double(first) / Double(pieces.count))
    }
    return result
  }
}
