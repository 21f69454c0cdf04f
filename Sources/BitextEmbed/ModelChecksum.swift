import BitextText
import Crypto

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// SHA-256 checksums of model weights, streamed in chunks, in lowercase hexadecimal.
struct ModelChecksum {
  private var hasher = SHA256()
  /// The bytes hashed so far.
  private(set) var count = 0

  /// Adds bytes to the checksum.
  mutating func update(_ bytes: UnsafeRawBufferPointer) {
    hasher.update(bufferPointer: bytes)
    count += bytes.count
  }

  /// The checksum of the bytes added, in lowercase hexadecimal.
  func hex() -> String {
    Self.hex(hasher.finalize())
  }

  /// Bytes in lowercase hexadecimal.
  static func hex(_ bytes: some Sequence<UInt8>) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var text: [UInt8] = []
    for byte in bytes {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: text, as: UTF8.self)
  }

  /// The checksum of `bytes`.
  static func sha256(_ bytes: [UInt8]) -> String {
    var checksum = ModelChecksum()
    bytes.withUnsafeBytes { checksum.update($0) }
    return checksum.hex()
  }

  /// The checksum and size of the file at `path`, read in chunks of 1 MiB.
  static func sha256(ofFile path: String) throws(FileError) -> (sha256: String, size: Int) {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
      throw FileError(path: path, .unreadable(String(cString: strerror(errno))))
    }
    defer { _ = close(descriptor) }
    var checksum = ModelChecksum()
    var buffer = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw FileError(path: path, .unreadable(String(cString: strerror(errno))))
      }
      if count == 0 { break }
      buffer.withUnsafeBytes { checksum.update(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
    }
    return (checksum.hex(), checksum.count)
  }
}
