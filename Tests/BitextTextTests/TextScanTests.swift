import Testing

@testable import BitextText

@Suite struct TextScanTests {
  private func utf8Length(_ units: [UInt16]) -> Int {
    units.withUnsafeBufferPointer { TextScan.utf8Length(of: $0) }
  }

  @Test func utf8LengthMatchesTheEncoding() {
    for text in [
      "", "a", "été", "l’État « 1\u{202F}300 € »", "日本語", "a😀b",
      String(repeating: "é😀x", count: 9000),
    ] {
      #expect(utf8Length(Array(text.utf16)) == text.utf8.count)
    }
  }

  @Test func utf8LengthCountsALoneSurrogateAsTwoBytes() {
    #expect(utf8Length([0x61, 0xD83D, 0x62]) == 4)
    #expect(utf8Length([0xDE00]) == 2)
  }

  @Test func utf8LengthAcrossBlocksDoesNotOverflow() {
    // Three bytes a unit, more units than one 16-bit block sum holds.
    let units = [UInt16](repeating: 0x20AC, count: 50_000)
    #expect(utf8Length(units) == 150_000)
  }

  @Test func countsOneByte() {
    let bytes = Array("a\nb\n\nc".utf8) + [UInt8](repeating: 0x0A, count: 70_000)
    #expect(bytes.withUnsafeBufferPointer { TextScan.count(0x0A, in: $0) } == 70_003)
    #expect(bytes.withUnsafeBufferPointer { TextScan.count(0x7A, in: $0) } == 0)
    #expect([UInt8]().withUnsafeBufferPointer { TextScan.count(0x0A, in: $0) } == 0)
  }

  private func firstSentenceMark(_ text: String, from start: Int = 0) -> Int {
    Array(text.utf16).withUnsafeBufferPointer { TextScan.firstSentenceMark(in: $0, from: start) }
  }

  @Test func findsTheFirstSentenceMark() {
    let long = String(repeating: "l’État « été »\u{202F}; ", count: 10)
    #expect(firstSentenceMark(long) == long.utf16.count)
    for mark in [".", "!", "?", "\n", "…", "\u{2028}", "\u{2029}", "•", "‼", "⁉", "∙", "▪", "➢"] {
      #expect(firstSentenceMark(long + mark + "x.") == long.utf16.count)
      #expect(firstSentenceMark("ab" + mark) == 2)
    }
    #expect(firstSentenceMark("a. b. c", from: 2) == 4)
    #expect(firstSentenceMark("a. b", from: 4) == 4)
    #expect(firstSentenceMark("") == 0)
  }

  private func firstNonPlain(_ text: String, from start: Int = 0) -> Int {
    Array(text.utf16).withUnsafeBufferPointer { TextScan.firstNonPlain(in: $0, from: start) }
  }

  @Test func findsTheFirstUnitThatIsNotPlainText() {
    let plain = String(repeating: "L’été, « déjà » – 1\u{202F}300 $ ; Ωμέγα… ", count: 10)
    #expect(firstNonPlain(plain) == plain.utf16.count)
    for other in ["\n", "\t", "\u{7}", "。", "।", "؟", "\u{2028}", "\u{2000}", "日", "😀"] {
      #expect(firstNonPlain(plain + other + "x") == plain.utf16.count)
    }
    #expect(firstNonPlain("a\nb\nc", from: 2) == 3)
    #expect(firstNonPlain("") == 0)
  }
}
