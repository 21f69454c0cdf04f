import BitextDocument
import FuzzSupport

/// PDF through `pdftotext`: any bytes are read without a crash, and a read that succeeds gives
/// paragraphs of clean text located `page N`. Every execution starts a `pdftotext` process, so
/// this target runs some hundreds of times slower than the others.
///
/// Properties: every error is a ``FileError`` with a message (the typed `throws` says so; the
/// message is checked); every block is a non-empty paragraph without control characters or
/// white space at its ends, at a page from 1 on, pages never going back.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  let input = bytes(data, size)
  let reader = DocumentReader(options: DocumentReadOptions(format: .pdf))
  let document: StructuredDocument
  do {
    document = try reader.read(bytes: input, path: "fuzz.pdf")
  } catch {
    require(error.description.hasPrefix("fuzz.pdf: "), "error without its path: \(error)")
    require(!error.description.contains("cannot run"), "pdftotext not started: \(error)")
    return 0
  }
  var previousPage = 1
  for block in document.blocks {
    require(block.kind == .paragraph, "not a paragraph: \(block)")
    require(!block.text.isEmpty, "empty block at \(block.location)")
    require(
      block.text.first?.isWhitespace == false && block.text.last?.isWhitespace == false,
      "white space at the ends: \(block.text.debugDescription)")
    require(
      !block.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) },
      "control character in \(block.text.debugDescription)")
    let page = block.location.hasPrefix("page ") ? Int(block.location.dropFirst(5)) : nil
    require(page.map { $0 >= previousPage } == true, "bad location \(block.location)")
    previousPage = page ?? previousPage
  }
  return 0
}
