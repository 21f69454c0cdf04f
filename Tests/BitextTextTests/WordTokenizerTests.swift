import Testing

@testable import BitextText

@Suite struct WordTokenizerTests {
  @Test func splitsFrenchElisions() {
    let tokens = WordTokenizer(language: "fr").tokens(in: "L’homme qu'il voit jusqu'à aujourd'hui.")
    #expect(
      tokens.map(\.text) == ["L’", "homme", "qu'", "il", "voit", "jusqu'", "à", "aujourd'hui", "."])
    #expect(tokens.first?.isCapitalized == true)
  }

  @Test func keepsHyphenatedWordsAndNumbers() {
    let tokens = WordTokenizer(language: "fr").tokens(
      in: "Une pétition anti-mobilisation : 3,5 % et 1 300.")
    #expect(
      tokens.map(\.text) == [
        "Une", "pétition", "anti-mobilisation", ":", "3,5", "%", "et", "1", "300", ".",
      ])
    #expect(tokens[4].kind == .number)
    #expect(tokens[3].kind == .symbol)
  }

  @Test func symbolsAreWholeGraphemeClusters() {
    let text = "Famille 👩‍👩‍👧 en 🇫🇷🇩🇪, 👍🏽 1️⃣ #️⃣ ❤️ 🏴󠁧󠁢󠁳󠁣󠁴󠁿 ^\u{301} !"
    let tokens = WordTokenizer(language: "fr").tokens(in: text)
    #expect(
      tokens.map(\.text) == [
        "Famille", "👩‍👩‍👧", "en", "🇫🇷", "🇩🇪", ",", "👍🏽", "1️⃣", "#️⃣", "❤️", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "^\u{301}", "!",
      ])
  }

  @Test func englishKeepsContractions() {
    #expect(WordTokenizer(language: "en").tokens(in: "don't").map(\.text) == ["don't"])
  }

  @Test func characterClassesAgreeWithUnicodeProperties() {
    for value in UInt32(0)..<0x800 {
      guard let s = Unicode.Scalar(value) else { continue }
      let p = s.properties
      let mark = [.nonspacingMark, .spacingMark, .enclosingMark].contains(p.generalCategory)
      #expect(WordTokenizer.isSpace(s) == p.isWhitespace, "U+\(String(value, radix: 16))")
      #expect(
        WordTokenizer.isLetter(s) == (p.isAlphabetic && !mark), "U+\(String(value, radix: 16))")
      #expect(
        WordTokenizer.isDigit(s) == (p.numericType == .decimal), "U+\(String(value, radix: 16))")
      #expect(WordTokenizer.isUpper(s) == p.isUppercase, "U+\(String(value, radix: 16))")
      #expect(WordTokenizer.isMark(s) == mark, "U+\(String(value, radix: 16))")
    }
  }
}
