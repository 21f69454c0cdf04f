import BitextDocument
import BitextText
import FuzzSupport

/// DOCX: the input is a whole file when it starts with `PK` (a zip archive, mutated as bytes);
/// otherwise the XML of `word/document.xml`, `word/styles.xml`, `word/footnotes.xml` and
/// `word/endnotes.xml`, cut at 0xFF bytes, stored in a zip built here so that mutations reach
/// the XML.
///
/// Properties: reading never crashes or leaks and ends in blocks or a `FileError`; no block is
/// empty or holds a soft hyphen; the limits (4 MiB expanded) hold.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  let input = bytes(data, size)
  let file: [UInt8]
  if input.starts(with: [0x50, 0x4B]) {
    file = input
  } else {
    let parts = pieces(input, count: 4)
    let names = ["word/document.xml", "word/styles.xml", "word/footnotes.xml", "word/endnotes.xml"]
    file = storedZip(
      zip(names, parts).compactMap { name, part in part.map { (name, $0) } })
  }
  let options = DocumentReadOptions(
    format: .docx, maximumExpandedSize: 4 << 20, maximumCompressionRatio: 200)
  do {
    let document = try DocumentReader(options: options).read(bytes: file, path: "fuzz.docx")
    for block in document.blocks {
      require(!block.text.isEmpty, "empty block at \(block.location)")
      require(!block.text.unicodeScalars.contains("\u{AD}"), "soft hyphen kept")
    }
  } catch {
    // A malformed file is an error with a message.
    require(!"\(error)".isEmpty, "empty error message")
  }
  return 0
}
