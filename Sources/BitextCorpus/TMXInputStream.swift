import BitextText
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The bytes of a TMX document, handed to the XML parser chunk by chunk so that a file of any
/// size is parsed in bounded memory.
///
/// Every byte passed on is checked to be UTF-8 as it goes by: the first invalid byte ends the
/// stream with ``failure`` naming its offset and line, as ``TextFile/decode(_:path:)`` would.
/// ``readAhead()`` reads the first bytes ahead, for ``TMXPrologScanner``; they are then passed
/// on first.
final class TMXInputStream: InputStream {
  /// Where the bytes come from.
  private enum Source {
    case descriptor(Int32)
    case bytes(Data)
  }

  /// The file named in errors.
  let path: String
  /// Why the stream stopped early, if it did: unreadable file, or bytes that are not UTF-8.
  private(set) var failure: FileError?
  private var source: Source
  /// Where the next byte of a `.bytes` source is.
  private var sourceOffset = 0
  /// Bytes read ahead by ``readProlog(limit:)``, not yet passed on.
  private var pending: [UInt8] = []
  /// The bytes of a UTF-8 sequence split across two chunks, held back until complete.
  private var carry: [UInt8] = []
  /// How many bytes were passed on (BOM included), and how many of them were line feeds.
  private var passedBytes = 0
  private var passedLines = 0
  private var atEnd = false
  private var checkedBinary = false

  /// A stream over bytes in memory.
  init(data: Data, path: String) {
    self.path = path
    self.source = .bytes(data)
    super.init(data: Data())
  }

  /// A stream over a file, opened now.
  ///
  /// - Throws: ``FileError`` for a missing file, a directory or an unreadable file.
  init(filePath: String) throws(FileError) {
    var info = stat()
    guard stat(filePath, &info) == 0 else {
      let code = errno
      throw FileError(
        path: filePath,
        code == ENOENT || code == ENOTDIR
          ? .missing : .unreadable(String(cString: strerror(code))))
    }
    if info.st_mode & S_IFMT == S_IFDIR { throw FileError(path: filePath, .isDirectory) }
    let descriptor = systemOpen(filePath)
    guard descriptor >= 0 else {
      throw FileError(path: filePath, .unreadable(String(cString: strerror(errno))))
    }
    self.path = filePath
    self.source = .descriptor(descriptor)
    super.init(data: Data())
  }

  deinit {
    if case .descriptor(let descriptor) = source { systemClose(descriptor) }
  }

  override func open() {}
  override func close() {}
  override var hasBytesAvailable: Bool { !atEnd }
  override var streamStatus: Stream.Status { atEnd ? .atEnd : .open }
  override var streamError: (any Error)? { failure }

  /// Reads ahead 64 KiB more and returns all bytes read ahead so far (they are passed on to
  /// the parser later), and whether the input has ended.
  func readAhead() -> (bytes: [UInt8], atEnd: Bool) {
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    let count = chunk.withUnsafeMutableBufferPointer { readSource(into: $0) }
    if count > 0 { pending += chunk[0..<count] }
    return (pending, count <= 0)
  }

  override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int {
    guard failure == nil, maxLength >= 4 else { return -1 }
    let output = UnsafeMutableBufferPointer(start: buffer, count: maxLength)
    let length = maxLength
    var filled = 0
    for byte in carry {
      output[filled] = byte
      filled += 1
    }
    carry = []
    if !pending.isEmpty {
      let count = min(pending.count, length - filled)
      for i in 0..<count { output[filled + i] = pending[i] }
      pending.removeFirst(count)
      filled += count
    } else if filled < length {
      let count = readSource(
        into: UnsafeMutableBufferPointer(rebasing: output[filled..<length]))
      if count < 0 { return -1 }
      filled += count
    }
    if filled == 0 {
      atEnd = true
      return 0
    }
    // Hold back an incomplete UTF-8 sequence at the end, unless the input ended.
    var end = filled
    if !sourceExhausted {
      end = Self.completeLength(UnsafeBufferPointer(rebasing: output[..<filled]))
      carry = Array(output[end..<filled])
      if end == 0 {
        // A lone lead byte in a 1–3 byte read: read on before checking.
        return read(buffer, maxLength: maxLength)
      }
    }
    let checked = UnsafeBufferPointer(rebasing: output[..<end])
    if let offset = TextDecoder.firstInvalidUTF8Offset(checked) {
      let line = passedLines + checked[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
      failure = FileError(
        path: path, .notText(.invalidUTF8(offset: passedBytes + offset), line: line))
      return -1
    }
    if !checkedBinary {
      checkedBinary = true
      if let offset = TextDecoder.binaryOffset(checked) {
        let line = checked[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        failure = FileError(path: path, .notText(.binary(offset: offset), line: line))
        return -1
      }
    }
    passedBytes += end
    passedLines += checked.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
    return end
  }

  /// Whether the source has no more bytes (only known after a read returned 0).
  private var sourceExhausted = false

  /// Reads from the source; 0 at its end, -1 (with ``failure`` set) on a read error.
  private func readSource(into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
    guard !sourceExhausted, let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
    var count = 0
    switch source {
    case .bytes(let data):
      count = min(buffer.count, data.count - sourceOffset)
      if count > 0 {
        let start = data.startIndex + sourceOffset
        data.copyBytes(to: base, from: start..<(start + count))
        sourceOffset += count
      }
    case .descriptor(let descriptor):
      while true {
        count = systemRead(descriptor, base, buffer.count)
        if count < 0 && errno == EINTR { continue }
        break
      }
      if count < 0 {
        failure = FileError(path: path, .unreadable(String(cString: strerror(errno))))
        return -1
      }
    }
    if count == 0 { sourceExhausted = true }
    return count
  }

  /// The length of the longest prefix of `bytes` that does not end inside a UTF-8 sequence
  /// (invalid bytes count as complete: the check reports them).
  static func completeLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var start = bytes.count
    // Find the last lead byte within the last 3 bytes.
    while start > 0 && bytes.count - start < 4 {
      start -= 1
      let byte = bytes[start]
      if byte & 0xC0 != 0x80 {
        let needed =
          switch byte {
          case 0xC2...0xDF: 2
          case 0xE0...0xEF: 3
          case 0xF0...0xF4: 4
          default: 1
          }
        return bytes.count - start < needed ? start : bytes.count
      }
    }
    return bytes.count
  }
}

private func systemOpen(_ path: String) -> Int32 { open(path, O_RDONLY) }

private func systemClose(_ descriptor: Int32) { _ = close(descriptor) }

private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int
{
  read(descriptor, buffer, count)
}
