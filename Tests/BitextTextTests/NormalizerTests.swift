import Testing

@testable import BitextText

@Suite struct NormalizerTests {
  @Test func composesToNFC() throws {
    #expect(try Normalizer().normalize("e\u{301}te\u{301}") == "\u{E9}t\u{E9}")
  }

  @Test func nfkcOnRequest() throws {
    #expect(try Normalizer(form: .nfkc).normalize("ﬁn ²") == "fin 2")
    #expect(try Normalizer().normalize("ﬁn") == "ﬁn")
  }

  @Test func removesBOMAndNormalizesLineEnds() throws {
    #expect(try Normalizer().normalize("\u{FEFF}a\r\nb\rc\n") == "a\nb\nc\n")
  }

  @Test func unicodeLineAndParagraphSeparatorsBecomeNewlines() throws {
    #expect(try Normalizer().normalize("a\u{2028}b\u{85}c\u{2029}d") == "a\nb\nc\n\nd")
  }

  @Test func removesControlCharactersButKeepsTabs() throws {
    #expect(try Normalizer().normalize("a\u{07}b\tc\u{1B}d") == "ab\tcd")
    #expect(try Normalizer().normalize("page\u{0C}next") == "page\n\nnext")
  }

  @Test func keepsTypographicSpacesAndApostrophes() throws {
    let text = "l’État\u{A0}: 1\u{202F}300\u{2009}€"
    #expect(try Normalizer().normalize(text) == text)
  }

  @Test func matchingKeyUnifiesQuotes() {
    #expect(Normalizer.matchingKey("l’État «\u{A0}x\u{A0}»") == "l'État \" x \"")
  }

  @Test func findsUnitsToClean() {
    func unclean(_ units: [UInt16]) -> Bool {
      units.withUnsafeBufferPointer(Normalizer.containsUncleanUnit)
    }
    let clean = Array(
      String(repeating: "l’État\u{A0}: 1\u{202F}300\u{2009}€\tok\n", count: 40).utf16)
    #expect(!unclean(clean))
    #expect(!unclean([]))
    for unit: UInt16 in [
      0x00, 0x07, 0x0C, 0x0D, 0x1F, 0x7F, 0x80, 0x85, 0x9F, 0xFEFF, 0x2028, 0x2029,
    ] {
      #expect(unclean(clean + [unit]))
      #expect(unclean([unit] + clean))
    }
    #expect(!unclean([0x09, 0x0A, 0x20, 0x7E, 0xA0, 0x2027, 0x202A, 0xFEFE]))
  }
}
