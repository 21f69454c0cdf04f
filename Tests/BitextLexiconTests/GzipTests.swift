import Testing

@testable import BitextLexicon

@Suite struct GzipTests {
  @Test func inflatesGzipData() throws {
    #expect(Gzip.isCompressed(Fixtures.gzipMaisonHouse))
    let bytes = try Gzip.decompress(Fixtures.gzipMaisonHouse, file: "x.gz")
    #expect(String(decoding: bytes, as: UTF8.self) == "maison\nhouse\n")
  }

  @Test func inflatesConcatenatedMembers() throws {
    let bytes = try Gzip.decompress(
      Fixtures.gzipMaisonHouse + Fixtures.gzipMaisonHouse, file: "x.gz")
    #expect(String(decoding: bytes, as: UTF8.self) == "maison\nhouse\nmaison\nhouse\n")
  }

  @Test func reportsTruncatedAndCorruptData() {
    #expect(throws: LexiconError.self) {
      try Gzip.decompress(Array(Fixtures.gzipMaisonHouse.prefix(15)), file: "cut.gz")
    }
    var corrupt = Fixtures.gzipMaisonHouse
    corrupt[10] = 0xff
    corrupt[11] = 0xff
    #expect(throws: LexiconError.self) { try Gzip.decompress(corrupt, file: "bad.gz") }
    #expect(!Gzip.isCompressed(Array("plain".utf8)))
  }
}
