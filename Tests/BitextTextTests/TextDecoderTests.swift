import Testing

@testable import BitextText

@Suite struct TextDecoderTests {
  @Test func decodesValidUTF8() throws {
    #expect(try TextDecoder.decode(Array("Été ✓ 😀".utf8)) == "Été ✓ 😀")
  }

  @Test(
    arguments: [
      ([0x61, 0x62, 0xFF, 0x63], 2),  // invalid lead byte
      ([0x61, 0xC3], 1),  // truncated sequence
      ([0xC0, 0xAF], 0),  // overlong encoding
      ([0x61, 0xED, 0xA0, 0x80], 1),  // UTF-16 surrogate encoded in UTF-8
      ([0x61, 0x62, 0x63, 0xE2, 0x82, 0x41], 3),  // bad continuation
    ] as [([UInt8], Int)])
  func namesTheOffsetOfInvalidUTF8(bytes: [UInt8], offset: Int) {
    #expect(throws: TextInputError.invalidUTF8(offset: offset)) {
      try TextDecoder.decode(bytes)
    }
  }

  @Test func refusesBinaryData() {
    #expect(throws: TextInputError.binary(offset: 3)) {
      try TextDecoder.decode([0x61, 0x62, 0x63, 0x00, 0x64])
    }
  }

  @Test func errorMessagesNameTheOffset() {
    #expect(TextInputError.invalidUTF8(offset: 42).description.contains("42"))
  }
}
