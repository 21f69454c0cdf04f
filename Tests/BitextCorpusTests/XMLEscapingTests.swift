import Testing

@testable import BitextCorpus

@Suite struct XMLEscapingTests {
  @Test(arguments: [
    ("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("]]>", "]]&gt;"), ("\"", "\""), ("'", "'"),
    ("\t", "\t"), ("\n", "\n"), ("\r", "&#13;"), ("a&b<c>d", "a&amp;b&lt;c&gt;d"), ("é😀", "é😀"),
    ("&amp;", "&amp;amp;"),
  ])
  func content(_ input: String, _ expected: String) {
    #expect(XMLEscaping.content(input) == expected)
  }

  @Test(arguments: [
    ("\"", "&quot;"), ("'", "&apos;"), ("\t", "&#9;"), ("\n", "&#10;"), ("\r", "&#13;"),
    ("<&>", "&lt;&amp;&gt;"), ("fr-CA", "fr-CA"),
  ])
  func attribute(_ input: String, _ expected: String) {
    #expect(XMLEscaping.attribute(input) == expected)
  }

  @Test func everyForbiddenCharacterBecomesReplacementAndIsCounted() {
    var forbidden = (0..<0x20).compactMap(Unicode.Scalar.init).filter {
      !["\t", "\n", "\r"].contains($0)
    }
    forbidden += ["\u{FFFE}", "\u{FFFF}"]
    for scalar in forbidden {
      var out: [UInt8] = []
      let replaced = XMLEscaping.appendContent("a\(Character(scalar))b", to: &out)
      #expect(replaced == 1, "U+\(String(scalar.value, radix: 16))")
      #expect(String(decoding: out, as: UTF8.self) == "a\u{FFFD}b")
      #expect(!XMLEscaping.isAllowed(scalar))
    }
  }

  @Test func allowedCharactersAreKept() {
    for scalar: Unicode.Scalar in [
      "\t", "\n", "\r", " ", "\u{7F}", "\u{85}", "\u{D7FF}", "\u{E000}", "\u{FFFD}", "\u{10FFFF}",
    ] {
      #expect(XMLEscaping.isAllowed(scalar))
      var out: [UInt8] = []
      #expect(XMLEscaping.appendAttribute(String(Character(scalar)), to: &out) == 0)
    }
  }

  @Test func escapedTextHasNoRawMarkup() {
    for text in CorpusFixtures.hardTexts {
      let escaped = XMLEscaping.attribute(text)
      #expect(!escaped.contains("<") && !escaped.contains(">") && !escaped.contains("\""))
      #expect(!escaped.contains("\n") && !escaped.contains("\t") && !escaped.contains("\r"))
    }
  }
}
