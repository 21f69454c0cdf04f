import Bitext
import BitextCorpus
import BitextTestSupport
import Foundation
import Testing

@testable import BitextReview

/// Known answers of ``CorrectionSet/textHash(source:target:)``, computed independently: the
/// page's JavaScript must give the same (checked under Node where it is installed).
let textHashVectors: [(source: [String], target: [String], hash: String)] = [
  ([], [], "fnv1a64:af63d04c8601d828"),
  (["Bonjour."], ["Hello."], "fnv1a64:5229315ba2dff7e9"),
  (["Été — «x»", "😀"], [], "fnv1a64:4db8f94c83ca134b"),
]

/// The page's scripts, run under Node (skipped where Node is not installed): the text hash
/// and the corrections they export, against the Swift side.
@Suite struct ReviewPageScriptTests {
  static let node = ReviewFixtures.program("node") ?? ReviewFixtures.program("nodejs")

  /// Runs `script` under Node with the page's model as `M` and `data` as the page data;
  /// returns what it prints.
  func runModel(_ script: String, data: [UInt8] = Array("{}".utf8)) throws -> String {
    let folder = try TestFiles.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let model = folder.appendingPathComponent("review-model.js")
    try Data((ReviewPage.embeddedData["review-model.js"] ?? "").utf8).write(to: model)
    let dataFile = folder.appendingPathComponent("data.json")
    try Data(data).write(to: dataFile)
    let driver = folder.appendingPathComponent("driver.js")
    try Data(
      """
      'use strict';
      const M = require(\(JSONText.quoted(model.path)));
      const data = JSON.parse(require('fs').readFileSync(\(JSONText.quoted(dataFile.path)), 'utf8'));
      \(script)
      """.utf8
    ).write(to: driver)
    let result = try ReviewFixtures.run(try #require(Self.node), [driver.path])
    #expect(result.status == 0, "\(result.errors)")
    return result.output
  }

  @Test func theSwiftHashGivesTheKnownAnswers() {
    for vector in textHashVectors {
      #expect(CorrectionSet.textHash(source: vector.source, target: vector.target) == vector.hash)
    }
  }

  @Test(.enabled(if: node != nil))
  func theScriptHashEqualsTheSwiftHash() throws {
    var vectors = textHashVectors.map { ($0.source, $0.target) }
    vectors += [
      (["", ""], [""]),
      (["a\u{1E}b", "\u{0}"], ["\u{1D}"]),
      ([String(repeating: "Ünïcödé 𝄞 ", count: 500)], ["x", "y", "z"]),
      (["</script> \u{2028}"], ["ŉ", "\u{FEFF}"]),
    ]
    let input = try JSONSerialization.data(withJSONObject: vectors.map { [$0.0, $0.1] })
    let output = try runModel(
      "console.log(JSON.stringify(data.map((v) => M.textHash(v[0], v[1]))));",
      data: Array(input))
    let hashes = try JSONDecoder().decode([String].self, from: Data(output.utf8))
    #expect(hashes == vectors.map { CorrectionSet.textHash(source: $0.0, target: $0.1) })
  }

  @Test(.enabled(if: node != nil))
  func correctionsDecodeAndHashTheSentencesTheyName() throws {
    let corpus = ReviewFixtures.corpus()
    let page = ReviewPage(corpus: corpus)
    let output = try runModel(
      """
      const r = new M.Review(data);
      const refused = [r.merge(4), r.merge(3), r.split(0), r.move(0, 'source', 'first')];
      const done = [r.check(0), r.merge(1), r.split(3), r.move(2, 'source', 'first')];
      console.log(JSON.stringify({refused, done, corrections: r.exportCorrections()}));
      """, data: page.data())
    struct Result: Decodable {
      var refused: [String?]
      var done: [String?]
      var corrections: String
    }
    let result = try JSONDecoder().decode(Result.self, from: Data(output.utf8))
    // Past the last bead, across documents, a single 1-1 in pairs, before the first bead.
    #expect(result.refused.allSatisfy { $0 != nil }, "\(result.refused)")
    #expect(result.done.allSatisfy { $0 == nil }, "\(result.done)")
    let set = try JSONDecoder().decode(CorrectionSet.self, from: Data(result.corrections.utf8))
    #expect(set.format == "bitext-corrections")
    #expect(set.version == 1)
    #expect(set.documents.map(\.document) == ["d1", "d2"])
    #expect(set.documents.map(\.sourceSentences) == [5, 2])
    #expect(set.documents.map(\.targetSentences) == [3, 2])
    #expect(set.documents.allSatisfy { $0.sourceLanguage == "fr" && $0.targetLanguage == "en" })
    let d1 = set.documents[0].confirmed
    #expect(d1.map(\.sourceIDs) == [[0], [1, 2, 3, 4], []])
    #expect(d1.map(\.targetIDs) == [[0], [1], [2]])
    // The bead left without source sentences comes before source sentence 5: the end.
    #expect(d1.map(\.sourceAt) == [nil, nil, 5])
    #expect(d1.map(\.targetAt) == [nil, nil, nil])
    let d2 = set.documents[1].confirmed
    #expect(d2.map(\.sourceIDs) == [[0], [1]])
    #expect(d2.map(\.targetIDs) == [[0], [1]])
    // Every hash is the Swift hash of the corpus's sentences with those ids, and a
    // re-alignment takes the beads as its constraints.
    for document in set.documents {
      var sources: [Int: String] = [:]
      var targets: [Int: String] = [:]
      for bead in corpus.beads where bead.document == document.document {
        for (offset, sentence) in bead.source.enumerated() {
          sources[bead.sourceIDs.lowerBound + offset] = sentence.text
        }
        for (offset, sentence) in bead.target.enumerated() {
          targets[bead.targetIDs.lowerBound + offset] = sentence.text
        }
      }
      for bead in document.confirmed {
        #expect(
          bead.hash
            == CorrectionSet.textHash(
              source: bead.sourceIDs.compactMap { sources[$0] },
              target: bead.targetIDs.compactMap { targets[$0] }))
      }
      let constraints = try set.constraints(
        document: document.document, source: (0..<sources.count).compactMap { sources[$0] },
        target: (0..<targets.count).compactMap { targets[$0] }, path: "corrections.json")
      #expect(constraints.beads.count == document.confirmed.count)
    }
  }

  @Test(.enabled(if: node != nil))
  func undoPutsTheBeadsBack() throws {
    let page = ReviewPage(corpus: ReviewFixtures.corpus())
    let output = try runModel(
      """
      const r = new M.Review(data);
      const before = JSON.stringify(r.beads.map((_, i) => r.describe(i)));
      r.merge(0); r.split(0); r.check(1); r.move(1, 'target', 'last');
      while (r.canUndo) r.undo();
      const after = JSON.stringify(r.beads.map((_, i) => r.describe(i)));
      console.log(JSON.stringify([before === after, r.undo(), r.exportCorrections()]));
      """, data: page.data())
    let values = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [Any]
    #expect(values?[0] as? Bool == true)
    #expect(values?[1] is NSNull)
    #expect(
      values?[2] as? String
        == "{\"format\":\"bitext-corrections\",\"version\":1,\"documents\":[\n]}\n")
  }
}
