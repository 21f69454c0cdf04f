import Foundation
import Testing

@testable import BitextText

#if canImport(Glibc)
  import Glibc
#endif

@Suite struct SubprocessTests {
  @Test func subprocessOutputAndErrorAreReadTogether() throws {
    // Both are larger than a pipe's buffer: read one after the other, they would block.
    let both = try Subprocess.run(
      "/bin/sh",
      arguments: ["-c", "head -c 200000 /dev/zero >&2; head -c 300000 /dev/zero; exit 4"])
    #expect(both.output.count == 300_000)
    #expect(both.error.count == 200_000)
    #expect(both.status == 4 && !both.signaled && !both.timedOut)
    let input = try Subprocess.run("/bin/sh", arguments: ["-c", "wc -c"])
    #expect(
      String(decoding: input.output, as: UTF8.self).trimmingCharacters(in: .whitespaces) == "0\n")
    let killed = try Subprocess.run("/bin/sh", arguments: ["-c", "kill -9 $$"])
    #expect(killed.signaled && killed.status == 9 && !killed.timedOut)
    let slow = try Subprocess.run("/bin/sleep", arguments: ["30"], timeLimit: 0.5)
    #expect(slow.timedOut && slow.signaled && slow.status == 9)
    #expect(throws: Subprocess.SpawnError.self) {
      try Subprocess.run("/no/such/tool", arguments: [])
    }
  }

  @Test func temporaryCopyIsPrivate() throws {
    let file = try Subprocess.temporaryFile([1, 2, 3])
    defer { unlink(file) }
    var info = stat()
    #expect(lstat(file, &info) == 0)
    #expect(info.st_mode & 0o777 == 0o600)
    #expect(FileManager.default.contents(atPath: file) == Data([1, 2, 3]))
  }

  @Test func inputComesFromTheGivenFile() throws {
    let file = try Subprocess.temporaryFile(Array("one\ntwo\n".utf8), prefix: "bitext-test")
    defer { unlink(file) }
    let counted = try Subprocess.run("/bin/sh", arguments: ["-c", "wc -l"], input: file)
    #expect(
      String(decoding: counted.output, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        == "2\n")
    #expect(file.hasPrefix(NSTemporaryDirectory().isEmpty ? "/tmp" : "/"))
    #expect(Subprocess.executable(named: "no-such-tool-for-bitext") == nil)
    #expect(Subprocess.executable(named: "sh") != nil)
  }
}
