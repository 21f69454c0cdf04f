import CXMLShim

/// Receives what an ``HTMLStreamParser`` reads, in document order.
package protocol HTMLStreamDelegate: AnyObject {
  /// A start tag (or one the parser implied, such as `body`); `name` is in lower case.
  func startElement(_ name: String, parser: HTMLStreamParser)
  /// The end of an element, written or implied (every start has its end).
  func endElement(_ name: String, parser: HTMLStreamParser)
  /// A piece of text as UTF-8, entities decoded; one text may come in several pieces. The
  /// bytes are only valid during the call.
  func characters(_ utf8: UnsafeBufferPointer<UInt8>, parser: HTMLStreamParser)
}

/// A streaming HTML parser over the system libxml2's HTML push parser (through the `CXMLShim`
/// C target): bytes are fed chunk by chunk, elements and text are reported as they are read,
/// and no tree is built.
///
/// The input is read as UTF-8 whatever the page declares (`<meta charset>`, an XML
/// declaration). Entities and character references are decoded; comments and processing
/// instructions are never reported; nothing is loaded from the network or disk. Malformed markup
/// is recovered from as libxml2 does (unclosed elements are closed, implied `html`, `body` and
/// `p` elements reported); only running out of memory stops it.
package final class HTMLStreamParser {
  private var parser = XMLShimParser(nil)
  /// Held strongly (the delegate gets the parser in each call and need not keep it).
  private let delegate: any HTMLStreamDelegate

  /// A parser reporting to `delegate`; `name` names the document in libxml2's messages.
  package init(delegate: any HTMLStreamDelegate, name: String) {
    self.delegate = delegate
    var callbacks = bitext_xml_callbacks()
    callbacks.context = Unmanaged.passUnretained(self).toOpaque()
    callbacks.start_element = { context, name, _ in
      guard let context, let name else { return }
      let parser = Unmanaged<HTMLStreamParser>.fromOpaque(context).takeUnretainedValue()
      parser.delegate.startElement(String(cString: name), parser: parser)
    }
    callbacks.end_element = { context, name in
      guard let context, let name else { return }
      let parser = Unmanaged<HTMLStreamParser>.fromOpaque(context).takeUnretainedValue()
      parser.delegate.endElement(String(cString: name), parser: parser)
    }
    callbacks.characters = { context, text, length in
      guard let context, let text, length > 0 else { return }
      let parser = Unmanaged<HTMLStreamParser>.fromOpaque(context).takeUnretainedValue()
      let bytes = UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self)
      parser.delegate.characters(
        UnsafeBufferPointer(start: bytes, count: Int(length)), parser: parser)
    }
    parser = XMLShimParser(name.withCString { bitext_html_create(&callbacks, $0) })
  }

  /// Parses the next bytes (`last` for the final call); false once parsing has failed (out of
  /// memory).
  @discardableResult
  package func feed(_ bytes: UnsafeBufferPointer<UInt8>, last: Bool = false) -> Bool {
    parser.feed(bytes, last: last)
  }

  /// Stops parsing from inside a delegate call: nothing more is reported.
  package func stop() { parser.stop() }

  /// The line (1-based) the parser is at.
  package var line: Int { parser.line }

  /// libxml2's message for the error that stopped parsing, or nil.
  package var failure: String? {
    let error = parser.error
    guard error.code != 0 else { return nil }
    return error.message.isEmpty ? "libxml2 error \(error.code)" : error.message
  }
}
