import Foundation
import Testing

@testable import BitextText

@Suite struct TextFileTests {
  @Test func readsUTF8AndDropsAByteOrderMark() throws {
    let path = try makeTemporaryFolder() + "/in.txt"
    try AtomicFile.write([0xEF, 0xBB, 0xBF] + Array("Été.\n".utf8), to: path)
    #expect(try TextFile.read(path) == "Été.\n")
  }

  @Test func repeatedByteOrderMarksAreAllDropped() throws {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    #expect(try TextFile.decode(bom + bom + Array("a\tb\n".utf8), path: "x") == "a\tb\n")
    #expect(
      throws: FileError(path: "x", .notText(.invalidUTF8(offset: 7), line: 1))
    ) { try TextFile.decode(bom + bom + [0x61, 0xFF], path: "x") }
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

/// Inputs that are not regular files: FIFOs, devices, huge files.
@Suite struct TextFileStreamTests {
  /// A FIFO in a fresh folder, with a shell writing `command`'s output into it.
  func fifo(writing command: String) throws -> (path: String, writer: Process) {
    let path = try makeTemporaryFolder() + "/in.fifo"
    #expect(mkfifo(path, 0o600) == 0)
    let writer = Process()
    writer.executableURL = URL(fileURLWithPath: "/bin/sh")
    writer.arguments = ["-c", "\(command) > \"$0\"", path]
    try writer.run()
    return (path, writer)
  }

  @Test func aFIFOIsReadAsAStream() throws {
    let (path, writer) = try fifo(writing: "printf 'Une phrase.\\nDeux.\\n'")
    #expect(try TextFile.read(path) == "Une phrase.\nDeux.\n")
    writer.waitUntilExit()
  }

  @Test func devNullIsEmpty() throws {
    #expect(try TextFile.read("/dev/null") == "")
  }

  @Test func devZeroIsRefusedAtItsFirstBytes() throws {
    #expect(throws: FileError(path: "/dev/zero", .notText(.binary(offset: 0), line: 1))) {
      try TextFile.read("/dev/zero")
    }
  }

  @Test func anEndlessStreamStopsAtTheLimit() throws {
    let (path, writer) = try fifo(writing: "yes 'Une phrase.'")
    #expect(throws: FileError(path: path, .tooLarge(limit: 1 << 20))) {
      try TextFile.bytes(path, limit: 1 << 20)
    }
    writer.waitUntilExit()
  }

  @Test func aFileOverTheLimitIsRefusedBeforeItIsRead() throws {
    let path = try makeTemporaryFolder() + "/big.txt"
    try AtomicFile.write(Array(repeating: UInt8(ascii: "a"), count: 1001), to: path)
    #expect(throws: FileError(path: path, .tooLarge(limit: 1000))) {
      try TextFile.bytes(path, limit: 1000)
    }
    #expect(try TextFile.bytes(path, limit: 1001).count == 1001)
  }

  @Test func aLargeSparseFileIsRefusedAtItsFirstBytes() throws {
    let path = try makeTemporaryFolder() + "/sparse.txt"
    let descriptor = open(path, O_WRONLY | O_CREAT, 0o644)
    #expect(ftruncate(descriptor, 512 << 20) == 0)
    _ = close(descriptor)
    #expect(throws: FileError(path: path, .notText(.binary(offset: 0), line: 1))) {
      try TextFile.read(path)
    }
  }

  @Test func binaryDataAfterAByteOrderMarkIsFoundAtItsOffsetInTheFile() throws {
    let path = try makeTemporaryFolder() + "/in.txt"
    try AtomicFile.write([0xEF, 0xBB, 0xBF, 0x61, 0x0A, 0x00], to: path)
    #expect(throws: FileError(path: path, .notText(.binary(offset: 5), line: 2))) {
      try TextFile.bytes(path, limit: 100, text: true)
    }
    #expect(try TextFile.bytes(path).count == 6)
  }

  @Test func textLongerThanTheBinaryCheckIsReadWhole() throws {
    let path = try makeTemporaryFolder() + "/long.txt"
    let text = String(repeating: "Une phrase assez longue.\n", count: 10_000)
    try AtomicFile.write(text.utf8, to: path)
    #expect(try TextFile.read(path) == text)
  }
}
