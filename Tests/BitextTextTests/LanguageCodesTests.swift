import Testing

@testable import BitextText

@Suite struct LanguageCodesTests {
  @Test func theEmbeddedCodesCoverEveryKindOfCode() {
    let codes = LanguageCodes.embedded
    #expect(codes.twoLetterCode(ofSubtag: "fr") == "fr")
    #expect(codes.twoLetterCode(ofSubtag: "fra") == "fr")
    #expect(codes.twoLetterCode(ofSubtag: "fre") == "fr")
    #expect(codes.twoLetterCode(ofSubtag: "iw") == "he")
    #expect(codes.twoLetterCode(ofSubtag: "zz") == nil)
    #expect(codes.twoLetterCode(ofSubtag: "french") == nil)
    #expect(codes.threeLetterCode(ofTwoLetter: "de") == "deu")
  }

  @Test func parsesEachSection() throws {
    let codes = try LanguageCodes.parse(
      """
      [iso639-1]
      de fr  # comment
      he
      [withdrawn]
      iw he
      [iso639-3]
      fra fr
      [iso639-2b]
      fre fr
      """, file: "codes.txt")
    #expect(codes.twoLetter == ["de", "fr", "he"])
    #expect(codes.withdrawn == ["iw": "he"])
    #expect(codes.terminological == ["fra": "fr"])
    #expect(codes.bibliographic == ["fre": "fr"])
    #expect(codes.threeLetter == ["fr": "fra"])
  }

  @Test(arguments: [
    ("fr\n", "codes.txt:1: line outside the sections"),
    ("[iso639-1]\nfra\n", "codes.txt:2: expected two-letter codes"),
    ("[iso639-1]\nFR\n", "codes.txt:2: expected lower-case ASCII codes"),
    ("[iso639-1]\nfr\n[iso639-3]\nfra\n", "codes.txt:4: expected a 3-letter code"),
    ("[iso639-1]\nfr\n[iso639-3]\nfra fr\nfrx fr\n", "codes.txt:5: 'fr' already has"),
    ("[iso639-1]\nfr\n[iso639-3]\ndeu de\n", "codes.txt:4: 'de' is not in [iso639-1]"),
  ])
  func malformedFilesNameTheLine(text: String, message: String) {
    #expect {
      _ = try LanguageCodes.parse(text, file: "codes.txt")
    } throws: { error in
      "\(error)".hasPrefix(message)
    }
  }
}
