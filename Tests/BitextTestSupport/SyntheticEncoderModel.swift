import Foundation

/// A small sentence-encoder weights file in the 4-bit `E5S1` format, with pseudo-random
/// weights from a seed: the same layout as multilingual-e5-small at a size the tests run in
/// a debug build. Its vocabulary holds the four special tokens then ``pieces``.
package struct SyntheticEncoderModel: Sendable {
  package var hidden = 32
  package var layers = 2
  package var heads = 2
  package var intermediate = 64
  package var maxPositions = 16
  package var tokenTypes = 2
  package var epsilon: Float = 1e-5
  package var seed: UInt64 = 1
  /// A tensor left out of the file, for the tests of damaged files.
  package var missingTensor: String?
  /// A tensor written with half its values, for the tests of damaged files.
  package var shortTensor: String?
  /// The pieces after `<s>`, `<pad>`, `</s>`, `<unk>`, with their log-probabilities.
  package var pieces: [(String, Float)] = SyntheticEncoderModel.defaultPieces
  /// Code point replacements of the normalization table.
  package var normalization: [(UInt32, [UInt32])] = [
    (0x09, [0x20]), (0xA0, [0x20]), (0xFF21, [0x41]), (0xFB01, [0x66, 0x69]), (0x07, []),
  ]

  /// Word pieces of a few English and French words, single letters, and punctuation.
  package static let defaultPieces: [(String, Float)] = {
    var pieces: [(String, Float)] = [
      ("▁", -3), ("▁the", -4), ("▁le", -4), ("▁cat", -6), ("▁chat", -6), ("▁dog", -6),
      ("▁chien", -6), ("▁query", -5), (":", -4), (".", -3), (",", -3), ("s", -5), ("▁a", -4),
      ("▁fi", -7), ("ne", -6), ("▁A", -6), ("▁sleeps", -8), ("▁dort", -8), ("▁sleep", -7),
    ]
    for letter in "abcdefghijklmnopqrstuvwxyzéABC" { pieces.append((String(letter), -10)) }
    for letter in "abcdefghijklmnopqrstuvwxyz" { pieces.append(("▁\(letter)", -9)) }
    return pieces
  }()

  package init() {}

  /// The ids of the special tokens.
  package static let start: Int32 = 0
  package static let end: Int32 = 2
  package static let unknown: Int32 = 3

  /// The id of `piece`.
  package func id(of piece: String) -> Int32? {
    pieces.firstIndex { $0.0 == piece }.map { Int32($0 + 4) }
  }

  /// The rows of the embedding table: the vocabulary and a few unused rows, as in the real
  /// model.
  package var embeddingRows: Int { pieces.count + 4 + 3 }

  /// The file's bytes.
  package func bytes() -> Data {
    var random = seed &* 0x9E37_79B9_7F4A_7C15 | 1
    func next() -> UInt64 {
      random ^= random << 13
      random ^= random >> 7
      random ^= random << 17
      return random
    }
    func uniform() -> Float { Float(next() >> 40) / Float(1 << 24) * 2 - 1 }

    var header = Data()
    header.append(contentsOf: Array("E5S1".utf8))
    for value in [1, hidden, layers, heads, intermediate, embeddingRows, maxPositions, tokenTypes] {
      header.appendLittleEndian(UInt32(truncatingIfNeeded: value))
    }
    header.appendLittleEndian(epsilon.bitPattern)
    header.appendLittleEndian(UInt32(32))
    // Vocabulary.
    let vocabulary = [("<s>", Float(0)), ("<pad>", 0), ("</s>", 0), ("<unk>", 0)] + pieces
    var blob: [UInt8] = []
    var starts: [UInt32] = [0]
    for (piece, _) in vocabulary {
      blob += Array(piece.utf8)
      starts.append(UInt32(blob.count))
    }
    for value in [UInt32(vocabulary.count), 0, 2, 1, 3] { header.appendLittleEndian(value) }
    header.appendLittleEndian(UInt64(blob.count))
    for start in starts { header.appendLittleEndian(start) }
    for (_, score) in vocabulary { header.appendLittleEndian(score.bitPattern) }
    header.append(contentsOf: blob)
    var table = Data()
    for (from, to) in normalization {
      table.appendLittleEndian(from)
      table.append(UInt8(to.count))
      for point in to { table.appendLittleEndian(point) }
    }
    header.appendLittleEndian(UInt32(normalization.count))
    header.appendLittleEndian(UInt32(table.count))
    header.append(table)

    // Tensors: name, 0 = float32 / 1 = 4-bit, values.
    var tensors: [(String, UInt8, Data, Int)] = []
    func floats(_ name: String, _ count: Int, around center: Float, spread: Float) {
      var data = Data()
      for _ in 0..<count { data.appendLittleEndian((center + spread * uniform()).bitPattern) }
      tensors.append((name, 0, data, count))
    }
    func q4(_ name: String, rows: Int, columns: Int) {
      var data = Data()
      let scale = Float16(1.2 / Float(columns).squareRoot() / 4)
      for _ in 0..<(rows * columns / 32) {
        data.appendLittleEndian(scale.bitPattern)
        for _ in 0..<16 { data.append(UInt8(truncatingIfNeeded: next() >> 24)) }
      }
      tensors.append((name, 1, data, rows * columns))
    }
    q4("emb.word", rows: embeddingRows, columns: hidden)
    floats("emb.pos", maxPositions * hidden, around: 0, spread: 0.1)
    floats("emb.type", tokenTypes * hidden, around: 0, spread: 0.1)
    floats("emb.ln.w", hidden, around: 1, spread: 0.1)
    floats("emb.ln.b", hidden, around: 0, spread: 0.1)
    for layer in 0..<layers {
      for name in ["q", "k", "v", "ao"] {
        q4("l\(layer).\(name).w", rows: hidden, columns: hidden)
        floats("l\(layer).\(name).b", hidden, around: 0, spread: 0.05)
      }
      floats("l\(layer).aln.w", hidden, around: 1, spread: 0.1)
      floats("l\(layer).aln.b", hidden, around: 0, spread: 0.1)
      q4("l\(layer).fi.w", rows: intermediate, columns: hidden)
      floats("l\(layer).fi.b", intermediate, around: 0, spread: 0.05)
      q4("l\(layer).fo.w", rows: hidden, columns: intermediate)
      floats("l\(layer).fo.b", hidden, around: 0, spread: 0.05)
      floats("l\(layer).oln.w", hidden, around: 1, spread: 0.1)
      floats("l\(layer).oln.b", hidden, around: 0, spread: 0.1)
    }
    tensors.removeAll { $0.0 == missingTensor }
    if let index = tensors.firstIndex(where: { $0.0 == shortTensor }) {
      tensors[index].2 = tensors[index].2.prefix(tensors[index].2.count / 2)
      tensors[index].3 /= 2
    }
    // The directory, then the tensors at 32-byte aligned offsets.
    var directorySize = 4
    for (name, _, _, _) in tensors { directorySize += 2 + name.utf8.count + 1 + 4 + 8 + 8 }
    var offset = (header.count + directorySize + 31) / 32 * 32
    var directory = Data()
    directory.appendLittleEndian(UInt32(tensors.count))
    var body = Data()
    for (name, kind, data, count) in tensors {
      directory.appendLittleEndian(UInt16(name.utf8.count))
      directory.append(contentsOf: Array(name.utf8))
      directory.append(kind)
      directory.appendLittleEndian(UInt32(count))
      directory.appendLittleEndian(UInt64(offset))
      directory.appendLittleEndian(UInt64(data.count))
      body.append(data)
      let padded = (data.count + 31) / 32 * 32
      body.append(Data(count: padded - data.count))
      offset += padded
    }
    var file = header + directory
    file.append(Data(count: (file.count + 31) / 32 * 32 - file.count))
    return file + body
  }

  /// Writes the file into `directory` and returns its path.
  package func write(to directory: URL, name: String = "model.bin") throws -> String {
    let url = directory.appendingPathComponent(name)
    try bytes().write(to: url)
    return url.path
  }
}

extension Data {
  fileprivate mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
    Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
  }
}
