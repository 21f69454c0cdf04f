import Testing

@testable import BitextText

/// The whole text stage on generated texts mixing every character class that changes length
/// between UTF-8, UTF-16 and the normalized text: each sentence's range must point at its own
/// bytes, and no character may be lost or garbled.
@Suite struct TextDocumentTests {
  /// A small deterministic generator (SplitMix64), so every run tests the same texts.
  struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  static let pieces = [
    "Un", "deux", "été", "e\u{301}te\u{301}", "Ça", "l’État", "😀", "👩‍👩‍👧", "🇫🇷", "日本語", "x",
    ".", ". ", "? ", "! ", "… ", " « ", " » ", ", ", " ", "\u{A0}", "\u{202F}", "\n", "\n\n",
    "\r\n", "\r", "\u{2028}", "\u{2029}", "\u{85}", "\u{0C}", "\t", "M. ", "J.-C. ", "3,5 ",
    "ﬁn", "Å", "\u{FEFF}",
  ]

  /// The text without white space, in NFC, without the characters the normalizer removes: a
  /// segmenter may cut between glued words, but must neither lose nor change a character.
  static func letters(_ text: String) -> String {
    let kept = text.unicodeScalars.filter { $0 != "\u{FEFF}" && $0 != "\u{85}" }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: kept)
    let composed = (try? Normalizer().normalize(String(view))) ?? String(view)
    return String(composed.unicodeScalars.filter { !$0.properties.isWhitespace })
  }

  @Test(arguments: 0..<40)
  func everySentenceRangeHoldsItsOwnText(seed: Int) throws {
    var random = SplitMix(state: UInt64(seed))
    var text = ""
    for _ in 0..<Int.random(in: 5...60, using: &random) {
      text += Self.pieces.randomElement(using: &random)!
    }
    for language in ["fr", "en", "de", "ja"] {
      let document = try TextDocument(
        bytes: Array(text.utf8), segmenter: SentenceSegmenter(language: language))
      for sentence in document.sentences {
        let slice = String(decoding: document.utf8[sentence.range], as: UTF8.self)
        #expect(!slice.contains("\u{FFFD}"), "seed \(seed) \(language): \(slice.debugDescription)")
        #expect(SentenceSegmenter.unwrap(slice) == sentence.text)
      }
      let joined = document.sentences.map(\.text).joined(separator: " ")
      #expect(Self.letters(joined) == Self.letters(text), "seed \(seed) \(language)")
    }
  }
}
