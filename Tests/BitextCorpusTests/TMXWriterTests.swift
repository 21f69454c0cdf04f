import BitextTestSupport
import Foundation
import Testing

@testable import BitextCorpus

@Suite struct TMXWriterTests {
  let writer = CorpusWriter(toolVersion: "9.9.9")

  @Test func roundTripKeepsTextsScoresAndPlacement() throws {
    let corpus = CorpusFixtures.hardCorpus()
    let data = try writer.encode(corpus, format: .tmx)
    let read = try CorpusReader().decode(data, format: .tmx, path: "t.tmx")
    let expected = RoundTrip.flattened(corpus, keepPlacement: true) { text in
      String(
        String.UnicodeScalarView(
          text.unicodeScalars.map { XMLEscaping.isAllowed($0) ? $0 : "\u{FFFD}" }))
    }
    #expect(read == expected)
    // Every hard text survives exactly, except the two with forbidden characters.
    let exact = zip(read.beads, corpus.beads).filter { $0.sourceText == $1.sourceText }.count
    #expect(exact == corpus.beads.count - 2)
  }

  @Test func headerAndUnitShapeFollowTheDTD() throws {
    let corpus = AlignedCorpus(
      sourceLanguage: "fr", targetLanguage: "en",
      beads: [
        AlignedBead(
          document: "d", index: 4, sourceIDs: 7..<9, targetIDs: 3..<4, score: 0.5,
          source: [AlignedSentence(text: "Un."), AlignedSentence(text: "Deux.")],
          target: [AlignedSentence(text: "One two.")])
      ])
    let text = String(decoding: try writer.encode(corpus, format: .tmx), as: UTF8.self)
    let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    #expect(lines[0] == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
    #expect(lines[1] == "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">")
    #expect(lines[2] == "<tmx version=\"1.4\">")
    #expect(
      lines[3]
        == "<header creationtool=\"Bitext\" creationtoolversion=\"9.9.9\" datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\" srclang=\"fr\" o-tmf=\"Bitext\"/>"
    )
    #expect(
      Array(lines[5...12]) == [
        "<tu>", "<prop type=\"x-document\">d</prop>", "<prop type=\"x-bead\">4</prop>",
        "<prop type=\"x-score\">0.5</prop>", "<prop type=\"x-source-ids\">[7, 8]</prop>",
        "<prop type=\"x-target-ids\">[3]</prop>", "<tuv xml:lang=\"fr\"><seg>Un. Deux.</seg></tuv>",
        "<tuv xml:lang=\"en\"><seg>One two.</seg></tuv>",
      ])
    #expect(text.hasSuffix("    </tu>\n  </body>\n</tmx>\n"))
  }

  @Test func eachVariantNamesTheBlocksItsSentencesComeFrom() throws {
    func sentence(_ text: String, _ index: Int, _ kind: String, _ location: String)
      -> AlignedSentence
    {
      AlignedSentence(
        text: text, block: AlignedSentence.BlockOrigin(index: index, kind: kind, location: location)
      )
    }
    let corpus = AlignedCorpus(
      sourceLanguage: "fr", targetLanguage: "en",
      beads: [
        AlignedBead(
          index: 0, sourceIDs: 0..<3, targetIDs: 0..<1,
          source: [
            sentence("Un.", 1, "p", "/p[1]"), sentence("Deux.", 1, "p", "/p[1]"),
            sentence("Trois.", 2, "li", "/ul/li[1]&x"),
          ],
          target: [AlignedSentence(text: "One two three.")])
      ])
    let text = String(decoding: try writer.encode(corpus, format: .tmx), as: UTF8.self)
    #expect(
      text.contains(
        "<tuv xml:lang=\"fr\"><prop type=\"x-block\">1 p /p[1]</prop><prop type=\"x-block\">2 li /ul/li[1]&amp;x</prop><seg>Un. Deux. Trois.</seg></tuv>"
      ))
    #expect(text.contains("<tuv xml:lang=\"en\"><seg>One two three.</seg></tuv>"))
    // Read back: the texts are kept, the block props are not mistaken for the unit's.
    let read = try CorpusReader().decode(Data(text.utf8), format: .tmx)
    #expect(read.beads.first?.sourceText == "Un. Deux. Trois.")
  }

  @Test func aMachineTranslatedVariantNamesItsOrigin() throws {
    let corpus = AlignedCorpus(
      sourceLanguage: "fr", targetLanguage: "en",
      beads: [
        AlignedBead(
          index: 0, sourceIDs: 0..<2, targetIDs: 0..<2,
          source: [AlignedSentence(text: "Un."), AlignedSentence(text: "Deux.")],
          target: [
            AlignedSentence(text: "One.", origin: "mt:apertium:fr-ca-en"),
            AlignedSentence(text: "Two.", origin: "mt:apertium:fr-es-en"),
          ])
      ])
    let text = String(decoding: try writer.encode(corpus, format: .tmx), as: UTF8.self)
    #expect(
      text.contains(
        "<tuv xml:lang=\"en\"><prop type=\"x-origin\">mt:apertium:fr-ca-en</prop><prop type=\"x-origin\">mt:apertium:fr-es-en</prop><seg>One. Two.</seg></tuv>"
      ))
    #expect(text.contains("<tuv xml:lang=\"fr\"><seg>Un. Deux.</seg></tuv>"))
  }

  @Test func forbiddenCharactersAreReplacedWithAWarning() throws {
    let corpus = AlignedCorpus(
      sourceLanguage: "en", targetLanguage: "fr",
      beads: [
        AlignedBead(
          index: 0, sourceIDs: 0..<1, targetIDs: 0..<1,
          source: [AlignedSentence(text: "a\u{0}b\u{FFFE}")],
          target: [AlignedSentence(text: "c\u{1B}")])
      ])
    var encoder = TMXWriter(toolVersion: "1")
    let bytes = encoder.encodeAll(corpus)
    #expect(encoder.replacedCharacters == 3)
    #expect(encoder.warnings.count == 1)
    #expect(String(decoding: bytes, as: UTF8.self).contains("<seg>a\u{FFFD}b\u{FFFD}</seg>"))
  }

  @Test func outputIsDeterministic() throws {
    let corpus = CorpusFixtures.hardCorpus()
    let first = try writer.encode(corpus, format: .tmx)
    let second = try writer.encode(corpus, format: .tmx)
    #expect(first == second)
  }

  /// The TMX of the hard corpus is valid against the TMX 1.4 DTD shipped in `Formats/`, as
  /// xmllint checks it (skipped where libxml2-utils is not installed; CI installs it).
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint")))
  func isValidAgainstTheShippedDTD() throws {
    let file = try TestFiles.temporaryDirectory().appendingPathComponent("corpus.tmx")
    try writer.encode(CorpusFixtures.hardCorpus(), format: .tmx).write(to: file)
    let formats = TestFiles.repository.appendingPathComponent("Formats")
    let xmllint = Process()
    xmllint.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
    xmllint.arguments = [
      "--noout", "--nonet", "--path", formats.path, "--dtdvalid",
      formats.appendingPathComponent("tmx14.dtd").path, file.path,
    ]
    try xmllint.run()
    xmllint.waitUntilExit()
    #expect(xmllint.terminationStatus == 0)
  }
}
