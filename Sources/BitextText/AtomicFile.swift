#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files atomically: the bytes go to a temporary file in the destination's folder,
/// which is renamed over the destination only once everything is written and flushed. Readers
/// see the old file or the new one, never a half-written one; on failure the temporary file is
/// removed and the destination is untouched. Missing folders are created.
///
/// A symbolic link to a file in the same folder is followed (its target is replaced, the link
/// kept); a link to a file in another folder is refused, so a write never lands outside the
/// folder the user named. An existing device or pipe such as `/dev/null` or `/dev/stdout` is
/// written into directly, since it cannot be replaced; a directory is an error.
public enum AtomicFile {
  /// Writes `bytes` to `path` atomically.
  public static func write(_ bytes: some Sequence<UInt8>, to path: String) throws(FileError) {
    let array = Array(bytes)
    try write(to: path, wrapping: unchanged) {
      (sink: ([UInt8]) throws(FileError) -> Void) throws(FileError) in
      try sink(array)
    }
  }

  /// A file error as it is, for writes whose caller expects ``FileError``s.
  private static func unchanged(_ error: FileError) -> FileError { error }

  /// Streams bytes to `path` atomically: `body` is called once with a sink that appends bytes
  /// to the temporary file; the file replaces `path` when `body` returns without throwing.
  /// `wrapping` turns the ``FileError``s of the write into the caller's error type.
  public static func write<Failure: Error>(
    to path: String, wrapping: @escaping (FileError) -> Failure,
    _ body: (_ sink: ([UInt8]) throws(Failure) -> Void) throws(Failure) -> Void
  ) throws(Failure) {
    let destination: Destination
    do { destination = try resolve(path) } catch { throw wrapping(error) }
    switch destination {
    case .inPlace(let target):
      return try writeInPlace(path: target, wrapping: wrapping, body)
    case .replace(let target):
      try replace(target, shownAs: path, wrapping: wrapping, body)
    }
  }

