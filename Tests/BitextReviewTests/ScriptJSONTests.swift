import Testing

@testable import BitextReview

@Suite struct ScriptJSONTests {
  func string(_ text: String) -> String {
    var out: [UInt8] = []
    ScriptJSON.appendString(text, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  func number(_ value: Double) -> String {
    var out: [UInt8] = []
    ScriptJSON.appendNumber(value, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  @Test func escapesWhatCouldEndTheScriptElement() {
    #expect(string("</script>") == #""\u003c/script\u003e""#)
    #expect(string("<!-- a & b") == #""\u003c!-- a \u0026 b""#)
  }

  @Test func escapesTheLineAndParagraphSeparators() {
    #expect(string("a\u{2028}b\u{2029}c") == #""a\u2028b\u2029c""#)
    // Other characters that start with the same bytes are left as they are.
    #expect(string("l’été … \u{20AC}") == "\"l’été … \u{20AC}\"")
    #expect(string("\u{E2}\u{2028}") == #""â\u2028""#)
  }

  @Test func escapesQuotesBackslashesAndControls() {
    #expect(string("\"\\\n\r\t\u{1}\u{1F}") == #""\"\\\n\r\t\u0001\u001f""#)
  }

  @Test func writesNumbersInTheirShortestForm() {
    #expect(number(0.8734) == "0.8734")
    #expect(number(1) == "1.0")
    #expect(number(-0.0) == "0.0")
    #expect(number(.nan) == "null")
    #expect(number(.infinity) == "null")
  }
}
