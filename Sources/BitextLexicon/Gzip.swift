import BitextText
import CSystemZlib

/// Decompression of gzip data (including dictzip, FreeDict's seekable gzip variant).
enum Gzip {
  /// Whether bytes start with the gzip magic number.
  static func isCompressed(_ bytes: [UInt8]) -> Bool {
    bytes.count >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b
  }

  /// Inflates gzip data, all members in turn; `file` only names the input in errors.
  static func decompress(_ bytes: [UInt8], file: String) throws(LexiconError) -> [UInt8] {
    guard !bytes.isEmpty else { return [] }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count * 3)
    var stream = z_stream()
    // 15 + 32: largest window, detect gzip or zlib headers automatically.
    var status = inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
    guard status == Z_OK else {
      throw .corruptCompressedData(file: file, reason: "zlib initialisation failed (\(status))")
    }
    defer { inflateEnd(&stream) }
    let chunk = 1 << 16
    var buffer = [UInt8](repeating: 0, count: chunk)
    var failure: String?
    var consumed = 0
    bytes.withUnsafeBufferPointer { input in
      stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress!)
      stream.avail_in = UInt32(input.count)
      while true {
        let produced = buffer.withUnsafeMutableBufferPointer { out -> Int in
          stream.next_out = out.baseAddress
          stream.avail_out = UInt32(chunk)
          status = inflate(&stream, Z_NO_FLUSH)
          return chunk - Int(stream.avail_out)
        }
        output.append(contentsOf: buffer[0..<produced])
        consumed = input.count - Int(stream.avail_in)
        if status == Z_STREAM_END {
          // another gzip member may follow
          if stream.avail_in == 0 { return }
          if inflateReset(&stream) != Z_OK {
            failure = "cannot restart after member ending at byte \(consumed)"
            return
          }
          continue
        }
        if status == Z_OK { continue }
        if status == Z_BUF_ERROR && stream.avail_in == 0 {
          failure = "truncated after byte \(consumed)"
          return
        }
        let message = stream.msg.map { String(cString: $0) } ?? "error \(status)"
        failure = "\(message) near byte \(consumed)"
        return
      }
    }
    if let failure { throw .corruptCompressedData(file: file, reason: failure) }
    return output
  }

  /// The bytes of a file, gunzipped when they are gzip data.
  static func readFile(_ path: String) throws(LexiconError) -> [UInt8] {
    let bytes: [UInt8]
    do { bytes = try TextFile.bytes(path) } catch { throw .file(error) }
    return isCompressed(bytes) ? try decompress(bytes, file: path) : bytes
  }

  /// The text of a file, gunzipped when it is gzip data, checked to be UTF-8 text.
  static func readText(_ path: String) throws(LexiconError) -> String {
    let bytes = try readFile(path)
    do { return try TextFile.decode(bytes, path: path) } catch { throw .file(error) }
  }
}
