import BitextText
import Foundation

/// Reading whole files and writing them atomically.
enum FileIO {
  /// The bytes of a file.
  static func read(_ path: String) throws(LexiconError) -> [UInt8] {
    do {
      return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    } catch {
      throw .unreadable(file: path, reason: Self.reason(error))
    }
  }

  /// The text of a file, gunzipped if it is gzip data, checked to be valid UTF-8.
  static func readText(_ path: String) throws(LexiconError) -> String {
    var bytes = try read(path)
    if Gzip.isCompressed(bytes) { bytes = try Gzip.decompress(bytes, file: path) }
    return try decode(bytes, file: path)
  }

  /// Decodes UTF-8, naming the offset of the first bad byte.
  static func decode(_ bytes: [UInt8], file: String) throws(LexiconError) -> String {
    let bad = bytes.withUnsafeBufferPointer { TextDecoder.firstInvalidUTF8Offset($0) }
    if let bad { throw .invalidUTF8(file: file, offset: bad) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Writes a file through a temporary file in the same directory and a rename, so that
  /// readers see either the old file or the whole new one; creates missing directories.
  static func writeAtomically(_ text: String, to path: String) throws(LexiconError) {
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent()
    let temporary = directory.appendingPathComponent(
      ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp"
    )
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: temporary)
      if rename(temporary.path, url.path) != 0 {
        let code = errno
        throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
      }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw .unwritable(file: path, reason: Self.reason(error))
    }
  }

  static func reason(_ error: any Error) -> String {
    if let error = error as? CocoaError, let underlying = error.underlying as? POSIXError {
      return String(cString: strerror(underlying.code.rawValue))
    }
    if let error = error as? POSIXError { return String(cString: strerror(error.code.rawValue)) }
    return "\(error.localizedDescription)"
  }
}
