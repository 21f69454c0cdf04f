import Foundation
import Testing

@testable import BitextCorpus

@Suite struct TMXPrologScannerTests {
  func scan(_ text: String, atEnd: Bool = false) -> TMXPrologScanner.Result {
    TMXPrologScanner.scan(Array(text.utf8), atEnd: atEnd)
  }

  @Test func stopsAtTheRootElement() {
    #expect(scan("<?xml version=\"1.0\"?>\n<tmx version=\"1.4\">") == .clean)
    #expect(scan("<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx>") == .clean)
    #expect(scan("<tmx><!ENTITY x \"y\">") == .clean)
  }

  @Test func asksForMoreBytesInsideTheProlog() {
    #expect(scan("<?xml version=\"1.0\"") == .needMore)
    #expect(scan("<?xml version=\"1.0\"?>\n<!-- long") == .needMore)
    #expect(scan("<!DOCTYPE tmx [\n  <!ENT") == .needMore)
    #expect(scan("<!DOCTYPE tmx [\n  <!") == .needMore)
    #expect(scan("<?xml version=\"1.0\"?>\n<") == .needMore)
    #expect(scan("<?xml version=\"1.0\"?>\n", atEnd: true) == .clean)
  }

  @Test func findsEntitiesInTheDoctype() {
    #expect(
      scan("<!-- <!ENTITY a> -->\n<!DOCTYPE tmx [\n  <!ENTITY lol \"lol\">")
        == .entity(
          line: 3, column: 3))
  }

  @Test func anEntityAfterALongCommentIsRefusedWhenReading() {
    let xml = """
      <?xml version="1.0"?>
      <!-- \(String(repeating: "long comment ", count: 20_000)) -->
      <!DOCTYPE tmx [ <!ENTITY lol "lol"> ]>
      <tmx version="1.4"><body><tu><tuv xml:lang="en"><seg>&lol;</seg></tuv></tu></body></tmx>
      """
    #expect(
      throws: CorpusError.malformed(
        path: "in.tmx", line: 3, column: 17,
        message: "the document type declares entities; Bitext refuses to expand them")
    ) { try CorpusReader().decode(Data(xml.utf8), format: .tmx, path: "in.tmx") }
  }
}
