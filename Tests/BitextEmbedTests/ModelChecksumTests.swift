import BitextTestSupport
import BitextText
import Foundation
import Testing

@testable import BitextEmbed

@Suite struct ModelChecksumTests {
  /// FIPS 180-2's test vectors.
  @Test func knownVectors() {
    #expect(
      ModelChecksum.sha256([])
        == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(
      ModelChecksum.sha256(Array("abc".utf8))
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(
      ModelChecksum.sha256(
        Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
  }

  @Test func chunksHashAsTheWhole() {
    let text = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
    var checksum = ModelChecksum()
    for range in [0..<1, 1..<20, 20..<20, 20..<text.count] {
      text[range].withUnsafeBytes { checksum.update($0) }
    }
    #expect(checksum.count == text.count)
    #expect(checksum.hex() == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
  }

  @Test func fileOfAMillionAs() throws {
    let folder = try TestFiles.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = try TestFiles.write(String(repeating: "a", count: 1_000_000), to: "a", in: folder)
    let result = try ModelChecksum.sha256(ofFile: path)
    #expect(result.size == 1_000_000)
    #expect(result.sha256 == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test func missingFileIsAnError() {
    #expect(throws: FileError.self) { try ModelChecksum.sha256(ofFile: "/nonexistent/model.bin") }
  }
}
