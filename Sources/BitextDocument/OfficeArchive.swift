import BitextText
import CSystemZlib
import Foundation

/// The zip container of an office document (DOCX, ODT), read from memory with limits that keep
/// a hostile file (a zip bomb) from exhausting the machine.
///
/// Every part read counts towards ``DocumentReadOptions/maximumExpandedSize``; a part larger
/// than 1 MiB may expand to at most ``DocumentReadOptions/maximumCompressionRatio`` times its
/// compressed size. The limits hold for the sizes the archive declares and for the bytes
/// actually inflated, and extraction stops as soon as one is crossed.
///
/// The zip structure is read here, parts inflated with the system zlib: ZIPFoundation 0.9.20
/// reading from memory traps on an offset past the end of the data, leaks when the archive has
/// no end record and loops forever on a truncated deflate stream (found by fuzzing).
final class OfficeArchive {
  /// The size above which a part's compression ratio is checked.
  static let ratioThreshold = 1 << 20
  /// The size of the chunks parts are inflated and parsed in.
  static let chunkSize = 1 << 16
  /// The reason given for a zip archive that cannot be read.
  static let corrupt = "not a valid zip archive (truncated or corrupt)"

  /// A file of the archive, as its central directory describes it.
  private struct Entry {
    var flags: Int
    var method: Int
    var checksum: UInt32
    var compressedSize: Int
    var size: Int
    var headerOffset: Int
  }

  private let bytes: [UInt8]
  private let path: String
  private let options: DocumentReadOptions
  private var entries: [String: Entry] = [:]
  /// The bytes inflated so far, over all parts.
  private(set) var expandedSize = 0

  /// Opens the archive in `bytes`; `path` names the file in errors.
  init(bytes: [UInt8], path: String, options: DocumentReadOptions) throws(FileError) {
    self.bytes = bytes
    self.path = path
    self.options = options
    guard let directory = readDirectory() else {
      throw FileError(path: path, .malformed(location: "", reason: Self.corrupt))
    }
    entries = directory
  }

