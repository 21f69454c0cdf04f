import BitextTestSupport
import BitextText
import Foundation
import Testing

@testable import BitextCorpus

/// Reading TMX larger than libxml2's 10 MB single-chunk limit, streamed from the file.
@Suite struct TMXInputStreamTests {
  /// A corpus of `count` beads, about 350 bytes of TMX each.
  static func corpus(beads count: Int) -> AlignedCorpus {
    AlignedCorpus(
      sourceLanguage: "fr", targetLanguage: "en",
      beads: (0..<count).map { i in
        AlignedBead(
          document: "doc", index: i, sourceIDs: i..<(i + 1), targetIDs: i..<(i + 1), score: 0.5,
          source: [AlignedSentence(text: "Phrase numéro \(i) : « l'été » & <co>.")],
          target: [AlignedSentence(text: "Sentence number \(i): \"summer\" & <co>.")])
      })
  }

  @Test func bitextsOwnTMXOverTenMegabytesReadsBackFromAFile() throws {
    let corpus = Self.corpus(beads: 32_000)
    let directory = try TestFiles.temporaryDirectory()
    let url = directory.appendingPathComponent("big.tmx")
    _ = try CorpusWriter(toolVersion: "9.9.9").write(corpus, format: .tmx, to: .file(url))
    let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0
    #expect(size > 10_500_000)
    let read = try CorpusReader().read(from: url, format: .tmx)
    #expect(read == corpus)
  }

  @Test func bitextsOwnTMXOverTenMegabytesReadsBackFromMemory() throws {
    let corpus = Self.corpus(beads: 32_000)
    let data = try CorpusWriter(toolVersion: "9.9.9").encode(corpus, format: .tmx)
    #expect(data.count > 10_500_000)
    #expect(try CorpusReader().decode(data, format: .tmx, path: "big.tmx") == corpus)
  }

  @Test func aTextNodeOverTenMegabytesIsRead() throws {
    let text = String(repeating: "é", count: 5_500_000)
    let xml = """
      <tmx version="1.4"><header srclang="fr"/><body>
      <tu><tuv xml:lang="fr"><seg>\(text)</seg></tuv><tuv xml:lang="en"><seg>b</seg></tuv></tu>
      </body></tmx>
      """
    let corpus = try CorpusReader().decode(Data(xml.utf8), format: .tmx, path: "in.tmx")
    #expect(corpus.beads.map(\.sourceText) == [text])
  }

  @Test func anAttributeOverTheParserLimitIsNamedInWords() {
    let value = String(repeating: "a", count: 10_500_000)
    let xml = """
      <tmx version="1.4"><header srclang="fr"/><body>
      <tu tuid="\(value)"><tuv xml:lang="fr"><seg>a</seg></tuv><tuv xml:lang="en"><seg>b</seg></tuv></tu>
      </body></tmx>
      """
    #expect {
      try CorpusReader().decode(Data(xml.utf8), format: .tmx, path: "in.tmx")
    } throws: { error in
      guard case .malformed("in.tmx", 2, _?, let message) = error as? CorpusError else {
        return false
      }
      return message.contains("longer than the XML parser's limit of 10,000,000 bytes")
    }
  }

  @Test func charactersSplitAcrossChunksAreKept() throws {
    // Two- to four-byte characters at every offset modulo the chunk sizes.
    let text = String(repeating: "aé€😀", count: 60_000)
    let xml =
      "<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"fr\"><seg>\(text)</seg></tuv>"
      + "<tuv xml:lang=\"en\"><seg>\(text)</seg></tuv></tu></body></tmx>"
    let corpus = try CorpusReader().decode(Data(xml.utf8), format: .tmx, path: "in.tmx")
    #expect(corpus.beads.map(\.sourceText) == [text])
    #expect(corpus.beads.map(\.targetText) == [text])
  }

  @Test func invalidUTF8FarIntoTheFileNamesItsOffsetAndLine() throws {
    let head =
      "<tmx version=\"1.4\"><body>\n" + String(repeating: "<!-- filler -->\n", count: 20_000)
    var bytes = Array(head.utf8)
    let offset = bytes.count
    bytes += [0xC3, 0x28]
    bytes += Array("</body></tmx>\n".utf8)
    let directory = try TestFiles.temporaryDirectory()
    let url = directory.appendingPathComponent("bad.tmx")
    try Data(bytes).write(to: url)
    #expect(
      throws: CorpusError.file(
        FileError(path: url.path, .notText(.invalidUTF8(offset: offset), line: 20_002)))
    ) { try CorpusReader().read(from: url, format: .tmx) }
  }

  @Test func aMissingFileOrADirectoryIsAFileError() throws {
    let directory = try TestFiles.temporaryDirectory()
    let missing = directory.appendingPathComponent("none.tmx")
    #expect(throws: CorpusError.file(FileError(path: missing.path, .missing))) {
      try CorpusReader().read(from: missing, format: .tmx)
    }
    #expect(throws: CorpusError.file(FileError(path: directory.path, .isDirectory))) {
      try CorpusReader().read(from: directory, format: .tmx)
    }
  }
}
