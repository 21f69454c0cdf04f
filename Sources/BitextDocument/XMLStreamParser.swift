import CXMLShim

/// Receives what an ``XMLStreamParser`` reads, in document order.
package protocol XMLStreamDelegate: AnyObject {
  /// A start tag, with its attributes by name as written (`xml:lang`).
  func startElement(_ name: String, attributes: [String: String], parser: XMLStreamParser)
  /// An end tag (also reported for an empty-element tag).
  func endElement(_ name: String, parser: XMLStreamParser)
  /// A piece of text or CDATA content; one text may come in several pieces.
  func characters(_ text: String, parser: XMLStreamParser)
}

/// A streaming XML parser over the system libxml2 (through the `CXMLShim` C target): bytes
/// are fed chunk by chunk, elements and text are reported to the delegate as they are read.
///
/// No DTD or external entity is ever loaded, only XML's five predefined entities are expanded
/// (a reference to any other is an error), processing instructions and comments are ignored,
/// and libxml2's size limits on names and attribute values hold. The input is read as UTF-8,
/// whatever encoding the document declares. The first error stops parsing.
package final class XMLStreamParser {
  /// The first error: libxml2's code, where it is, and libxml2's own message.
  package struct Failure: Equatable {
    package var code: Int
    package var line: Int
    package var column: Int
    package var message: String
  }

  private var parser = XMLShimParser(nil)
  private weak var delegate: (any XMLStreamDelegate)?

  /// A parser reporting to `delegate`; `name` names the document in libxml2's messages.
  package init(delegate: any XMLStreamDelegate, name: String) {
    self.delegate = delegate
    var callbacks = bitext_xml_callbacks()
    callbacks.context = Unmanaged.passUnretained(self).toOpaque()
    callbacks.start_element = { context, name, attributes in
      guard let context, let name else { return }
      let parser = Unmanaged<XMLStreamParser>.fromOpaque(context).takeUnretainedValue()
      var values: [String: String] = [:]
      if var pair = attributes {
        while let key = pair[0], let value = pair[1] {
          let name = String(cString: key)
          if values[name] == nil { values[name] = String(cString: value) }
          pair += 2
        }
      }
      parser.delegate?.startElement(String(cString: name), attributes: values, parser: parser)
    }
    callbacks.end_element = { context, name in
      guard let context, let name else { return }
      let parser = Unmanaged<XMLStreamParser>.fromOpaque(context).takeUnretainedValue()
      parser.delegate?.endElement(String(cString: name), parser: parser)
    }
    callbacks.characters = { context, text, length in
      guard let context, let text, length > 0 else { return }
      let parser = Unmanaged<XMLStreamParser>.fromOpaque(context).takeUnretainedValue()
      let bytes = UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self)
      let piece = String(
        decoding: UnsafeBufferPointer(start: bytes, count: Int(length)), as: UTF8.self)
      parser.delegate?.characters(piece, parser: parser)
    }
    parser = XMLShimParser(name.withCString { bitext_xml_create(&callbacks, $0) })
  }

  /// Parses the next bytes (`last` for the final call); false once an error has stopped it.
  @discardableResult
  package func feed(_ bytes: UnsafeBufferPointer<UInt8>, last: Bool = false) -> Bool {
    parser.feed(bytes, last: last)
  }

  /// Stops parsing from inside a delegate call: nothing more is reported.
  package func stop() { parser.stop() }

  /// The line (1-based) the parser is at.
  package var line: Int { parser.line }
  /// The column the parser is at.
  package var column: Int { parser.column }

  /// The first error, if any (also when libxml2 could not create a parser).
  package var failure: Failure? {
    let error = parser.error
    guard error.code != 0 else { return nil }
    return Failure(
      code: error.code, line: error.line, column: error.column, message: error.message)
  }
}