  private func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
  private func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }

  /// The entries of the central directory by name (the first of a name), or nil when the end
  /// record or the directory is missing, cut off or inconsistent.
  private func readDirectory() -> [String: Entry]? {
    let endSize = 22
    guard bytes.count >= endSize else { return nil }
    var end = bytes.count - endSize
    while u32(end) != 0x0605_4B50 {
      guard end > 0, bytes.count - end < endSize + 0xFFFF else { return nil }
      end -= 1
    }
    let count = u16(end + 10)
    var at = u32(end + 16)
    // ZIP64 (more than 65,535 entries or 4 GiB) is not needed by a document and not read.
    guard at != 0xFFFF_FFFF, at <= end else { return nil }
    var result: [String: Entry] = [:]
    for _ in 0..<count {
      guard at + 46 <= end, u32(at) == 0x0201_4B50 else { return nil }
      let nameLength = u16(at + 28)
      let next = at + 46 + nameLength + u16(at + 30) + u16(at + 32)
      guard next <= end else { return nil }
      let entry = Entry(
        flags: u16(at + 8), method: u16(at + 10), checksum: UInt32(u32(at + 16)),
        compressedSize: u32(at + 20), size: u32(at + 24), headerOffset: u32(at + 42))
      let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
      if result[name] == nil { result[name] = entry }
      at = next
    }
    return result
  }

  /// Whether the archive holds the file `part`.
  func contains(_ part: String) -> Bool {
    entries[part] != nil && !part.hasSuffix("/")
  }

  /// Hands the bytes of `part` to `consume`, chunk by chunk; false when there is no such part.
  /// `consume` returns false to stop early (the part is then not checked further).
  @discardableResult
  func read(_ part: String, _ consume: (UnsafeBufferPointer<UInt8>) -> Bool) throws(FileError)
    -> Bool
  {
    guard contains(part), let entry = entries[part] else { return false }
    let header = entry.headerOffset
    guard header + 30 <= bytes.count, u32(header) == 0x0403_4B50 else {
      throw FileError(path: path, .malformed(location: part, reason: Self.corrupt))
    }
    let start = header + 30 + u16(header + 26) + u16(header + 28)
    guard start + entry.compressedSize <= bytes.count else {
      throw FileError(path: path, .malformed(location: part, reason: Self.corrupt))
    }
    if entry.flags & 1 != 0 {
      throw FileError(
        path: path, .malformed(location: part, reason: "encrypted; save it without a password"))
    }
    guard entry.method == 0 || entry.method == 8 else {
      throw FileError(
        path: path,
        .malformed(
          location: part, reason: "compression method \(entry.method) is not supported"))
    }
    try check(size: entry.size, compressed: entry.compressedSize, part: part, declared: true)
    var inflated = 0
    var checksum: UInt = 0
    var stopped = false
    // Counts, checks and hands on one chunk; false to stop.
    func deliver(_ chunk: UnsafeBufferPointer<UInt8>) throws(FileError) -> Bool {
      inflated += chunk.count
      try check(size: inflated, compressed: entry.compressedSize, part: part, declared: false)
      checksum = crc32(checksum, chunk.baseAddress, UInt32(chunk.count))
      stopped = !consume(chunk)
      return !stopped
    }
    defer { expandedSize += inflated }
    try bytes.withUnsafeBufferPointer { (buffer) throws(FileError) in
      let input = UnsafeBufferPointer(rebasing: buffer[start..<(start + entry.compressedSize)])
      if entry.method == 0 {
        var at = 0
        while at < input.count {
          let end = min(input.count, at + Self.chunkSize)
          guard try deliver(UnsafeBufferPointer(rebasing: input[at..<end])) else { return }
          at = end
        }
      } else if try !Self.inflate(input, deliver: deliver) {
        throw FileError(path: path, .malformed(location: part, reason: Self.corrupt))
      }
    }
    if !stopped
      && (UInt32(truncatingIfNeeded: checksum) != entry.checksum || inflated != entry.size)
    {
      throw FileError(
        path: path, .malformed(location: part, reason: Self.corrupt + ": checksum mismatch"))
    }
    return true
  }

  /// Inflates raw deflate data, handing each chunk to `deliver` (false to stop); false when the
  /// data is not a complete deflate stream.
  private static func inflate(
    _ input: UnsafeBufferPointer<UInt8>,
    deliver: (UnsafeBufferPointer<UInt8>) throws(FileError) -> Bool
  ) throws(FileError) -> Bool {
    guard input.count > 0 else { return false }
    var stream = z_stream()
    guard inflateInit2_(&stream, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
    else { return false }
    defer { inflateEnd(&stream) }
    var output = [UInt8](repeating: 0, count: chunkSize)
    stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
    stream.avail_in = UInt32(input.count)
    while true {
      let status = output.withUnsafeMutableBufferPointer { out in
        stream.next_out = out.baseAddress
        stream.avail_out = UInt32(out.count)
        return CSystemZlib.inflate(&stream, Z_NO_FLUSH)
      }
      let produced = chunkSize - Int(stream.avail_out)
      if produced > 0 {
        let more = try output.withUnsafeBufferPointer { (out) throws(FileError) in
          try deliver(UnsafeBufferPointer(rebasing: out[0..<produced]))
        }
        if !more { return true }
      }
      if status == Z_STREAM_END { return true }
      // Z_BUF_ERROR: no progress was possible (the input is used up before the stream's end).
      if status != Z_OK || (produced == 0 && stream.avail_in == 0) { return false }
    }
  }

  /// The bytes of `part`, or nil when there is no such part.
  func bytes(_ part: String) throws(FileError) -> [UInt8]? {
    var result: [UInt8] = []
    let found = try read(part) { chunk in
      result.append(contentsOf: chunk)
      return true
    }
    return found ? result : nil
  }

  /// Parses the XML part `part`, reporting to `delegate`; false when there is no such part.
  /// A malformed part is an error located at `part:line:column`.
  @discardableResult
  func parse(_ part: String, delegate: some XMLStreamDelegate) throws(FileError) -> Bool {
    let parser = XMLStreamParser(delegate: delegate, name: part)
    let found = try read(part) { chunk in parser.feed(chunk) }
    guard found else { return false }
    parser.feed(UnsafeBufferPointer(start: nil, count: 0), last: true)
    if let failure = parser.failure {
      throw FileError(
        path: path,
        .malformed(
          location: "\(part):\(failure.line):\(failure.column)",
          reason: XMLErrorText.describe(code: failure.code, detail: failure.message)))
    }
    return true
  }

  /// The error for a part that must be there.
  func missing(_ part: String, in kind: String) -> FileError {
    FileError(
      path: path,
      .malformed(location: "", reason: "not a valid \(kind) document: the part \(part) is missing"))
  }

  /// Refuses a part of `size` bytes (so far) when the limits are crossed.
  private func check(size: Int, compressed: Int, part: String, declared: Bool) throws(FileError) {
    let word = declared ? "declares" : "expands to"
    if size > options.maximumExpandedSize - expandedSize {
      throw FileError(
        path: path,
        .malformed(
          location: part,
          reason:
            "\(word) more than \(FileError.sizeText(options.maximumExpandedSize)) in all, the most Bitext expands a document to (a zip bomb?); not read"
        ))
    }
    if size > Self.ratioThreshold && size / max(compressed, 1) > options.maximumCompressionRatio {
      throw FileError(
        path: path,
        .malformed(
          location: part,
          reason:
            "\(word) more than \(options.maximumCompressionRatio) times its compressed size (a zip bomb?); not read"
        ))
    }
  }
}

/// The path of the element being read, with the index of each element among its siblings of
/// the same name, for block locations (`w:body/w:tbl[2]/w:tr[1]/w:tc[1]/w:p[1]`).
struct OfficeElementPath {
  private var names: [String] = []
  private var indices: [Int] = []
  private var counts: [[String: Int]] = [[:]]

  /// Enters an element.
  mutating func push(_ name: String) {
    let index = (counts[counts.count - 1][name] ?? 0) + 1
    counts[counts.count - 1][name] = index
    names.append(name)
    indices.append(index)
    counts.append([:])
  }

  /// Leaves the current element.
  mutating func pop() {
    guard !names.isEmpty else { return }
    names.removeLast()
    indices.removeLast()
    counts.removeLast()
  }

  /// The name of the element `level` levels up from the current one (0: the current one).
  func name(up level: Int = 0) -> String? {
    let at = names.count - 1 - level
    return at >= 0 ? names[at] : nil
  }

  /// The path from the innermost element named `root` (kept) down to the current element,
  /// each step with its index: `w:body/w:p[3]`.
  func location(from root: String) -> String {
    let start = names.lastIndex(of: root) ?? 0
    var steps: [String] = []
    for at in start..<names.count {
      steps.append(at == start ? names[at] : "\(names[at])[\(indices[at])]")
    }
    return steps.joined(separator: "/")
  }
}

extension String {
  /// The text without soft hyphens and without white space at either end.
  var officeBlockText: String {
    var scalars = String.UnicodeScalarView()
    scalars.append(contentsOf: unicodeScalars.lazy.filter { $0 != "\u{AD}" })
    return String(scalars).trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
