import Testing

@testable import BitextCorpus

@Suite struct TSVEscapingTests {
  @Test(arguments: [
    ("a\tb", "a\\tb"), ("a\nb", "a\\nb"), ("a\rb", "a\\rb"), ("a\\b", "a\\\\b"), ("\\t", "\\\\t"),
    ("\u{0}", "\\u0000"), ("\u{1F}", "\\u001F"), ("plain é😀", "plain é😀"),
    ("a\u{2028}b\u{2029}c\u{85}d", "a\\u2028b\\u2029c\\u0085d"),
    ("\u{2027}\u{202A}", "\u{2027}\u{202A}"), ("\u{FEFF}x", "\\uFEFFx"),
  ])
  func escape(_ input: String, _ expected: String) throws {
    #expect(TSVEscaping.escape(input) == expected)
    #expect(try TSVEscaping.unescape(expected).get() == input)
  }

  @Test func escapedFieldsHaveNoTabsOrLineBreaks() throws {
    for text in CorpusFixtures.hardTexts {
      let escaped = TSVEscaping.escape(text)
      #expect(!escaped.contains("\t") && !escaped.contains("\n") && !escaped.contains("\r"))
      #expect(
        escaped.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count == 1)
      #expect(try TSVEscaping.unescape(escaped).get() == text)
    }
  }

  @Test(arguments: [
    ("ab\\", 2), ("\\x", 0), ("a\\u00", 1), ("\\u0020", 0), ("\\u00G1", 0), ("\\u2027", 0),
    ("\\u0020", 0),
  ])
  func badEscapesNameTheirOffset(_ field: String, _ offset: Int) {
    #expect(throws: TSVEscaping.BadEscape(byteOffset: offset)) {
      try TSVEscaping.unescape(field).get()
    }
  }
}
