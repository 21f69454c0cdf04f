/// A zip archive of `parts`, stored without compression: office documents built from the
/// fuzzer's input, so that mutations reach the XML rather than the deflate stream.
public func storedZip(_ parts: [(name: String, bytes: [UInt8])]) -> [UInt8] {
  var archive: [UInt8] = []
  var directory: [UInt8] = []
  func le16(_ value: Int, _ out: inout [UInt8]) {
    out += [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF)]
  }
  func le32(_ value: UInt32, _ out: inout [UInt8]) {
    out += (0..<4).map { UInt8((value >> (8 * UInt32($0))) & 0xFF) }
  }
  for part in parts {
    let name = Array(part.name.utf8)
    let crc = crc32(part.bytes)
    let offset = UInt32(archive.count)
    // Local file header: version 2.0, no flags, stored, no date.
    le32(0x0403_4B50, &archive)
    le16(20, &archive)
    le16(0, &archive)
    le16(0, &archive)
    le16(0, &archive)
    le16(0, &archive)
    le32(crc, &archive)
    le32(UInt32(part.bytes.count), &archive)
    le32(UInt32(part.bytes.count), &archive)
    le16(name.count, &archive)
    le16(0, &archive)
    archive += name
    archive += part.bytes
    // Central directory entry.
    le32(0x0201_4B50, &directory)
    le16(20, &directory)
    le16(20, &directory)
    le16(0, &directory)
    le16(0, &directory)
    le16(0, &directory)
    le16(0, &directory)
    le32(crc, &directory)
    le32(UInt32(part.bytes.count), &directory)
    le32(UInt32(part.bytes.count), &directory)
    le16(name.count, &directory)
    le16(0, &directory)
    le16(0, &directory)
    le16(0, &directory)
    le16(0, &directory)
    le32(0o100644 << 16, &directory)
    le32(offset, &directory)
    directory += name
  }
  let directoryOffset = UInt32(archive.count)
  archive += directory
  le32(0x0605_4B50, &archive)
  le16(0, &archive)
  le16(0, &archive)
  le16(parts.count, &archive)
  le16(parts.count, &archive)
  le32(UInt32(directory.count), &archive)
  le32(directoryOffset, &archive)
  le16(0, &archive)
  return archive
}

/// The CRC-32 (ISO 3309) of `bytes`.
private func crc32(_ bytes: [UInt8]) -> UInt32 {
  var crc: UInt32 = 0xFFFF_FFFF
  for byte in bytes {
    crc ^= UInt32(byte)
    for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
  }
  return ~crc
}

/// The input cut at each 0xFF byte (never part of UTF-8) into at most `count` pieces; missing
/// pieces are nil.
public func pieces(_ bytes: [UInt8], count: Int) -> [[UInt8]?] {
  var result: [[UInt8]?] = []
  var rest = bytes[...]
  while result.count < count - 1, let cut = rest.firstIndex(of: 0xFF) {
    result.append(Array(rest[..<cut]))
    rest = rest[(cut + 1)...]
  }
  result.append(Array(rest))
  return result + Array(repeating: nil, count: count - result.count)
}
