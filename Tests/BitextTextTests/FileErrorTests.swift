import Testing

@testable import BitextText

@Suite struct FileErrorTests {
  @Test func messagesNameTheFileAndThePlace() {
    #expect("\(FileError(path: "a.txt", .missing))" == "a.txt: no such file")
    #expect(
      "\(FileError(path: "a.txt", .notText(.invalidUTF8(offset: 9), line: 3)))"
        == "a.txt:3: invalid UTF-8 at byte offset 9")
    #expect(
      "\(FileError(path: "a.txt", .unprocessable(.icu(ICUError(status: 1)))))"
        .hasPrefix("a.txt: text processing failed"))
    #expect(
      "\(FileError(path: "/dev/zero", .tooLarge(limit: 1 << 30)))"
        == "/dev/zero: larger than 1 GiB, the most Bitext reads from one input; not read")
    #expect(FileError.sizeText(100) == "100 bytes")
    #expect(FileError.sizeText(64 << 10) == "64 KiB")
  }
}
