/// Writes one side of a Moses corpus: one segment per line, line i of the source file matching
/// line i of the target file. A side's sentences are joined with a single space; an empty side
/// is an empty line.
///
/// A line must stay one line for every tool, so each character that some tool treats as a line
/// break or that plain text cannot hold — C0 controls other than tab (LF, CR, VT, FF, NUL…),
/// U+0085 NEL, U+2028 and U+2029 — becomes a space. Tabs stay. U+FEFF, which at the start of
/// a file reads as a byte order mark and would vanish, is written as U+2060 (word joiner), the
/// character Unicode recommends in its place.
struct MosesWriter: CorpusEncoder {
  /// Which side this writer writes.
  enum Side: Sendable { case source, target }
  /// The side written.
  var side: Side

  func encode(_ bead: AlignedBead, into out: inout [UInt8]) {
    let sentences = side == .source ? bead.source : bead.target
    for (offset, sentence) in sentences.enumerated() {
      if offset > 0 { out.append(0x20) }
      Self.appendLine(sentence.text, to: &out)
    }
    out.append(0x0A)
  }

  /// Appends `text` with line breaks and controls turned into spaces.
  static func appendLine(_ text: String, to out: inout [UInt8]) {
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x09: out.append(0x09)
      case 0x00..<0x20, 0x85, 0x2028, 0x2029: out.append(0x20)
      case 0xFEFF: out.append(contentsOf: [0xE2, 0x81, 0xA0])
      case 0x20..<0x80: out.append(UInt8(scalar.value))
      default: out.append(contentsOf: scalar.utf8)
      }
    }
  }

  /// `text` as the writer puts it on a line.
  static func line(_ text: String) -> String {
    var out: [UInt8] = []
    appendLine(text, to: &out)
    return String(decoding: out, as: UTF8.self)
  }
}
