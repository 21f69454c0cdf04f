import Foundation
import Testing

@testable import BitextText

#if canImport(Glibc)
  import Glibc
#endif

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

  @Test func aLinkInTheSameFolderIsReplacedAndItsTargetKept() throws {
    let folder = try makeTemporaryFolder()
    let target = folder + "/real.txt"
    let link = folder + "/link.txt"
    try AtomicFile.write("old".utf8, to: target)
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.txt")
    try AtomicFile.write("new".utf8, to: link)
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "old")
    #expect(try String(contentsOfFile: link, encoding: .utf8) == "new")
    let type = try FileManager.default.attributesOfItem(atPath: link)[.type]
    #expect(type as? FileAttributeType == .typeRegular)
  }

  @Test func aLinkIntoAnotherFolderIsReplacedNotWrittenThrough() throws {
    let folder = try makeTemporaryFolder()
    let elsewhere = try makeTemporaryFolder()
    try AtomicFile.write("theirs".utf8, to: elsewhere + "/file.txt")
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/link.txt", withDestinationPath: elsewhere + "/file.txt")
    try AtomicFile.write("mine".utf8, to: folder + "/link.txt")
    #expect(try String(contentsOfFile: elsewhere + "/file.txt", encoding: .utf8) == "theirs")
    #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere) == ["file.txt"])
    #expect(try String(contentsOfFile: folder + "/link.txt", encoding: .utf8) == "mine")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["link.txt"])
  }

  @Test func aDanglingLinkIsReplaced() throws {
    let folder = try makeTemporaryFolder()
    let elsewhere = try makeTemporaryFolder()
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/link.txt", withDestinationPath: elsewhere + "/missing.txt")
    try AtomicFile.write("mine".utf8, to: folder + "/link.txt")
    #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere) == [])
    #expect(try String(contentsOfFile: folder + "/link.txt", encoding: .utf8) == "mine")
  }

  @Test func aLinkToADeviceIsWrittenInto() throws {
    let folder = try makeTemporaryFolder()
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/null", withDestinationPath: "/dev/null")
    try AtomicFile.write("discarded".utf8, to: folder + "/null")
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/null") == "/dev/null")
  }

  @Test func aDirectoryIsAnError() throws {
    let folder = try makeTemporaryFolder()
    #expect(throws: FileError(path: folder, .isDirectory)) {
      try AtomicFile.write("x".utf8, to: folder)
    }
  }
}

@Suite struct AtomicFileTogetherTests {
  /// A file error as it is.
  static func same(_ error: FileError) -> FileError { error }

  /// Writes `texts` to `paths` together, renaming with `rename`.
  func write(
    _ texts: [String], to paths: [String],
    rename: (String, String) -> Int32 = { Glibc.rename($0, $1) }
  ) throws(FileError) {
    try AtomicFile.write(together: paths, wrapping: Self.same, rename: rename) {
      (index: Int, sink: ([UInt8]) throws(FileError) -> Void) throws(FileError) in
      try sink(Array(texts[index].utf8))
    }
  }

  @Test func writesEveryFile() throws {
    let folder = try makeTemporaryFolder()
    try write(["un\n", "one\n"], to: [folder + "/c.fr", folder + "/c.en"])
    #expect(try String(contentsOfFile: folder + "/c.fr", encoding: .utf8) == "un\n")
    #expect(try String(contentsOfFile: folder + "/c.en", encoding: .utf8) == "one\n")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["c.en", "c.fr"])
  }

  @Test func aFailedSecondWriteLeavesBothOldFiles() throws {
    let folder = try makeTemporaryFolder()
    let paths = [folder + "/c.fr", folder + "/c.en"]
    try write(["vieux\n", "old\n"], to: paths)
    #expect(throws: FileError.self) {
      try AtomicFile.write(together: paths, wrapping: Self.same) {
        (index: Int, sink: ([UInt8]) throws(FileError) -> Void) throws(FileError) in
        try sink(Array("nouveau\n".utf8))
        if index == 1 { throw FileError(path: paths[1], .unwritable("No space left on device")) }
      }
    }
    #expect(try String(contentsOfFile: paths[0], encoding: .utf8) == "vieux\n")
    #expect(try String(contentsOfFile: paths[1], encoding: .utf8) == "old\n")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["c.en", "c.fr"])
  }

  @Test func aFailedSecondRenamePutsTheFirstFileBack() throws {
    let folder = try makeTemporaryFolder()
    let paths = [folder + "/c.fr", folder + "/c.en"]
    try write(["vieux\n", "old\n"], to: paths)
    let failing = { (from: String, to: String) -> Int32 in
      guard !to.hasSuffix(".en") else {
        errno = ENOSPC
        return -1
      }
      return Glibc.rename(from, to)
    }
    #expect(throws: FileError(path: paths[1], .unwritable("No space left on device"))) {
      try write(["nouveau\n", "new\n"], to: paths, rename: failing)
    }
    #expect(try String(contentsOfFile: paths[0], encoding: .utf8) == "vieux\n")
    #expect(try String(contentsOfFile: paths[1], encoding: .utf8) == "old\n")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["c.en", "c.fr"])
  }

  @Test func aFailedSecondRenameRemovesAFirstFileThatWasNew() throws {
    let folder = try makeTemporaryFolder()
    let paths = [folder + "/c.fr", folder + "/c.en"]
    let failing = { (from: String, to: String) -> Int32 in
      guard !to.hasSuffix(".en") else {
        errno = EIO
        return -1
      }
      return Glibc.rename(from, to)
    }
    #expect(throws: FileError.self) {
      try write(["nouveau\n", "new\n"], to: paths, rename: failing)
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [])
  }
}
