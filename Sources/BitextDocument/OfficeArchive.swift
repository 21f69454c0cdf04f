import BitextText
import CZipShim
import Foundation

/// The zip container of an office document (DOCX, ODT), read from memory with libzip and with
/// limits that keep a hostile file (a zip bomb) from exhausting the machine.
///
/// Every part read counts towards ``DocumentReadOptions/maximumExpandedSize``; a part larger
/// than 1 MiB may expand to at most ``DocumentReadOptions/maximumCompressionRatio`` times its
/// compressed size. The limits hold for the sizes the archive declares and for the bytes
/// actually inflated, and extraction stops as soon as one is crossed.
///
/// Only stored and deflated parts are read, and no encrypted one. (ZIPFoundation 0.9.20, read
/// from memory, trapped, leaked and looped forever on damaged archives found by fuzzing.)
final class OfficeArchive {
  /// The size above which a part's compression ratio is checked.
  static let ratioThreshold = 1 << 20
  /// The size of the chunks parts are inflated and parsed in.
  static let chunkSize = 1 << 16
  /// The reason given for a zip archive that cannot be read.
  static let corrupt = "not a valid zip archive (truncated or corrupt)"

  private let archive: OpaquePointer
  private let path: String
  private let options: DocumentReadOptions
  /// The bytes inflated so far, over all parts.
  private(set) var expandedSize = 0

  /// Opens the archive in `bytes`; `path` names the file in errors.
  init(bytes: [UInt8], path: String, options: DocumentReadOptions) throws(FileError) {
    self.path = path
    self.options = options
    var code: Int32 = 0
    // Without libzip's stricter consistency checks (which Word's and LibreOffice's files pass):
    // they would refuse at once an archive of which one part is damaged, an error better
    // located at that part when it is read.
    let opened = bytes.withUnsafeBytes { buffer in
      bitext_zip_open(buffer.baseAddress, buffer.count, 0, &code)
    }
    guard let opened else {
      throw FileError(path: path, .malformed(location: "", reason: Self.reason(code)))
    }
    archive = opened
  }

  deinit { bitext_zip_close(archive) }

  /// The reason given for the libzip error `code`: out of memory, or a damaged archive.
  private static func reason(_ code: Int32) -> String {
    guard code == Int32(bitext_zip_error_memory) else { return corrupt }
    var text = [CChar](repeating: 0, count: 256)
    bitext_zip_error_text(code, &text, text.count)
    return "libzip: "
      + String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// The index of the file `part`, or nil when there is none (or `part` names a folder).
  private func index(of part: String) -> Int64? {
    guard !part.hasSuffix("/") else { return nil }
    let index = bitext_zip_locate(archive, part)
    return index >= 0 ? index : nil
  }

  /// Whether the archive holds the file `part`.
  func contains(_ part: String) -> Bool { index(of: part) != nil }

  /// Hands the bytes of `part` to `consume`, chunk by chunk; false when there is no such part.
  /// `consume` returns false to stop early (the part is then not checked further).
  @discardableResult
  func read(_ part: String, _ consume: (UnsafeBufferPointer<UInt8>) -> Bool) throws(FileError)
    -> Bool
  {
    guard let index = index(of: part) else { return false }
    func failure(_ reason: String) -> FileError {
      FileError(path: path, .malformed(location: part, reason: reason))
    }
    var entry = bitext_zip_entry()
    let status = bitext_zip_stat(archive, index, &entry)
    guard status == 0, entry.size <= UInt64(Int.max), entry.compressed_size <= UInt64(Int.max)
    else { throw failure(Self.reason(status)) }
    if entry.encryption_method != 0 {
      throw failure("encrypted; save it without a password")
    }
    guard entry.compression_method == 0 || entry.compression_method == 8 else {
      throw failure("compression method \(entry.compression_method) is not supported")
    }
    let size = Int(entry.size)
    let compressed = Int(entry.compressed_size)
    try check(size: size, compressed: compressed, part: part, declared: true)
    var code: Int32 = 0
    guard let file = bitext_zip_open_entry(archive, index, &code) else {
      throw failure(Self.reason(code))
    }
    defer { bitext_zip_close_entry(file) }
    var inflated = 0
    defer { expandedSize += inflated }
    var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
    while true {
      let count = chunk.withUnsafeMutableBytes { buffer in
        bitext_zip_read(file, buffer.baseAddress, UInt64(buffer.count), &code)
      }
      guard count >= 0 else { throw failure(Self.reason(code)) }
      if count == 0 { break }
      inflated += Int(count)
      try check(size: inflated, compressed: compressed, part: part, declared: false)
      let more = chunk.withUnsafeBufferPointer { buffer in
        consume(UnsafeBufferPointer(rebasing: buffer[0..<Int(count)]))
      }
      if !more { return true }
    }
    // libzip has checked the CRC-32; the size is checked here.
    guard inflated == size else { throw failure(Self.corrupt) }
    return true
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
