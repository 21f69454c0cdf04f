import Foundation
import Testing

@testable import BitextCorpus

@Suite struct AtomicFileTests {
  @Test func replacesTheFileAndLeavesNoTemporary() throws {
    let directory = try RoundTrip.temporaryDirectory()
    let url = directory.appendingPathComponent("out.txt")
    try AtomicFile.write(data: Data("old".utf8), to: url)
    try AtomicFile.write(data: Data("new".utf8), to: url)
    #expect(try String(contentsOf: url, encoding: .utf8) == "new")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.txt"])
  }

  @Test func aFailedWriteKeepsTheOldFile() throws {
    let directory = try RoundTrip.temporaryDirectory()
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
