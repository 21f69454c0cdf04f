import BitextEmbedKernels
import Foundation

/// Another engine's vectors of a list of texts, to check this encoder against: the texts with
/// that engine's token counts (JSON lines `{"text": …, "tokens": N}`) and its vectors
/// (little-endian half floats, one row per text, no header), as in
/// `Tests/BitextEmbedTests/Fixtures`.
package struct ReferenceVectors: Sendable {
  /// The texts and the other engine's token counts.
  package let entries: [(text: String, tokens: Int)]
  /// The vectors, one per text.
  package let vectors: [[Float]]

  /// Reads the two files; `dimension` is the length of the vectors.
  package init(texts: String, vectors path: String, dimension: Int) throws {
    let lines = try String(contentsOfFile: texts, encoding: .utf8).split(separator: "\n")
    entries = try lines.enumerated().map { index, line in
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      guard let text = object?["text"] as? String, let tokens = object?["tokens"] as? Int else {
        throw CocoaError(
          .fileReadCorruptFile,
          userInfo: [NSLocalizedDescriptionKey: "\(texts):\(index + 1): no \"text\" and \"tokens\""]
        )
      }
      return (text, tokens)
    }
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    guard data.count == entries.count * dimension * 2 else {
      throw CocoaError(
        .fileReadCorruptFile,
        userInfo: [
          NSLocalizedDescriptionKey:
            "\(path): \(data.count) bytes, not \(dimension) half floats for each of \(entries.count) texts"
        ])
    }
    let count = entries.count
    vectors = data.withUnsafeBytes { raw in
      (0..<count).map { row in
        (0..<dimension).map { i in
          let bits = raw.loadUnaligned(fromByteOffset: (row * dimension + i) * 2, as: UInt16.self)
          return floatFromHalfBits(UInt16(littleEndian: bits))
        }
      }
    }
  }

  /// The cosine of each reference vector with the vector of the same row of `others`.
  package func cosines(with others: [[Float]]) -> [Float] {
    zip(vectors, others).map { reference, other in
      var dot: Float = 0
      var norms: (Float, Float) = (0, 0)
      for (a, b) in zip(reference, other) {
        dot += a * b
        norms.0 += a * a
        norms.1 += b * b
      }
      return dot / max((norms.0 * norms.1).squareRoot(), 1e-12)
    }
  }
}
