/// A SentencePiece unigram tokenizer (the one XLM-RoBERTa models use, as their fast tokenizer
/// runs it): the text is mapped code point by code point through the model's normalization
/// table, runs of spaces become one, a word-start mark `▁` replaces each space and opens the
/// text unless it starts with a space (so a text ending with a space ends with a `▁` token),
/// and
/// the pieces are the segmentation with the highest total score (Viterbi over the
/// vocabulary's log-probabilities). A character no piece covers becomes the unknown token,
/// scored below every piece.
public struct SentencePieceTokenizer: Sendable {
  /// The id of the start-of-text token.
  public let startToken: Int32
  /// The id of the end-of-text token.
  public let endToken: Int32
  /// The id of the unknown token.
  public let unknownToken: Int32
  /// The score (log probability) of piece `piece`.
  public func score(_ piece: Int32) -> Float { scores[Int(piece)] }
  /// The number of pieces.
  public var pieceCount: Int { scores.count }

  private let pieceBytes: [UInt8]
  private let pieceStarts: [UInt32]
  private let scores: [Float]
  private let unknownScore: Float
  private let longestPiece: Int
  /// Open addressing: piece id + 1, 0 for an empty slot.
  private let slots: [Int32]
  private let normalizedFrom: [UInt32]
  private let normalizedStarts: [UInt32]
  private let normalizedTo: [UInt32]

  /// The word-start mark, U+2581.
  private static let wordStart: Unicode.Scalar = "\u{2581}"

  init(
    pieceBytes: [UInt8], pieceStarts: [UInt32], scores: [Float], startToken: Int32,
    endToken: Int32, unknownToken: Int32, normalization: [(UInt32, [UInt32])]
  ) {
    self.pieceBytes = pieceBytes
    self.pieceStarts = pieceStarts
    self.scores = scores
    self.startToken = startToken
    self.endToken = endToken
    self.unknownToken = unknownToken
    unknownScore = (scores.min() ?? 0) - 10
    var longest = 1
    var capacity = 1
    while capacity < scores.count * 2 { capacity <<= 1 }
    var slots = [Int32](repeating: 0, count: capacity)
    for piece in 0..<scores.count {
      let start = Int(pieceStarts[piece])
      let length = Int(pieceStarts[piece + 1]) - start
      guard length > 0 else { continue }
      longest = max(longest, length)
      var slot = Self.hash(pieceBytes[start..<(start + length)]) & (capacity - 1)
      while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
      slots[slot] = Int32(piece + 1)
    }
    self.slots = slots
    longestPiece = longest
    let sorted = normalization.sorted { $0.0 < $1.0 }
    normalizedFrom = sorted.map(\.0)
    var starts: [UInt32] = [0]
    var outputs: [UInt32] = []
    for (_, replacement) in sorted {
      outputs += replacement
      starts.append(UInt32(outputs.count))
    }
    normalizedStarts = starts
    normalizedTo = outputs
  }

  /// FNV-1a over the bytes.
  private static func hash<C: Collection<UInt8>>(_ bytes: C) -> Int {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return Int(truncatingIfNeeded: hash)
  }

  /// The id of the piece with exactly these bytes, if any.
  private func piece(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let mask = slots.count - 1
    var slot = Self.hash(bytes) & mask
    while true {
      let entry = Int(slots[slot])
      if entry == 0 { return nil }
      let start = Int(pieceStarts[entry - 1])
      let length = Int(pieceStarts[entry]) - start
      if length == bytes.count
        && pieceBytes.withUnsafeBufferPointer({ all in
          memcmpEqual(all.baseAddress! + start, bytes.baseAddress!, length)
        })
      {
        return entry - 1
      }
      slot = (slot + 1) & mask
    }
  }

  /// The normalized text as code points: mapped through the table, runs of spaces collapsed.
  func normalized(_ text: String) -> [Unicode.Scalar] {
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(text.unicodeScalars.count)
    func append(_ scalar: Unicode.Scalar) {
      if scalar == " " && scalars.last == " " { return }
      scalars.append(scalar)
    }
    for scalar in text.unicodeScalars {
      if let entry = binarySearch(scalar.value) {
        for index in Int(normalizedStarts[entry])..<Int(normalizedStarts[entry + 1]) {
          if let mapped = Unicode.Scalar(normalizedTo[index]) { append(mapped) }
        }
      } else {
        append(scalar)
      }
    }
    return scalars
  }

  private func binarySearch(_ value: UInt32) -> Int? {
    var low = 0
    var high = normalizedFrom.count - 1
    while low <= high {
      let middle = (low + high) / 2
      let found = normalizedFrom[middle]
      if found == value { return middle }
      if found < value { low = middle + 1 } else { high = middle - 1 }
    }
    return nil
  }

