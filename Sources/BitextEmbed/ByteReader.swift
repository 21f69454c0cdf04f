import BitextText
import Foundation

/// Reads little-endian values from a file's bytes, each read checked against the end: a
/// short file is an error naming the byte offset, never a read past the end.
struct ByteReader {
  let data: Data
  let path: String
  private(set) var offset: Int

  /// A reader at `offset` of `data` (whose indices start at 0).
  init(data: Data, path: String, offset: Int = 0) {
    precondition(data.startIndex == 0)
    self.data = data
    self.path = path
    self.offset = offset
  }

  /// The bytes of the file at `path`, mapped into memory rather than copied; a missing or
  /// unreadable file is an error naming it.
  static func mappedFile(_ path: String) throws(EmbeddingModelError) -> Data {
    do {
      return try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
    } catch {
      let problem: FileError.Problem =
        FileManager.default.fileExists(atPath: path)
        ? .unreadable((error as NSError).localizedDescription) : .missing
      throw .file(FileError(path: path, problem))
    }
  }

  /// A reader of `data` past its 4-byte format mark, once the mark is checked to be `magic`;
  /// otherwise an error at byte 0 saying the file is not `what`, followed by `hint`.
  static func opening(
    _ data: Data, path: String, magic: [UInt8], notA what: String, hint: String = ""
  ) throws(EmbeddingModelError) -> ByteReader {
    var reader = ByteReader(data: data.startIndex == 0 ? data : Data(data), path: path)
    guard (try? reader.readBytes(magic.count, "the format mark")) == magic else {
      throw reader.malformed(
        "not \(what) (it does not start with \(String(decoding: magic, as: UTF8.self)))\(hint)",
        at: 0)
    }
    return reader
  }

  /// An error about the bytes at `offset` (the current position unless given).
  func malformed(_ reason: String, at offset: Int? = nil) -> EmbeddingModelError {
    .file(
      FileError(path: path, .malformed(location: "byte \(offset ?? self.offset)", reason: reason)))
  }

  /// Checks that `count` bytes remain; `what` names them in the error.
  func require(_ count: Int, _ what: String) throws(EmbeddingModelError) {
    guard count >= 0, data.count - offset >= count else {
      throw malformed(
        "the file ends inside \(what) (\(count) bytes expected, \(max(0, data.count - offset)) "
          + "left): it is truncated")
    }
  }

  mutating func skip(_ count: Int, _ what: String) throws(EmbeddingModelError) {
    try require(count, what)
    offset += count
  }

  mutating func read<T: FixedWidthInteger>(_: T.Type, _ what: String) throws(EmbeddingModelError)
    -> T
  {
    let size = MemoryLayout<T>.size
    try require(size, what)
    let value = data.withUnsafeBytes { [offset] raw in
      T(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: T.self))
    }
    offset += size
    return value
  }

  mutating func readInt32(_ what: String) throws(EmbeddingModelError) -> Int {
    Int(try read(Int32.self, what))
  }

  mutating func readFloat(_ what: String) throws(EmbeddingModelError) -> Float {
    Float(bitPattern: try read(UInt32.self, what))
  }

  /// `count` little-endian 32-bit values starting here.
  mutating func readArray<T: FixedWidthInteger>(_: T.Type, count: Int, _ what: String)
    throws(EmbeddingModelError) -> [T]
  {
    try require(count * MemoryLayout<T>.size, what)
    let start = offset
    let values = data.withUnsafeBytes { raw in
      (0..<count).map { index in
        T(
          littleEndian: raw.loadUnaligned(
            fromByteOffset: start + index * MemoryLayout<T>.size, as: T.self))
      }
    }
    offset += count * MemoryLayout<T>.size
    return values
  }

  mutating func readBytes(_ count: Int, _ what: String) throws(EmbeddingModelError) -> [UInt8] {
    try require(count, what)
    let start = offset
    offset += count
    return data.withUnsafeBytes { raw in Array(raw[start..<(start + count)]) }
  }
}
