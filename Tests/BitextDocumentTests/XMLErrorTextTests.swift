import Testing

@testable import BitextDocument

@Suite struct XMLErrorTextTests {
  /// Every code libxml2's parser reports for a well-formedness error has words.
  @Test func everyParserErrorCodeIsDescribedInWords() {
    for code in Array(1...110) + Array(200...205) where ![93, 98, 102].contains(code) {
      #expect(!XMLErrorText.describe(code: code).hasPrefix("malformed XML"), "code \(code)")
    }
    #expect(XMLErrorText.describe(code: 96).contains("version"))
    #expect(XMLErrorText.describe(code: 9999) == "malformed XML (XML error 9999)")
  }
}