  /// The token ids of `text`, without the start and end tokens.
  public func tokenIDs(_ text: String) -> [Int32] {
    let scalars = normalized(text)
    // The UTF-8 bytes of the text with spaces as "▁", after a "▁" unless it starts with a
    // space, and where each character starts.
    var bytes: [UInt8] = []
    var starts: [Int] = []
    bytes.reserveCapacity(scalars.count * 3 + 3)
    starts.reserveCapacity(scalars.count + 2)
    let marked = scalars.map { $0 == " " ? Self.wordStart : $0 }
    for scalar in scalars.first == " " ? marked : [Self.wordStart] + marked {
      starts.append(bytes.count)
      bytes.append(contentsOf: UTF8.encode(scalar)!)
    }
    starts.append(bytes.count)
    let characters = starts.count - 1
    var best = [Float](repeating: -.infinity, count: characters + 1)
    var chosen = [Int32](repeating: -1, count: characters + 1)
    var from = [Int](repeating: 0, count: characters + 1)
    best[0] = 0
    bytes.withUnsafeBufferPointer { bytes in
      for start in 0..<characters where best[start] > -.infinity {
        var end = start + 1
        while end <= characters && starts[end] - starts[start] <= longestPiece {
          let span = UnsafeBufferPointer(
            rebasing: bytes[starts[start]..<starts[end]])
          if let id = piece(span), id != Int(unknownToken) {
            let score = best[start] + scores[id]
            if score > best[end] {
              best[end] = score
              chosen[end] = Int32(id)
              from[end] = start
            }
          }
          end += 1
        }
        let fallback = best[start] + unknownScore
        if fallback > best[start + 1] {
          best[start + 1] = fallback
          chosen[start + 1] = unknownToken
          from[start + 1] = start
        }
      }
    }
    var ids: [Int32] = []
    var position = characters
    while position > 0 {
      ids.append(chosen[position])
      position = from[position]
    }
    return ids.reversed()
  }
}

/// Whether `count` bytes at `a` and `b` are equal.
@inline(__always)
private func memcmpEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int)
  -> Bool
{
  for index in 0..<count where a[index] != b[index] { return false }
  return true
}

extension SentencePieceTokenizer {
  /// Reads the vocabulary and normalization table of a model file at the reader's position.
  static func read(from reader: inout ByteReader, embeddingRows: Int) throws(EmbeddingModelError)
    -> SentencePieceTokenizer
  {
    let start = reader.offset
    let count = try reader.readInt32("the vocabulary")
    let startToken = try reader.readInt32("the vocabulary")
    let endToken = try reader.readInt32("the vocabulary")
    _ = try reader.readInt32("the vocabulary")  // padding token, never fed
    let unknownToken = try reader.readInt32("the vocabulary")
    let byteCount = try reader.read(UInt64.self, "the vocabulary")
    guard (4...embeddingRows).contains(count),
      [startToken, endToken, unknownToken].allSatisfy({ (0..<count).contains($0) }),
      byteCount <= UInt64(reader.data.count)
    else {
      throw reader.malformed(
        "a vocabulary of \(count) pieces (special ids \(startToken), \(endToken), "
          + "\(unknownToken)) for \(embeddingRows) embeddings", at: start)
    }
    let starts = try reader.readArray(UInt32.self, count: count + 1, "the piece offsets")
    let scoreBits = try reader.readArray(UInt32.self, count: count, "the piece scores")
    let bytes = try reader.readBytes(Int(byteCount), "the piece strings")
    guard starts.first == 0, zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 }),
      starts.last.map({ UInt64($0) <= byteCount }) == true
    else {
      throw reader.malformed("the piece offsets are not increasing within the strings", at: start)
    }
    let scores = scoreBits.map { Float(bitPattern: $0) }
    guard scores.allSatisfy(\.isFinite) else {
      throw reader.malformed("a piece score is not a finite number", at: start)
    }
    let tableStart = reader.offset
    let entries = try reader.readInt32("the normalization table")
    let tableBytes = Int(try reader.read(UInt32.self, "the normalization table"))
    try reader.require(tableBytes, "the normalization table")
    guard entries >= 0 else { throw reader.malformed("a negative table size", at: tableStart) }
    var table = ByteReader(data: reader.data, path: reader.path, offset: reader.offset)
    var normalization: [(UInt32, [UInt32])] = []
    normalization.reserveCapacity(entries)
    for _ in 0..<entries {
      let from = try table.read(UInt32.self, "the normalization table")
      let length = Int(try table.read(UInt8.self, "the normalization table"))
      let to = try table.readArray(UInt32.self, count: length, "the normalization table")
      normalization.append((from, to))
    }
    guard table.offset == reader.offset + tableBytes else {
      throw reader.malformed(
        "the normalization table's entries do not fill its \(tableBytes) bytes", at: tableStart)
    }
    try reader.skip(tableBytes, "the normalization table")
    return SentencePieceTokenizer(
      pieceBytes: bytes, pieceStarts: starts, scores: scores, startToken: Int32(startToken),
      endToken: Int32(endToken), unknownToken: Int32(unknownToken), normalization: normalization)
  }
}
