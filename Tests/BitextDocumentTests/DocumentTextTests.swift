import BitextText
import Testing

@testable import BitextDocument

@Suite struct DocumentTextTests {
  private func text(_ bytes: [UInt8], encoding: String? = nil) throws -> String {
    String(
      decoding: try DocumentText.utf8(bytes, path: "in.txt", encoding: encoding), as: UTF8.self)
  }

  private func utf16LE(_ string: String) -> [UInt8] {
    string.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
  }

  @Test func byteOrderMarksNameTheEncoding() throws {
    #expect(try text([0xEF, 0xBB, 0xBF] + Array("Été.".utf8)) == "Été.")
    #expect(try text([0xFF, 0xFE] + utf16LE("Été 😀.")) == "Été 😀.")
    let be: [UInt8] = [0xFE, 0xFF] + "Été.".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    #expect(try text(be) == "Été.")
    let le32: [UInt8] =
      [0xFF, 0xFE, 0, 0]
      + "Ça 😀".unicodeScalars.flatMap { scalar in
        (0..<4).map { UInt8((scalar.value >> (8 * UInt32($0))) & 0xFF) }
      }
    #expect(try text(le32) == "Ça 😀")
  }

  @Test func aByteOrderMarkWinsOverTheNamedEncoding() throws {
    #expect(try text([0xFF, 0xFE] + utf16LE("Été."), encoding: "windows-1252") == "Été.")
  }

  @Test func legacyEncodingsAreConvertedByName() throws {
    // "Café – œuvre" in windows-1252 (0x96 is the en dash, 0x9C the œ).
    let bytes: [UInt8] = [0x43, 0x61, 0x66, 0xE9, 0x20, 0x96, 0x20, 0x9C, 0x75, 0x76, 0x72, 0x65]
    #expect(try text(bytes, encoding: "windows-1252") == "Café – œuvre")
    #expect(try text([0xA4], encoding: "ISO-8859-15") == "€")
    #expect(try text([0xE9], encoding: "latin1") == "é")
    #expect(try text(utf16LE("Hi."), encoding: "UTF-16LE") == "Hi.")
  }

  @Test func invalidBytesInTheNamedEncodingNameTheirOffsetAndLine() {
    // A lead byte of Shift_JIS followed by a byte that cannot trail it.
    do {
      _ = try text(Array("ok\nbad ".utf8) + [0x81, 0x0A], encoding: "Shift_JIS")
      Issue.record("accepted")
    } catch let error as FileError {
      #expect(
        error.description.hasPrefix("in.txt:2: invalid Shift_JIS at byte offset 7"), "\(error)")
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test func anUnknownEncodingIsAnError() {
    do {
      _ = try text(Array("x".utf8), encoding: "no-such-code")
      Issue.record("accepted")
    } catch let error as FileError {
      #expect(error.description.contains("unknown encoding 'no-such-code'"))
    } catch {
      Issue.record("unexpected \(error)")
    }
    #expect(!DocumentText.isKnownEncoding("no-such-code"))
    #expect(DocumentText.isKnownEncoding("windows-1252"))
  }

  @Test func undecodableUTF8SaysToNameTheEncoding() {
    do {
      _ = try text(Array("Caf".utf8) + [0xE9] + Array(" noir".utf8))
      Issue.record("accepted")
    } catch let error as FileError {
      #expect(
        error.description
          == "in.txt:1: invalid UTF-8 at byte offset 3; \(DocumentText.encodingHint)")
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test func utf16WithoutAByteOrderMarkGetsItsOwnHint() {
    do {
      _ = try text(utf16LE("Hello, this is text."))
      Issue.record("accepted")
    } catch let error as FileError {
      #expect(error.description.contains("binary data"))
      #expect(error.description.contains("pass --encoding UTF-16LE"))
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test func binaryDataInALegacyEncodingIsRefused() {
    #expect(throws: FileError.self) {
      try text([0x41, 0x00, 0x00, 0x00, 0x42], encoding: "windows-1252")
    }
  }
}
