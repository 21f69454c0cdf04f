import BitextDocument
import BitextText
import FuzzSupport

/// HTML reader: arbitrary bytes read as HTML (decoded as the page declares, then parsed by
/// libxml2's HTML push parser), boilerplate dropped or, for inputs of odd length, kept.
///
/// Properties: no crash; every block's text is valid UTF-8 holding more than white space, with
/// no NUL; outside `pre` its white space is collapsed (no tab, newline or double space, none at
/// its edges); every location is a path from the root.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  let input = bytes(data, size)
  let reader = DocumentReader(
    options: DocumentReadOptions(format: .html, keepsBoilerplate: size % 2 == 1))
  let document: StructuredDocument
  do {
    document = try reader.read(bytes: input, path: "fuzz.html")
  } catch {
    // Undecodable bytes and too deep nesting are errors by design.
    return 0
  }
  for block in document.blocks {
    let text = block.text
    require(!text.isEmpty, "empty block at \(block.location)")
    require(validText(Array(text.utf8)) != nil, "invalid UTF-8 in a block")
    require(
      text.unicodeScalars.contains { !$0.properties.isWhitespace },
      "block of white space only: \(text.debugDescription)")
    require(!text.utf8.contains(0), "NUL in a block")
    require(block.location.hasPrefix("/html"), "location \(block.location.debugDescription)")
    if block.kind != .preformatted {
      require(
        !text.hasPrefix(" ") && !text.hasSuffix(" ") && !text.contains("  ")
          && !text.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C }),
        "white space not collapsed: \(text.debugDescription)")
    }
    require(!text.unicodeScalars.contains("\u{AD}"), "soft hyphen kept")
  }
  return 0
}
