import BitextText
import Foundation

/// Reading input files as validated UTF-8 text.
enum InputText {
  /// The bytes of a file.
  static func bytes(of url: URL) throws(CorpusError) -> Data {
    do {
      return try Data(contentsOf: url)
    } catch {
      throw .io(path: url.path, message: "cannot read: \((error as NSError).localizedDescription)")
    }
  }

  /// Decodes UTF-8 with ``TextDecoder`` (errors name the byte offset); a leading byte order mark
  /// is dropped.
  static func decode(_ data: Data, path: String) throws(CorpusError) -> String {
    var bytes = [UInt8](data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    do {
      return try TextDecoder.decode(bytes)
    } catch {
      guard case .invalidUTF8(let offset) = error, data.starts(with: [0xEF, 0xBB, 0xBF]) else {
        throw .invalidText(path: path, error)
      }
      throw .invalidText(path: path, .invalidUTF8(offset: offset + 3))
    }
  }

  /// The lines of a text: split on LF (U+000A only; a CR LF pair counts as a line end too), a
  /// final empty piece (after the last LF) dropped, and a CR before each LF removed.
  static func lines(_ text: String) -> [Substring] {
    var lines: [Substring] = []
    let utf8 = text.utf8
    var start = utf8.startIndex
    var index = start
    while index != utf8.endIndex {
      if utf8[index] == 0x0A {
        var end = index
        if end > start, utf8[utf8.index(before: end)] == 0x0D { end = utf8.index(before: end) }
        lines.append(text[start..<end])
        start = utf8.index(after: index)
      }
      index = utf8.index(after: index)
    }
    if start != utf8.endIndex {
      var end = utf8.endIndex
      if utf8[utf8.index(before: end)] == 0x0D { end = utf8.index(before: end) }
      lines.append(text[start..<end])
    }
    return lines
  }
}
