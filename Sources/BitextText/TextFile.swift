#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading input files as checked UTF-8 text: the one way Bitext reads a text, a lexicon, a
/// corpus or a manifest.
///
/// ```swift
/// let text = try TextFile.read("article.fr.txt")   // "-" reads standard input
/// ```
///
/// Errors are ``FileError``s that name the file and the place: a missing file, a directory,
/// binary data, or the line and byte offset of the first byte that is not UTF-8.
public enum TextFile {
  /// The path that means standard input.
  public static let standardInputPath = "-"

  /// How an input is named in messages: `<stdin>` for standard input, else the path.
  public static func displayName(_ path: String) -> String {
    path == standardInputPath ? "<stdin>" : path
  }

  /// The most bytes read from one input: 1 GiB. A larger file is refused before it is read,
  /// and a stream (a pipe, `/dev/zero`) is refused once it has sent more.
  public static let maximumSize = 1 << 30

  /// The bytes of a file, or of standard input for `-`, at most ``maximumSize``.
  ///
  /// Regular files, pipes, FIFOs, process substitutions (`<(…)`), `/dev/stdin` and devices are
  /// all read; a pipe or device is read as a stream to its end (`/dev/null` is empty). The
  /// size of a regular file is checked with `stat` before anything is read.
  public static func bytes(_ path: String) throws(FileError) -> [UInt8] {
    try bytes(path, limit: maximumSize)
  }

  /// The bytes of a file (standard input for `-`), refused with
  /// ``FileError/Problem/tooLarge(limit:)`` when it holds more than `limit` bytes; see
  /// ``bytes(_:)``. With `text`, the input is meant to be text: its first 64 KiB are checked
  /// for binary data before the rest is read, so `/dev/zero` or a huge binary file is refused
  /// at once, with the error ``decode(_:path:)`` would give.
  public static func bytes(_ path: String, limit: Int, text: Bool = false) throws(FileError)
    -> [UInt8]
  {
    try bytes(path, limit: limit) { head, name throws(FileError) in
      if text { try refuseBinary(head, name: name) }
    }
  }

