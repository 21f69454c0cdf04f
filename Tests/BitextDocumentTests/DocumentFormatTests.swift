import BitextText
import Testing

@testable import BitextDocument

@Suite struct DocumentFormatTests {
  private func detect(_ bytes: [UInt8], _ path: String = "input") throws -> DocumentFormat {
    try DocumentFormat.detect(bytes, path: path)
  }

  @Test func contentComesBeforeTheExtension() throws {
    #expect(try detect(Array("%PDF-1.7\n".utf8), "notes.txt") == .pdf)
    #expect(try detect(Array("<!DOCTYPE html><p>Hi</p>".utf8), "page.txt") == .html)
    #expect(try detect(Array("Plain words.".utf8), "page.html") == .html)
    #expect(try detect(Array("Plain words.".utf8), "notes") == .text)
  }

  @Test func aPDFHeaderMayFollowSomeBytes() throws {
    #expect(try detect(Array("\n\n junk %PDF-1.4".utf8)) == .pdf)
    // Only within the first kilobyte, and whole.
    #expect(
      DocumentFormat.containsPDFMagic(Array(repeating: 0x20, count: 1019) + Array("%PDF-".utf8)))
    #expect(
      !DocumentFormat.containsPDFMagic(Array(repeating: 0x20, count: 1020) + Array("%PDF-".utf8)))
    #expect(!DocumentFormat.containsPDFMagic(Array("%PDF".utf8)))
    #expect(!DocumentFormat.containsPDFMagic(Array("%%PD%PDF1".utf8)))
  }

  @Test func webPagesAreRecognizedByTheirRootInAnyCase() throws {
    #expect(try detect(Array("  \n<HTML><BODY>x</BODY></HTML>".utf8)) == .html)
    #expect(try detect(Array("<?xml version=\"1.0\"?>\n<html xmlns=\"x\">".utf8)) == .html)
    #expect(try detect(Array("<!-- c -->\n<head><title>t</title></head>".utf8)) == .html)
    // Markup-like text without a page's elements stays text.
    #expect(try detect(Array("<b>bold</b> words".utf8)) == .text)
    #expect(try detect(Array("a < b and c > d".utf8)) == .text)
  }

  @Test func utf16PagesAreRecognizedToo() throws {
    let page: [UInt8] =
      [0xFF, 0xFE]
      + "<html><body>x</body></html>".utf16.flatMap {
        [UInt8($0 & 0xFF), UInt8($0 >> 8)]
      }
    #expect(try detect(page) == .html)
  }

  @Test func zipContainersAreTypedByTheirParts() throws {
    var odt: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 26)
    odt += Array("mimetype".utf8) + Array("application/vnd.oasis.opendocument.text".utf8)
    #expect(try detect(odt) == .odt)
    var docx: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 26)
    docx += Array("[Content_Types].xml ... word/document.xml".utf8)
    #expect(try detect(docx) == .docx)
  }

  @Test func otherContainersAndLegacyFormatsAreErrorsThatSayWhatToDo() {
    var sheet: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 26)
    sheet += Array("mimetype".utf8) + Array("application/vnd.oasis.opendocument.spreadsheet".utf8)
    #expect(throws: FileError.self) { try detect(sheet, "a.ods") }
    let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 40)
    do {
      _ = try detect(zip, "photos.zip")
      Issue.record("a plain zip was accepted")
    } catch let error as FileError {
      #expect(error.description.contains("neither a Word (.docx) nor an OpenDocument text"))
    } catch {
      Issue.record("unexpected \(error)")
    }
    do {
      _ = try detect([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], "old.doc")
      Issue.record("a legacy Word file was accepted")
    } catch let error as FileError {
      #expect(error.description.hasPrefix("old.doc: a Word 97-2003 (.doc)"))
      #expect(error.description.contains("--convert-to docx"))
    } catch {
      Issue.record("unexpected \(error)")
    }
    #expect(throws: FileError.self) { try detect(Array("{\\rtf1\\ansi hello}".utf8), "a.rtf") }
  }

  @Test func aZipNamedByItsExtensionGoesToItsReader() throws {
    let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 40)
    #expect(try detect(zip, "report.docx") == .docx)
    #expect(try detect(zip, "report.ODT") == .odt)
  }

  @Test func extensions() {
    #expect(DocumentFormat.byExtension("a/b.HTM") == .html)
    #expect(DocumentFormat.byExtension("a.xhtml") == .html)
    #expect(DocumentFormat.byExtension("a.txt") == .text)
    #expect(DocumentFormat.byExtension("dir.d/file") == nil)
    #expect(DocumentFormat.byExtension("noextension") == nil)
  }
}
