import Testing

@testable import BitextAlign

@Suite struct TokenizedSideTests {
  @Test func formsAreSharedAndKeptOncePerSentence() {
    let side = TokenizedSide(
      ["Le chat voit le chat.", "L'homme et le chat !", "Où ? Là ?"], language: "fr")
    let forms = side.forms.map(\.folded)
    func words(_ k: Int) -> [String] {
      side.words[side.wordStarts[k]..<side.wordStarts[k + 1]].map { forms[Int($0)] }
    }
    #expect(words(0) == ["le", "chat", "voit"])
    // the elided article is left out; "le" and "chat" are the forms of the first sentence
    #expect(words(1) == ["homme", "et", "le", "chat"])
    #expect(words(2) == ["où", "là"])
    #expect(Set(forms).count == forms.count)
    #expect(side.questionMarks == [0, 0, 2])
    #expect(side.exclamationMarks == [0, 1, 0])
    #expect(side.lengths[0] == 17)
  }

  @Test func atMostSixtyFourWordsAreKept() {
    let long = (0..<100).map { "mot\($0)" }.joined(separator: " ")
    let side = TokenizedSide([long, "fin"], language: "fr")
    #expect(side.wordStarts == [0, SideFeatures.maximumWords, SideFeatures.maximumWords + 1])
  }

  @Test func lengthsLeaveOutWhiteSpaceOfAnyKind() {
    #expect(TokenizedSide.length(of: "a b\tc\u{00A0}d\u{2009}é") == 5)
  }
}