  /// The bytes of a file (standard input for `-`), at most `limit`; `inspect` sees the first
  /// ``sniffSize`` bytes (all of them when there are fewer) and the name of the input before
  /// the rest is read, and may refuse the input by throwing.
  public static func bytes(
    _ path: String, limit: Int,
    inspect: (_ head: [UInt8], _ name: String) throws(FileError) -> Void
  ) throws(FileError) -> [UInt8] {
    let name = displayName(path)
    if path == standardInputPath {
      return try readAll(descriptor: 0, name: name, size: nil, limit: limit, inspect: inspect)
    }
    var info = stat()
    guard stat(path, &info) == 0 else {
      let code = errno
      throw FileError(
        path: path, code == ENOENT || code == ENOTDIR ? .missing : .unreadable(Self.text(code)))
    }
    let kind = info.st_mode & S_IFMT
    if kind == S_IFDIR { throw FileError(path: path, .isDirectory) }
    let size: Int? = kind == S_IFREG ? Int(info.st_size) : nil
    if let size, size > limit { throw FileError(path: path, .tooLarge(limit: limit)) }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw FileError(path: path, .unreadable(Self.text(errno))) }
    defer { _ = close(descriptor) }
    return try readAll(
      descriptor: descriptor, name: path, size: size, limit: limit, inspect: inspect)
  }

  /// The text of a file (or of standard input for `-`), checked to be UTF-8 text; a leading
  /// byte order mark is dropped.
  public static func read(_ path: String) throws(FileError) -> String {
    try decode(bytes(path, limit: maximumSize, text: true), path: displayName(path))
  }

  /// Decodes bytes read from `path` as UTF-8 text with ``TextDecoder`` (binary data is
  /// refused); leading byte order marks are dropped (a file saved twice by an editor may hold
  /// two; a second one would read as an invisible character at the start of the first line). Offsets in errors count from the first
  /// byte of the file, BOM included.
  public static func decode(_ bytes: [UInt8], path: String) throws(FileError) -> String {
    let skip = byteOrderMarkLength(bytes)
    do {
      return try bytes.withUnsafeBufferPointer { buffer throws(TextInputError) in
        try TextDecoder.decode(UnsafeBufferPointer(rebasing: buffer[skip...]))
      }
    } catch {
      throw FileError(path: path, notText(error, shiftedBy: skip, in: bytes))
    }
  }

  /// The lines of a text: split on LF (a CR before it is dropped too), without a final empty
  /// piece after the last LF.
  public static func lines(_ text: String) -> [Substring] {
    var lines: [Substring] = []
    let utf8 = text.utf8
    var start = utf8.startIndex
    var index = start
    while index != utf8.endIndex {
      if utf8[index] == 0x0A {
        var end = index
        if end > start, utf8[utf8.index(before: end)] == 0x0D { end = utf8.index(before: end) }
        lines.append(text[start..<end])
        start = utf8.index(after: index)
      }
      index = utf8.index(after: index)
    }
    if start != utf8.endIndex {
      var end = utf8.endIndex
      if utf8[utf8.index(before: end)] == 0x0D { end = utf8.index(before: end) }
      lines.append(text[start..<end])
    }
    return lines
  }

  /// The length of the UTF-8 byte order marks (EF BB BF, once or more) a text starts with.
  package static func byteOrderMarkLength(_ bytes: [UInt8]) -> Int {
    var length = 0
    while bytes.count >= length + 3 && bytes[length] == 0xEF && bytes[length + 1] == 0xBB
      && bytes[length + 2] == 0xBF
    {
      length += 3
    }
    return length
  }

  /// The problem of a decoding error, its offset moved to count from the file's first byte,
  /// with the line that holds it.
  package static func notText(_ error: TextInputError, shiftedBy skip: Int, in bytes: [UInt8])
    -> FileError.Problem
  {
    let shifted: TextInputError
    let offset: Int
    switch error {
    case .invalidUTF8(let at):
      offset = at + skip
      shifted = .invalidUTF8(offset: offset)
    case .invalidEncoding(let name, let at):
      offset = at + skip
      shifted = .invalidEncoding(name, offset: offset)
    case .binary(let at):
      offset = at + skip
      shifted = .binary(offset: offset)
    case .icu:
      return .unprocessable(error)
    }
    let line = bytes[..<min(offset, bytes.count)].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    return .notText(shifted, line: line)
  }

  /// How many bytes are checked for binary data before the rest is read: the window of
  /// ``TextDecoder/binaryOffset(_:)`` after a byte order mark.
  public static let sniffSize = 65536 + 3

  /// Reads a descriptor to its end, into an array sized for `size` bytes when the size is
  /// known; more than `limit` bytes is an error. `inspect` sees the first bytes before the
  /// rest is read.
  private static func readAll(
    descriptor: Int32, name: String, size: Int?, limit: Int,
    inspect: (_ head: [UInt8], _ name: String) throws(FileError) -> Void
  ) throws(FileError) -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    var sniffed = false
    if let size { bytes.reserveCapacity(min(size, limit) + 1) }
    while true {
      let wanted = sniffed ? chunk.count : min(chunk.count, sniffSize - bytes.count)
      #if canImport(Glibc)
        let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, wanted) }
      #else
        let count = chunk.withUnsafeMutableBytes { Darwin.read(descriptor, $0.baseAddress, wanted) }
      #endif
      if count < 0 {
        if errno == EINTR { continue }
        throw FileError(path: name, .unreadable(Self.text(errno)))
      }
      if count == 0 { break }
      guard bytes.count + count <= limit else {
        throw FileError(path: name, .tooLarge(limit: limit))
      }
      bytes += chunk[0..<count]
      if !sniffed && bytes.count >= sniffSize {
        try inspect(bytes, name)
        sniffed = true
      }
    }
    if !sniffed { try inspect(bytes, name) }
    return bytes
  }

  /// Throws when the first bytes of an input are binary data, as ``decode(_:path:)`` would.
  package static func refuseBinary(_ bytes: [UInt8], name: String) throws(FileError) {
    let skip = byteOrderMarkLength(bytes)
    let offset = bytes.withUnsafeBufferPointer {
      TextDecoder.binaryOffset(UnsafeBufferPointer(rebasing: $0[skip...]))
    }
    guard let offset else { return }
    throw FileError(path: name, notText(.binary(offset: offset), shiftedBy: skip, in: bytes))
  }

  /// The system's text for an `errno` value.
  static func text(_ code: Int32) -> String { String(cString: strerror(code)) }
}
