import BitextText
import Foundation

/// One static vector per vocabulary piece, distilled once from a sentence encoder: each piece
/// alone between the start and end tokens through the transformer, its mean final state kept.
/// A sentence's vector is then the mean of its pieces' vectors, each weighted
/// `a / (a + p)` with `p` the piece's unigram probability (the tokenizer's score) and `a` the
/// ``smoothing``: frequent pieces (articles, punctuation) count less. No transformer runs at
/// alignment time: a sentence costs a table look-up per piece.
///
/// On the development sets this keeps part of what the full encoder adds to the aligner (see
/// the README), at the speed of alignment without embeddings.
///
/// The file (`BSV1`, little-endian): the mark, the vector length `d`, the number of pieces,
/// the smoothing (32-bit float), the length and bytes of the SHA-256 (hex) of the weights it
/// was distilled from, then for each piece a 32-bit float scale and `d` signed bytes (the
/// vector is `scale × byte`).
public struct StaticPieceVectors: Sendable {
  /// The length of the vectors.
  public let dimension: Int
  /// The number of pieces.
  public let pieceCount: Int
  /// `a` in the piece weights.
  public let smoothing: Float
  /// The SHA-256 (hex) of the weights file the vectors were distilled from.
  public let sourceChecksum: String
  private let scales: [Float]
  private let values: [Int8]

  static let magic: [UInt8] = Array("BSV1".utf8)
  /// The default smoothing `a`.
  public static let defaultSmoothing: Float = 1e-3

  /// Reads the vectors file at `path`; every count and length is checked against the file.
  public init(path: String) throws(EmbeddingModelError) {
    try self.init(data: ByteReader.mappedFile(path), path: path)
  }

  /// Reads vectors from a file's bytes; `path` names the file in errors.
  public init(data: Data, path: String) throws(EmbeddingModelError) {
    var reader = try ByteReader.opening(
      data, path: path, magic: Self.magic, notA: "a static piece-vectors file")
    let data = reader.data
    let dimension = try reader.readInt32("the vector length")
    let pieces = try reader.readInt32("the number of pieces")
    guard dimension > 0 && dimension <= 4096 else {
      throw reader.malformed("vector length \(dimension) is not in 1…4096", at: 4)
    }
    guard pieces > 0 && pieces <= 10_000_000 else {
      throw reader.malformed("\(pieces) pieces is not in 1…10,000,000", at: 8)
    }
    let smoothing = try reader.readFloat("the smoothing")
    guard smoothing.isFinite && smoothing > 0 else {
      throw reader.malformed("the smoothing \(smoothing) is not a positive number", at: 12)
    }
    let checksumLength = try reader.readInt32("the length of the source checksum")
    guard checksumLength >= 0 && checksumLength <= 128 else {
      throw reader.malformed("a source checksum of \(checksumLength) bytes", at: 16)
    }
    let checksum = String(
      decoding: try reader.readBytes(checksumLength, "the source checksum"), as: UTF8.self)
    let rowBytes = 4 + dimension
    let start = reader.offset
    try reader.require(pieces * rowBytes, "the vectors")
    guard data.count == start + pieces * rowBytes else {
      throw reader.malformed(
        "\(data.count - start - pieces * rowBytes) bytes after the last vector",
        at: start + pieces * rowBytes)
    }
    var scales = [Float](repeating: 0, count: pieces)
    var values = [Int8](repeating: 0, count: pieces * dimension)
    data.withUnsafeBytes { raw in
      for piece in 0..<pieces {
        let row = start + piece * rowBytes
        scales[piece] = Float(
          bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: row, as: UInt32.self)))
        for d in 0..<dimension {
          values[piece * dimension + d] = Int8(bitPattern: raw[row + 4 + d])
        }
      }
    }
    if let bad = scales.firstIndex(where: { !$0.isFinite || $0 < 0 }) {
      throw reader.malformed(
        "the scale of piece \(bad) is \(scales[bad])", at: start + bad * rowBytes)
    }
    self.dimension = dimension
    pieceCount = pieces
    self.smoothing = smoothing
    sourceChecksum = checksum
    self.scales = scales
    self.values = values
  }

  /// Adds `weight` times piece `piece`'s vector to `sum` (``dimension`` floats).
  @inline(__always)
  func add(_ piece: Int, weight: Float, to sum: UnsafeMutablePointer<Float>) {
    let scale = weight * scales[piece]
    values.withUnsafeBufferPointer { values in
      let row = values.baseAddress! + piece * dimension
      for d in 0..<dimension { sum[d] += scale * Float(row[d]) }
    }
  }

  /// The bytes of a vectors file: `vectors` (one per piece, `dimension` floats each) quantized
  /// to a scale and signed bytes per piece.
  public static func encode(
    _ vectors: [[Float]], dimension: Int, smoothing: Float, sourceChecksum: String
  ) -> Data {
    var data = Data(magic)
    func append<T: FixedWidthInteger>(_ value: T) {
      withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }
    append(Int32(dimension))
    append(Int32(vectors.count))
    append(smoothing.bitPattern)
    let checksum = Array(sourceChecksum.utf8)
    append(Int32(checksum.count))
    data.append(contentsOf: checksum)
    data.reserveCapacity(data.count + vectors.count * (4 + dimension))
    for vector in vectors {
      let largest = vector.prefix(dimension).reduce(Float(0)) { max($0, abs($1)) }
      let scale = largest > 0 ? largest / 127 : 0
      append(scale.bitPattern)
      for d in 0..<dimension {
        let value = d < vector.count && scale > 0 ? (vector[d] / scale).rounded() : 0
        data.append(UInt8(bitPattern: Int8(max(-127, min(127, value)))))
      }
    }
    return data
  }
}
