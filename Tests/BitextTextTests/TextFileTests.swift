import Foundation
import Testing

@testable import BitextText

@Suite struct TextFileTests {
  @Test func readsUTF8AndDropsAByteOrderMark() throws {
    let path = try makeTemporaryFolder() + "/in.txt"
    try AtomicFile.write([0xEF, 0xBB, 0xBF] + Array("Été.\n".utf8), to: path)
    #expect(try TextFile.read(path) == "Été.\n")
  }

  @Test func aMissingFileIsNamed() throws {
    let path = try makeTemporaryFolder() + "/nothing.txt"
    #expect(throws: FileError(path: path, .missing)) { try TextFile.read(path) }
  }

  @Test func aDirectoryIsRefused() throws {
    let folder = try makeTemporaryFolder()
    #expect(throws: FileError(path: folder, .isDirectory)) { try TextFile.read(folder) }
  }

  @Test func invalidUTF8NamesTheLineAndTheOffsetInTheFile() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF, 0x61, 0x0A, 0x62, 0xFF]
    #expect(throws: FileError(path: "in.txt", .notText(.invalidUTF8(offset: 6), line: 2))) {
      try TextFile.decode(bytes, path: "in.txt")
    }
  }

  @Test func binaryDataIsRefused() {
    #expect(throws: FileError(path: "in.bin", .notText(.binary(offset: 1), line: 1))) {
      try TextFile.decode([0x61, 0x00, 0x62], path: "in.bin")
    }
  }

  @Test func linesDropCarriageReturnsAndTheLastEmptyPiece() {
    #expect(TextFile.lines("a\r\nb\n\nc\n") == ["a", "b", "", "c"])
    #expect(TextFile.lines("a\r") == ["a"])
    #expect(TextFile.lines("") == [])
  }

  @Test func standardInputIsNamedForUsers() {
    #expect(TextFile.displayName("-") == "<stdin>")
    #expect(TextFile.displayName("a.txt") == "a.txt")
  }
}
