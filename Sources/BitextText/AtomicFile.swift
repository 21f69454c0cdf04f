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
/// Several files that belong together (the two sides of a Moses corpus) are written with
/// ``write(together:wrapping:_:)``: every file is written to its temporary first, and only then
/// are they all renamed into place; when anything fails, the old files are all left (or put
/// back) as they were and no temporary file is left behind.
///
/// Symbolic links: an output path that is a symbolic link is replaced by the new file, as `mv`
/// would replace it — the link itself goes, and the file it pointed to is left untouched, so a
/// write never lands in another folder through a link. The one exception is a path under
/// `/dev/` or `/proc/`, or a link to a device or pipe (`/dev/stdout`, `/dev/null`): such a
/// destination cannot be replaced and is written into directly. A directory is an error.
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
    try write(together: [path], wrapping: wrapping) {
      (_: Int, sink: ([UInt8]) throws(Failure) -> Void) throws(Failure) in
      try withoutActuallyEscaping(sink) { (sink) throws(Failure) in try body(sink) }
    }
  }

  /// Streams bytes to several files that only make sense together, all or nothing: `body` is
  /// called once per path, in order, with the path's index and a sink for its bytes. Every file
  /// is written and flushed to a temporary file before the first is renamed into place; if a
  /// write or a rename fails, the files already renamed are put back as they were and every
  /// temporary file is removed, so the old files stay a matching set.
  public static func write<Failure: Error>(
    together paths: [String], wrapping: @escaping (FileError) -> Failure,
    _ body: (_ index: Int, _ sink: ([UInt8]) throws(Failure) -> Void) throws(Failure) -> Void
  ) throws(Failure) {
    try write(together: paths, wrapping: wrapping, rename: systemRename, body)
  }

  /// ``write(together:wrapping:_:)`` with the function that renames a temporary file over
  /// its destination (`rename(2)` outside tests; a test passes one that fails).
  static func write<Failure: Error>(
    together paths: [String], wrapping: @escaping (FileError) -> Failure,
    rename: (_ from: String, _ to: String) -> Int32,
    _ body: (_ index: Int, _ sink: ([UInt8]) throws(Failure) -> Void) throws(Failure) -> Void
  ) throws(Failure) {
    var destinations: [Destination] = []
    for path in paths {
      do { destinations.append(try resolve(path)) } catch { throw wrapping(error) }
    }
    var prepared: [Prepared] = []
    do throws(Failure) {
      for (index, destination) in destinations.enumerated() {
        switch destination {
        case .inPlace(let target):
          try writeInPlace(path: target, wrapping: wrapping) {
            (sink: ([UInt8]) throws(Failure) -> Void) throws(Failure) in
            try withoutActuallyEscaping(sink) { (sink) throws(Failure) in try body(index, sink) }
          }
        case .replace(let target):
          prepared.append(
            try prepare(target, shownAs: paths[index], wrapping: wrapping) {
              (sink: ([UInt8]) throws(Failure) -> Void) throws(Failure) in
              try withoutActuallyEscaping(sink) { (sink) throws(Failure) in try body(index, sink) }
            })
        }
      }
    } catch {
      for file in prepared { _ = unlink(file.temporary) }
      throw error
    }
    do { try commit(prepared, rename: rename) } catch { throw wrapping(error) }
  }

  /// The system's `rename(2)`.
  private static func systemRename(_ from: String, _ to: String) -> Int32 {
    #if canImport(Glibc)
      Glibc.rename(from, to)
    #else
      Darwin.rename(from, to)
    #endif
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
    /// Replace this path (a regular file or a symbolic link) or create it.
    case replace(String)
    /// Write into this device or pipe.
    case inPlace(String)
  }

  /// Where the bytes for `path` go: the path itself, replaced (a symbolic link included, never
  /// followed), or written into for a device, a pipe, or a system path under `/dev/` or
  /// `/proc/`; an error for a directory or a link to one.
  static func resolve(_ path: String) throws(FileError) -> Destination {
    var info = stat()
    guard lstat(path, &info) == 0 else { return .replace(path) }
    switch info.st_mode & S_IFMT {
    case S_IFDIR:
      throw FileError(path: path, .isDirectory)
    case S_IFREG:
      return .replace(path)
    case S_IFLNK:
      var target = stat()
      guard stat(path, &target) == 0 else { return .replace(path) }
      let kind = target.st_mode & S_IFMT
      if kind == S_IFDIR { throw FileError(path: path, .isDirectory) }
      // /dev/stdout → /proc/self/fd/1 → whatever standard output is: written into.
      if kind != S_IFREG || isSystemPath(path) { return .inPlace(path) }
      return .replace(path)
    default:
      return .inPlace(path)
    }
  }

  /// Whether `path` is managed by the system (`/dev/…`, `/proc/…`) and so never replaced.
  private static func isSystemPath(_ path: String) -> Bool {
    path.hasPrefix("/dev/") || path.hasPrefix("/proc/")
  }

  /// A file written and flushed to its temporary, not yet renamed into place.
  struct Prepared {
    /// The temporary file, in the destination's folder.
    var temporary: String
    /// The path it replaces.
    var target: String
    /// The path as the user gave it, for messages.
    var shownAs: String
  }

  /// Writes `body`'s bytes to a new temporary file beside `target`, flushed and closed.
  private static func prepare<Failure: Error>(
    _ target: String, shownAs path: String, wrapping: @escaping (FileError) -> Failure,
    _ body: (_ sink: ([UInt8]) throws(Failure) -> Void) throws(Failure) -> Void
  ) throws(Failure) -> Prepared {
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
    } catch {
      if !closed { _ = close(descriptor) }
      _ = unlink(temporary)
      throw error
    }
    return Prepared(temporary: temporary, target: target, shownAs: path)
  }

  /// Renames prepared files into place, in order. With more than one file, each old file is
  /// first kept under a hard link (`<temporary>-old`), so that when a later rename fails the
  /// files already replaced are put back; every temporary and kept file is removed.
  private static func commit(
    _ files: [Prepared], rename: (_ from: String, _ to: String) -> Int32
  ) throws(FileError) {
    let keepOld = files.count > 1
    var renamed: [(file: Prepared, old: String?)] = []
    for (index, file) in files.enumerated() {
      var old: String?
      if keepOld {
        let backup = file.temporary + "-old"
        if link(file.target, backup) == 0 { old = backup }
      }
      guard rename(file.temporary, file.target) == 0 else {
        let reason = TextFile.text(errno)
        if let old { _ = unlink(old) }
        for pending in files[index...] { _ = unlink(pending.temporary) }
        for done in renamed.reversed() {
          if let kept = done.old {
            _ = systemRename(kept, done.file.target)
          } else {
            _ = unlink(done.file.target)
          }
        }
        throw FileError(path: file.shownAs, .unwritable(reason))
      }
      renamed.append((file, old))
    }
    for done in renamed { if let old = done.old { _ = unlink(old) } }
  }

  /// Writes into an existing file that is not replaced (a device, a pipe, standard output),
  /// appending, so that `-o /dev/stdout` with `>> log` adds to the log.
  private static func writeInPlace<Failure: Error>(
    path: String, wrapping: @escaping (FileError) -> Failure,
    _ body: (_ sink: ([UInt8]) throws(Failure) -> Void) throws(Failure) -> Void
  ) throws(Failure) {
    let descriptor = open(path, O_WRONLY | O_APPEND)
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

}
