import BitextTestSupport
import Foundation
import Testing

@testable import BitextCorpus

@Suite struct AtomicFileTests {
  @Test func replacesTheFileAndLeavesNoTemporary() throws {
    let directory = try TestFiles.temporaryDirectory()
    let url = directory.appendingPathComponent("out.txt")
    try AtomicFile.write(data: Data("old".utf8), to: url)
    try AtomicFile.write(data: Data("new".utf8), to: url)
    #expect(try String(contentsOf: url, encoding: .utf8) == "new")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.txt"])
  }

  @Test func aFailedWriteKeepsTheOldFile() throws {
    let directory = try TestFiles.temporaryDirectory()
    let url = directory.appendingPathComponent("out.txt")
    try AtomicFile.write(data: Data("old".utf8), to: url)
    #expect(throws: CorpusError.unsupported("stop")) {
      try AtomicFile.write(to: url) { sink throws(CorpusError) in
        try sink(Array("half".utf8))
        throw .unsupported("stop")
      }
    }
    #expect(try String(contentsOf: url, encoding: .utf8) == "old")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.txt"])
  }
}

@Suite struct AtomicFileSpecialDestinationTests {
  @Test func devicesAreWrittenIntoNotReplaced() throws {
    try AtomicFile.write(data: Data("discarded".utf8), to: URL(fileURLWithPath: "/dev/null"))
    let attributes = try FileManager.default.attributesOfItem(atPath: "/dev/null")
    #expect(attributes[.type] as? FileAttributeType == .typeCharacterSpecial)
  }

  @Test func symbolicLinksKeepPointingAtTheNewContent() throws {
    let directory = try TestFiles.temporaryDirectory()
    let target = directory.appendingPathComponent("real.txt")
    let link = directory.appendingPathComponent("link.txt")
    try AtomicFile.write(data: Data("old".utf8), to: target)
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
    try AtomicFile.write(data: Data("new".utf8), to: link)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
    #expect(try String(contentsOf: target, encoding: .utf8) == "new")
  }

  @Test func aDirectoryIsAnError() throws {
    let directory = try TestFiles.temporaryDirectory()
    #expect(throws: CorpusError.io(path: directory.path, message: "is a directory")) {
      try AtomicFile.write(data: Data("x".utf8), to: directory)
    }
  }
}
