import Testing

@testable import BitextDocument

@Suite struct XMLStreamParserTests {
  /// Records what the parser reports as a flat list of events.
  final class Recorder: XMLStreamDelegate {
    var events: [String] = []
    var text = ""
    func flush() {
      if !text.isEmpty { events.append("text \(text)") }
      text = ""
    }
    func startElement(_ name: String, attributes: [String: String], parser: XMLStreamParser) {
      flush()
      let list = attributes.keys.sorted().map { "\($0)=\(attributes[$0]!)" }.joined(separator: " ")
      events.append(list.isEmpty ? "<\(name)>" : "<\(name) \(list)>")
    }
    func endElement(_ name: String, parser: XMLStreamParser) {
      flush()
      events.append("</\(name)>")
    }
    func characters(_ text: String, parser: XMLStreamParser) { self.text += text }
  }

  /// Parses `xml` in chunks of `size` bytes.
  func parse(_ xml: String, chunk size: Int = 1 << 16) -> ([String], XMLStreamParser.Failure?) {
    let recorder = Recorder()
    let parser = XMLStreamParser(delegate: recorder, name: "t.xml")
    let bytes = Array(xml.utf8)
    var start = 0
    bytes.withUnsafeBufferPointer { buffer in
      while start < bytes.count {
        let end = min(bytes.count, start + size)
        guard parser.feed(UnsafeBufferPointer(rebasing: buffer[start..<end])) else { return }
        start = end
      }
      parser.feed(UnsafeBufferPointer(rebasing: buffer[0..<0]), last: true)
    }
    recorder.flush()
    return (recorder.events, parser.failure)
  }

  @Test(arguments: [1, 3, 1 << 16])
  func elementsAttributesAndTextInOrderWhateverTheChunks(size: Int) {
    let xml = """
      <?xml version="1.0" encoding="ISO-8859-1"?><?pi?><!-- note -->
      <tmx a="x&amp;y&#38;z &lt;é&gt;"><tuv xml:lang="fr"><seg>Été &amp; <![CDATA[<?x?> & co]]></seg></tuv><e/></tmx>
      """
    let (events, failure) = parse(xml, chunk: size)
    #expect(failure == nil)
    #expect(
      events == [
        "<tmx a=x&y&z <é>>", "<tuv xml:lang=fr>", "<seg>", "text Été & <?x?> & co", "</seg>",
        "</tuv>", "<e>", "</e>", "</tmx>",
      ])
  }

  @Test func anUndeclaredEntityIsAnErrorEvenWithADTD() {
    let xml = "<!DOCTYPE t SYSTEM \"t.dtd\">\n<t>a &secret; b</t>"
    let (events, failure) = parse(xml)
    #expect(failure?.code == 26 || failure?.code == 27)
    #expect(failure?.line == 2)
    #expect(!events.contains { $0.contains("a  b") })
  }

  @Test func theFirstWellFormednessErrorStopsParsing() {
    let (events, failure) = parse("<a>\n<b></c>\n<d/></a>")
    #expect(failure?.code == 76)
    #expect(failure?.line == 2)
    #expect(!events.contains("<d>"))
  }

  @Test func undeclaredNamespacePrefixesAreNotErrors() {
    let (events, failure) = parse("<x:a y:b=\"1\">t</x:a>")
    #expect(failure == nil)
    #expect(events == ["<x:a y:b=1>", "text t", "</x:a>"])
  }
}
