import Foundation
import Testing

@testable import BitextText

/// A fresh folder for one test.
func makeTemporaryFolder() throws -> String {
  let path = FileManager.default.temporaryDirectory
    .appendingPathComponent("bitext-text-tests-\(UUID().uuidString)").path
  try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}

@Suite struct AtomicFileTests {
  @Test func replacesTheFileAndLeavesNoTemporary() throws {
    let folder = try makeTemporaryFolder()
    let path = folder + "/out.txt"
    try AtomicFile.write("old".utf8, to: path)
    try AtomicFile.write("new".utf8, to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.txt"])
  }

  @Test func createsMissingFolders() throws {
    let folder = try makeTemporaryFolder()
    try AtomicFile.write("x".utf8, to: folder + "/a/b/out.txt")
    #expect(try String(contentsOfFile: folder + "/a/b/out.txt", encoding: .utf8) == "x")
  }

  @Test func aFailedWriteKeepsTheOldFile() throws {
    struct Stop: Error, Equatable {}
    func stop(_: FileError) -> Stop { Stop() }
    let folder = try makeTemporaryFolder()
    let path = folder + "/out.txt"
    try AtomicFile.write("old".utf8, to: path)
    #expect(throws: Stop()) {
      try AtomicFile.write(to: path, wrapping: stop) { sink throws(Stop) in
        try sink(Array("half".utf8))
        throw Stop()
      }
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.txt"])
  }

  @Test func folderAndLastComponentOfPaths() {
    #expect(AtomicFile.folder(of: "out.txt") == ".")
    #expect(AtomicFile.folder(of: "/out.txt") == "/")
    #expect(AtomicFile.folder(of: "a/b/out.txt") == "a/b")
    #expect(AtomicFile.lastComponent(of: "a/b/out.txt") == "out.txt")
  }
}

@Suite struct AtomicFileSpecialDestinationTests {
  @Test func devicesAreWrittenIntoNotReplaced() throws {
    try AtomicFile.write("discarded".utf8, to: "/dev/null")
    let attributes = try FileManager.default.attributesOfItem(atPath: "/dev/null")
    #expect(attributes[.type] as? FileAttributeType == .typeCharacterSpecial)
  }

  @Test func aLinkInTheSameFolderKeepsPointingAtTheNewContent() throws {
    let folder = try makeTemporaryFolder()
    let target = folder + "/real.txt"
    let link = folder + "/link.txt"
    try AtomicFile.write("old".utf8, to: target)
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.txt")
    try AtomicFile.write("new".utf8, to: link)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.txt")
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "new")
  }

  @Test func aLinkIntoAnotherFolderIsNotWrittenThrough() throws {
    let folder = try makeTemporaryFolder()
    let elsewhere = try makeTemporaryFolder()
    try AtomicFile.write("theirs".utf8, to: elsewhere + "/file.txt")
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/link.txt", withDestinationPath: elsewhere + "/file.txt")
    #expect(
      throws: FileError(
        path: folder + "/link.txt", .linkOutsideFolder(target: elsewhere + "/file.txt"))
    ) {
      try AtomicFile.write("mine".utf8, to: folder + "/link.txt")
    }
    #expect(try String(contentsOfFile: elsewhere + "/file.txt", encoding: .utf8) == "theirs")
    #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere) == ["file.txt"])
  }

  @Test func aDirectoryIsAnError() throws {
    let folder = try makeTemporaryFolder()
    #expect(throws: FileError(path: folder, .isDirectory)) {
      try AtomicFile.write("x".utf8, to: folder)
    }
  }
}