  /// Writes every byte to an open file descriptor, retrying on short writes and interrupts;
  /// `name` names the destination in errors (`standard output`).
  public static func writeAll(_ bytes: [UInt8], descriptor: Int32, name: String)
    throws(FileError)
  {
    let failure: Int32? = bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        #if canImport(Glibc)
          let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        #else
          let written = Darwin.write(
            descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        #endif
        if written < 0 {
          if errno == EINTR { continue }
          return errno
        }
        offset += written
      }
      return nil
    }
    if let failure { throw FileError(path: name, .unwritable(TextFile.text(failure))) }
  }

  /// What a write does with its destination.
  enum Destination: Equatable {
    /// Replace this regular file (or create it).
    case replace(String)
    /// Write into this device or pipe.
    case inPlace(String)
  }

  /// Where the bytes for `path` go: the path itself, or the target of a symbolic link in the
  /// same folder; an error for a directory or a link into another folder.
  static func resolve(_ path: String) throws(FileError) -> Destination {
    var target = path
    for _ in 0..<16 {
      var info = stat()
      guard lstat(target, &info) == 0 else { return .replace(target) }
      switch info.st_mode & S_IFMT {
      case S_IFLNK:
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(target, &buffer, buffer.count - 1)
        guard count >= 0 else { throw FileError(path: path, .unwritable(TextFile.text(errno))) }
        let link = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let next = link.hasPrefix("/") ? link : folder(of: target) + "/" + link
        var nextInfo = stat()
        // A device or pipe behind the link (/dev/stdout) is written into, wherever it is.
        if stat(next, &nextInfo) == 0, nextInfo.st_mode & S_IFMT != S_IFREG,
          nextInfo.st_mode & S_IFMT != S_IFDIR
        {
          return .inPlace(next)
        }
        guard canonicalFolder(of: next) == canonicalFolder(of: target) else {
          throw FileError(path: path, .linkOutsideFolder(target: link))
        }
        target = next
      case S_IFDIR:
        throw FileError(path: path, .isDirectory)
      case S_IFREG:
        return .replace(target)
      default:
        return .inPlace(target)
      }
    }
    throw FileError(path: path, .unwritable("too many levels of symbolic links"))
  }

  /// Writes through a temporary file renamed over `target`.
  private static func replace<Failure: Error>(
    _ target: String, shownAs path: String, wrapping: @escaping (FileError) -> Failure,
    _ body: (_ sink: ([UInt8]) throws(Failure) -> Void) throws(Failure) -> Void
  ) throws(Failure) {
    let directory = folder(of: target)
    do { try createFolders(directory, shownAs: path) } catch { throw wrapping(error) }
    var template = Array((directory + "/." + lastComponent(of: target) + ".tmp-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else {
      throw wrapping(
        FileError(
          path: path, .unwritable("cannot create a temporary file: \(TextFile.text(errno))")))
    }
    let temporary = String(cString: template.map { UInt8(bitPattern: $0) })
    var closed = false
    do throws(Failure) {
      var info = stat()
      _ = fchmod(descriptor, stat(target, &info) == 0 ? info.st_mode & 0o777 : 0o644)
      try body { (bytes: [UInt8]) throws(Failure) in
        do throws(FileError) { try writeAll(bytes, descriptor: descriptor, name: path) } catch {
          throw wrapping(error)
        }
      }
      guard fsync(descriptor) == 0 else {
        throw wrapping(FileError(path: path, .unwritable("cannot flush: \(TextFile.text(errno))")))
      }
      closed = true
      guard close(descriptor) == 0 else {
        throw wrapping(FileError(path: path, .unwritable("cannot close: \(TextFile.text(errno))")))
      }
      guard rename(temporary, target) == 0 else {
        throw wrapping(FileError(path: path, .unwritable(TextFile.text(errno))))
      }
    } catch {
      if !closed { _ = close(descriptor) }
      _ = unlink(temporary)
      throw error
    }
  }

  /// Writes into an existing file that is not a regular file (a device or a pipe).
  private static func writeInPlace<Failure: Error>(
    path: String, wrapping: @escaping (FileError) -> Failure,
    _ body: (_ sink: ([UInt8]) throws(Failure) -> Void) throws(Failure) -> Void
  ) throws(Failure) {
    let descriptor = open(path, O_WRONLY)
    guard descriptor >= 0 else {
      throw wrapping(FileError(path: path, .unwritable(TextFile.text(errno))))
    }
    defer { _ = close(descriptor) }
    try body { (bytes: [UInt8]) throws(Failure) in
      do throws(FileError) { try writeAll(bytes, descriptor: descriptor, name: path) } catch {
        throw wrapping(error)
      }
    }
  }

  /// Creates a folder and its missing parents.
  static func createFolders(_ directory: String, shownAs path: String) throws(FileError) {
    var info = stat()
    if stat(directory, &info) == 0 {
      guard info.st_mode & S_IFMT == S_IFDIR else {
        throw FileError(path: path, .unwritable("\(directory) is not a folder"))
      }
      return
    }
    let parent = folder(of: directory)
    if parent != directory { try createFolders(parent, shownAs: path) }
    if mkdir(directory, 0o755) != 0 && errno != EEXIST {
      throw FileError(
        path: path, .unwritable("cannot create \(directory): \(TextFile.text(errno))"))
    }
  }

  /// The folder part of a path: `"."` for a bare name, `"/"` for a file at the root.
  static func folder(of path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    guard let slash = trimmed.lastIndex(of: "/") else { return "." }
    let folder = trimmed[..<slash]
    return folder.isEmpty ? "/" : String(folder)
  }

  /// The last component of a path.
  static func lastComponent(of path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    return trimmed.lastIndex(of: "/").map { String(trimmed[trimmed.index(after: $0)...]) }
      ?? String(trimmed)
  }

  /// The folder of a path with every symbolic link resolved (nil when it does not exist).
  private static func canonicalFolder(of path: String) -> String? {
    guard let resolved = realpath(folder(of: path), nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
