import BitextCorpus
import BitextTestSupport
import Foundation

@testable import BitextReview

/// Corpora and helpers for the review page's tests.
enum ReviewFixtures {
  /// A sentence of block `block` (a paragraph unless `kind` says otherwise).
  static func sentence(_ text: String, block: Int, kind: String = "p") -> AlignedSentence {
    AlignedSentence(
      text: text, block: .init(index: block, kind: kind, location: "line \(block + 1)"))
  }

  /// Two documents: `d1` (a heading, a 2-1 bead, an omission, a bead whose text holds
  /// `</script>` and U+2028) with a verdict, and `d2` without one.
  static func corpus() -> AlignedCorpus {
    let d1 = [
      AlignedBead(
        document: "d1", index: 0, sourceIDs: 0..<1, targetIDs: 0..<1, score: 0.97,
        source: [sentence("Le titre", block: 0, kind: "h1")],
        target: [sentence("The title", block: 0, kind: "h1")]),
      AlignedBead(
        document: "d1", index: 1, sourceIDs: 1..<3, targetIDs: 1..<2, score: 0.41,
        source: [sentence("Il pleut.", block: 1), sentence("Il fait froid.", block: 1)],
        target: [sentence("It is raining and cold.", block: 1)]),
      AlignedBead(
        document: "d1", index: 2, sourceIDs: 3..<4, targetIDs: 2..<2, score: 0.8,
        source: [sentence("Une phrase seule.", block: 2)], target: []),
      AlignedBead(
        document: "d1", index: 3, sourceIDs: 4..<5, targetIDs: 2..<3, score: 0.9,
        source: [sentence("Fin </script><script>alert(1)</script> \u{2028}ici & là.", block: 2)],
        target: [sentence("End </SCRIPT> here \u{2029}& there.", block: 2)]),
    ]
    let d2 = [
      AlignedBead(
        document: "d2", index: 0, sourceIDs: 0..<2, targetIDs: 0..<2, score: 0.66,
        source: [sentence("Un.", block: 0), sentence("Deux.", block: 0)],
        target: [sentence("One.", block: 0), sentence("Two.", block: 0)])
    ]
    return AlignedCorpus(
      sourceLanguage: "fr", targetLanguage: "en", beads: d1 + d2,
      verdicts: [
        "d1": DocumentVerdict(
          kind: .translation, confidence: 0.93, alignedShare: 0.75, lexicalRatio: 2.5)
      ])
  }

  /// The text of the page's `<script type="application/json" id="bitext-data">` element.
  static func dataElement(of html: String) throws -> String {
    let open = #"<script type="application/json" id="bitext-data">"#
    guard let start = html.range(of: open),
      let end = html.range(of: "</script>", range: start.upperBound..<html.endIndex)
    else { throw FixtureError("no bitext-data element") }
    return String(html[start.upperBound..<end.lowerBound])
  }

  /// The page data of `html`, parsed.
  static func data(of html: String) throws -> [String: Any] {
    let json = try dataElement(of: html)
    guard let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    else { throw FixtureError("the page data is not an object") }
    return object
  }

  /// The path of a program on `PATH`, or nil.
  static func program(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// Runs a program; its standard output and error, and its status.
  static func run(_ program: String, _ arguments: [String]) throws -> (
    output: String, errors: String, status: Int32
  ) {
    let result = try TestProcess.run(URL(fileURLWithPath: program), arguments)
    return (result.output, result.errors, result.status)
  }

}

/// A fixture that could not be read.
struct FixtureError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
