import Testing

@testable import BitextReview

@Suite struct ScalarClassTests {
  @Test func classesAgreeWithUnicodeProperties() {
    for value in UInt32(0)..<0x250 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      #expect(ScalarClass.isLetter(scalar) == scalar.properties.isAlphabetic, "\(value)")
      #expect(ScalarClass.isUppercase(scalar) == scalar.properties.isUppercase, "\(value)")
      #expect(ScalarClass.isLowercase(scalar) == scalar.properties.isLowercase, "\(value)")
      #expect(ScalarClass.isWhitespace(scalar) == scalar.properties.isWhitespace, "\(value)")
    }
  }

  @Test func lettersAndCapitalsOfAWord() {
    #expect(ScalarClass.letters(of: "ÉTÉ 2022") == (3, 3))
    #expect(ScalarClass.letters(of: "Ωmega") == (5, 1))
    #expect(ScalarClass.startsLowercase("élan"))
    #expect(ScalarClass.startsUppercase("Élan"))
    #expect(!ScalarClass.startsUppercase("2022"))
  }
}
