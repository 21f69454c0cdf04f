import CXMLShim

/// One parser of the libxml2 C shim, XML or HTML: what ``XMLStreamParser`` and
/// ``HTMLStreamParser`` share — feeding bytes, stopping, the position, the first error, and
/// freeing the parser.
final class XMLShimParser {
  /// The shim's parser; nil when libxml2 could not create one (out of memory).
  let handle: OpaquePointer?

  init(_ handle: OpaquePointer?) { self.handle = handle }

  deinit { bitext_xml_free(handle) }

  /// Parses the next bytes (`last` for the final call); false once an error has stopped it.
  func feed(_ bytes: UnsafeBufferPointer<UInt8>, last: Bool) -> Bool {
    guard let handle else { return false }
    let code = bytes.withMemoryRebound(to: CChar.self) {
      bitext_xml_feed(handle, $0.baseAddress, Int32($0.count), last ? 1 : 0)
    }
    return code == 0
  }

  /// Stops parsing from inside a callback: nothing more is reported.
  func stop() {
    if let handle { bitext_xml_stop(handle) }
  }

  /// The line (1-based) the parser is at.
  var line: Int { handle.map { Int(bitext_xml_line($0)) } ?? 0 }
  /// The column the parser is at.
  var column: Int { handle.map { Int(bitext_xml_column($0)) } ?? 0 }

  /// The first error's libxml2 code (0 for none), line, column and libxml2's message; code 2
  /// (out of memory) when there is no parser.
  var error: (code: Int, line: Int, column: Int, message: String) {
    guard let handle else { return (2, 0, 0, "out of memory") }
    return (
      Int(bitext_xml_error_code(handle)), Int(bitext_xml_error_line(handle)),
      Int(bitext_xml_error_column(handle)), String(cString: bitext_xml_error_message(handle))
    )
  }
}
