import BitextDocument
import BitextText
import FuzzSupport

/// ODT: the input is a whole file when it starts with `PK` (a zip archive, mutated as bytes);
/// otherwise the XML of `content.xml`, `styles.xml` and `META-INF/manifest.xml`, cut at 0xFF
/// bytes, stored after a `mimetype` part in a zip built here so that mutations reach the XML.
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
    let parts = pieces(input, count: 3)
    let names = ["content.xml", "styles.xml", "META-INF/manifest.xml"]
    file = storedZip(
      [("mimetype", Array("application/vnd.oasis.opendocument.text".utf8))]
        + zip(names, parts).compactMap { name, part in part.map { (name, $0) } })
  }
  let options = DocumentReadOptions(
    format: .odt, maximumExpandedSize: 4 << 20, maximumCompressionRatio: 200)
  do {
    let document = try DocumentReader(options: options).read(bytes: file, path: "fuzz.odt")
    for block in document.blocks {
      require(!block.text.isEmpty, "empty block at \(block.location)")
      require(!block.text.unicodeScalars.contains("\u{AD}"), "soft hyphen kept")
    }
  } catch {
    require(!"\(error)".isEmpty, "empty error message")
  }
  return 0
}
