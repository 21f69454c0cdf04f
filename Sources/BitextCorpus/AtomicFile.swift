import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files atomically: the bytes go to a temporary file in the destination's directory,
/// which is renamed over the destination only once everything is written and flushed. Readers
/// see the old file or the new one, never a half-written one; on failure the temporary file is
/// removed and the destination is untouched.
///
/// A symbolic link is followed (its target is replaced, the link kept); an existing device or
/// pipe such as `/dev/null` or `/dev/stdout` is written into directly, since it cannot be
/// replaced; a directory is an error.
public enum AtomicFile {
  /// Writes `data` to `url` atomically.
  public static func write(data: Data, to url: URL) throws(CorpusError) {
    try write(to: url) { (sink: ([UInt8]) throws(CorpusError) -> Void) throws(CorpusError) in
      try sink([UInt8](data))
    }
  }

  /// Streams bytes to `url` atomically: `body` is called once with a sink that appends bytes to
  /// the temporary file; the file replaces `url` when `body` returns without throwing.
  public static func write(
    to url: URL,
    _ body: (_ sink: ([UInt8]) throws(CorpusError) -> Void) throws(CorpusError) -> Void
  ) throws(CorpusError) {
    // Follow a symbolic link, so the link stays and its target is replaced.
    let url = url.resolvingSymlinksInPath()
    let path = url.path
    var existing = stat()
    if stat(path, &existing) == 0 {
      let type = existing.st_mode & S_IFMT
      if type == S_IFDIR { throw .io(path: path, message: "is a directory") }
      // A device or pipe (/dev/null, /dev/stdout, a FIFO) cannot be replaced: write into it.
      if type != S_IFREG { return try writeInPlace(path: path, body) }
    }
    let directory = url.deletingLastPathComponent().path
    var template = Array(
      ((directory.isEmpty ? "." : directory) + "/." + url.lastPathComponent + ".tmp-XXXXXX")
        .utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else {
      throw .io(path: path, message: "cannot create a temporary file: \(errnoText())")
    }
    let temporary = String(cString: template.map { UInt8(bitPattern: $0) })
    var closed = false
    do throws(CorpusError) {
      var info = stat()
      let mode: mode_t = stat(path, &info) == 0 ? info.st_mode & 0o777 : 0o644
      _ = fchmod(fd, mode)
      try body { (bytes: [UInt8]) throws(CorpusError) in
        try writeAll(fd: fd, bytes: bytes, path: path)
      }
      guard fsync(fd) == 0 else {
        throw CorpusError.io(path: path, message: "cannot flush: \(errnoText())")
      }
      closed = true
      guard close(fd) == 0 else {
        throw CorpusError.io(path: path, message: "cannot close: \(errnoText())")
      }
      guard rename(temporary, path) == 0 else {
        throw CorpusError.io(
          path: path, message: "cannot rename the temporary file: \(errnoText())")
      }
    } catch {
      if !closed { _ = close(fd) }
      _ = unlink(temporary)
      throw error
    }
  }

  /// Writes into an existing file that is not a regular file (a device or a pipe).
  private static func writeInPlace(
    path: String,
    _ body: (_ sink: ([UInt8]) throws(CorpusError) -> Void) throws(CorpusError) -> Void
  ) throws(CorpusError) {
    let fd = open(path, O_WRONLY)
    guard fd >= 0 else { throw .io(path: path, message: "cannot open: \(errnoText())") }
    defer { _ = close(fd) }
    try body { (bytes: [UInt8]) throws(CorpusError) in
      try writeAll(fd: fd, bytes: bytes, path: path)
    }
  }

  /// Writes every byte to a file descriptor, retrying on short writes and interrupts.
  static func writeAll(fd: Int32, bytes: [UInt8], path: String) throws(CorpusError) {
    let failure: Int32? = bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        #if canImport(Glibc)
          let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
        #else
          let written = Darwin.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
        #endif
        if written < 0 {
          if errno == EINTR { continue }
          return errno
        }
        offset += written
      }
      return nil
    }
    if let failure {
      throw .io(path: path, message: "cannot write: \(String(cString: strerror(failure)))")
    }
  }

  /// The text of the current `errno`.
  static func errnoText() -> String { String(cString: strerror(errno)) }
}
