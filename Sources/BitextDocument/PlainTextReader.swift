/// Reads a plain text. The text is one block: the segmenter splits it into paragraphs by its
/// own rules (blank lines, lists of short lines), each of which becomes a block of the
/// segmented ``BitextText/TextDocument``.
enum PlainTextReader {
  /// The blocks of a text given as UTF-8.
  static func blocks(_ utf8: [UInt8]) -> [DocumentBlock] {
    [
      DocumentBlock(
        kind: .paragraph, text: String(decoding: utf8, as: UTF8.self), location: "line 1")
    ]
  }
}
