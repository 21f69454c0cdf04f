import BitextText
import Foundation
import Testing

@testable import BitextDocument

/// The PDF reader end to end, through Poppler's `pdftotext` on documents written by
/// PDFFixtures. These tests need `pdftotext` (Debian `poppler-utils`) and fail, rather
/// than being skipped, when it is missing.
@Suite struct PDFReaderTests {
  /// The blocks of a PDF of `pages`, read as `doc.pdf`.
  private func blocks(_ pages: [[PDFFixtures.Text]]) throws -> [DocumentBlock] {
    try requireTool()
    return try PDFReader.blocks(PDFFixtures.document(pages), path: "doc.pdf", options: .init())
  }

  /// Fails the test with a clear message when `pdftotext` is not installed.
  private func requireTool() throws {
    try #require(
      Subprocess.executable(named: "pdftotext") != nil,
      "these tests need pdftotext: apt-get install poppler-utils")
  }

  /// The error reading `bytes` gives, as its message.
  private func failure(_ bytes: [UInt8]) throws -> String {
    try requireTool()
    do {
      let blocks = try PDFReader.blocks(bytes, path: "doc.pdf", options: .init())
      Issue.record("read without an error: \(blocks)")
      return ""
    } catch {
      return error.description
    }
  }

  @Test func paragraphsOnOnePageAndAcrossPages() throws {
    let first = PDFFixtures.column([
      "The first paragraph of the document is long enough to fill",
      "a line and ends on a short line.",
      "The second paragraph starts here and runs for a long while",
      "over the end of the page, where it does not end its",
    ])
    let second = PDFFixtures.column([
      "sentence: it goes on at the top of the next page and ends here."
    ])
    let result = try blocks([first, second])
    #expect(
      result.map(\.text) == [
        "The first paragraph of the document is long enough to fill a line and ends on a short line.",
        "The second paragraph starts here and runs for a long while over the end of the page, "
          + "where it does not end its sentence: it goes on at the top of the next page and ends here.",
      ])
    #expect(result.map(\.location) == ["page 1", "page 1"])
    #expect(result.allSatisfy { $0.kind == .paragraph })
  }

  @Test func indentedLineStartsAParagraph() throws {
    let page =
      PDFFixtures.column([
        "A paragraph whose last line is as long as the others are, so",
        "that only the indentation of the next line can end it here",
      ])
      + [
        PDFFixtures.Text(
          x: 90, y: 732, string: "Indented, this line starts the second paragraph of")
      ]
      + PDFFixtures.column(["the page, which goes on here."], top: 718)
    let result = try blocks([page])
    #expect(result.count == 2)
    #expect(result.last?.text.hasPrefix("Indented, this line") == true)
  }

  @Test func hyphenationIsUndoneOrKept() throws {
    let page = PDFFixtures.column([
      "A line that is long enough to fill the measure of the exam-",
      "ple text and then the name of Jean-",
      "Paul and the range 1990-",
      "2000 and a well-",
      "known word that ends the paragraph.",
    ])
    let result = try blocks([page])
    #expect(
      result.map(\.text) == [
        "A line that is long enough to fill the measure of the example text and then the name of "
          + "Jean-Paul and the range 1990-2000 and a wellknown word that ends the paragraph."
      ])
  }

  /// Words that differ from page to page (digits would not: running lines are compared with
  /// digits replaced).
  private static let names = ["one", "two", "three", "four"]

  @Test func runningHeadersAndFootersAreRemoved() throws {
    let pages = (1...4).map { number in
      [
        PDFFixtures.Text(x: 72, y: 810, size: 9, string: "Bitext User Manual"),
        PDFFixtures.Text(
          x: 72, y: 40, size: 9, string: "Draft of 2026-11-\(20 + number), chapter \(number)"),
      ]
        + PDFFixtures.column([
          "Body text of page \(Self.names[number - 1]) is a paragraph long enough to",
          "fill two lines of page \(Self.names[number - 1]), ending with a full stop.",
        ])
    }
    let result = try blocks(pages)
    #expect(result.count == 4)
    #expect(result.allSatisfy { $0.text.hasPrefix("Body text of page") })
    #expect(result.map(\.location) == ["page 1", "page 2", "page 3", "page 4"])
  }

  @Test func aLineOnFewPagesIsNotARunningHeader() throws {
    let pages = (1...4).map { number in
      (number == 1 ? [PDFFixtures.Text(x: 72, y: 810, string: "Only on the first page.")] : [])
        + PDFFixtures.column(["Body of page \(number)."])
    }
    let result = try blocks(pages)
    #expect(result.first?.text == "Only on the first page.")
  }

  @Test func pageNumbersAreRemoved() throws {
    let numbers = ["12", "- 13 -", "Page 3 of 9", "iv"]
    let pages = numbers.enumerated().map { index, number in
      PDFFixtures.column([
        "Text of page \(Self.names[index]) is long enough to be a line of text.",
        "A second line on page \(Self.names[index]) is there as well.",
        "42",
        "A number inside the body is kept, as is this line.",
        "The last line of the body of page \(Self.names[index]).",
      ]) + [PDFFixtures.Text(x: 290, y: index.isMultiple(of: 2) ? 40 : 810, string: number)]
    }
    let result = try blocks(pages)
    let text = result.map(\.text).joined(separator: "\n")
    for number in numbers { #expect(!text.contains(number)) }
    #expect(text.contains("42"))
  }

  @Test func twoColumnsAreReadOneAfterTheOther() throws {
    let left = PDFFixtures.column(
      [
        "The left column comes first and",
        "its paragraph ends at the bottom",
        "of this column with a full stop.",
      ], x: 50)
    let right = PDFFixtures.column(
      [
        "The right column comes second",
        "and is read once the left one is",
        "over, not line by line with it.",
      ], x: 310)
    let result = try blocks([left + right])
    #expect(
      result.map(\.text) == [
        "The left column comes first and its paragraph ends at the bottom of this column with a full stop.",
        "The right column comes second and is read once the left one is over, not line by line with it.",
      ])
  }

  @Test func scannedPDFWithoutTextIsRefused() throws {
    #expect(try failure(PDFFixtures.document([[], []])).contains("no text layer (a scanned PDF?)"))
    #expect(try failure(PDFFixtures.document([[]])).contains("run OCR first, e.g. ocrmypdf"))
  }

  @Test func encryptedPDFIsRefused() throws {
    let message = try failure(
      Array(Data(base64Encoded: Self.encrypted, options: .ignoreUnknownCharacters)!))
    #expect(message == "doc.pdf: encrypted PDF: remove the password first (e.g. qpdf --decrypt)")
  }

  @Test func damagedPDFIsRefusedWithPopplersMessage() throws {
    let whole = PDFFixtures.document([PDFFixtures.column(["Some text."])])
    let message = try failure(Array(whole.prefix(60)))
    #expect(message.hasPrefix("doc.pdf: damaged PDF, pdftotext cannot open it: "))
    #expect(message.contains("Error"))
    #expect(try failure(Array("%PDF-1.4\nnot a PDF at all\n".utf8)).contains("damaged PDF"))
  }

  @Test func pdfWithoutPagesIsRefused() throws {
    #expect(try failure(PDFFixtures.document([])) == "doc.pdf: the PDF has no pages")
  }

  @Test func documentReaderDetectsAndReadsPDF() throws {
    try requireTool()
    let bytes = PDFFixtures.document([PDFFixtures.column(["Detected from its content."])])
    let document = try DocumentReader().read(bytes: bytes, path: "upload.bin")
    #expect(document.format == .pdf)
    #expect(document.blocks.map(\.text) == ["Detected from its content."])
  }

  @Test func errorsOfPdftotextAreTold() {
    #expect(PDFReader.timeLimit(1000) == 60 && PDFReader.timeLimit(12 << 20) == 120)
    #expect(PDFReader.missingTool.contains("apt-get install poppler-utils"))
    #expect(PDFReader.problem(status: 0, signaled: false, messages: "Syntax Warning: x") == nil)
    #expect(
      PDFReader.problem(status: 3, signaled: false, messages: "")?.hasPrefix("encrypted PDF")
        == true)
    #expect(
      PDFReader.problem(status: 11, signaled: true, messages: "")
        == "pdftotext crashed on this PDF (signal 11)")
    #expect(
      PDFReader.problem(status: 99, signaled: false, messages: "odd\nodd\n")
        == "pdftotext failed (exit status 99): odd")
  }

  /// A one-page PDF encrypted with `qpdf --encrypt user owner 256` (AES-256, user password
  /// `user`), so that it cannot be opened without the password.
  static let encrypted = """
    JVBERi0xLjcKJb/3ov4KMSAwIG9iago8PCAvRXh0ZW5zaW9ucyA8PCAvQURCRSA8PCAvQmFzZVZlcnNpb24gLzEuNyAvRXh0ZW5z
    aW9uTGV2ZWwgOCA+PiA+PiAvUGFnZXMgMiAwIFIgL1R5cGUgL0NhdGFsb2cgPj4KZW5kb2JqCjIgMCBvYmoKPDwgL0NvdW50IDEg
    L0tpZHMgWyAzIDAgUiBdIC9UeXBlIC9QYWdlcyA+PgplbmRvYmoKMyAwIG9iago8PCAvQ29udGVudHMgNCAwIFIgL01lZGlhQm94
    IFsgMCAwIDU5NSA4NDIgXSAvUGFyZW50IDIgMCBSIC9SZXNvdXJjZXMgPDwgL0ZvbnQgPDwgL0YxIDUgMCBSID4+ID4+IC9UeXBl
    IC9QYWdlID4+CmVuZG9iago0IDAgb2JqCjw8IC9MZW5ndGggOTYgL0ZpbHRlciAvRmxhdGVEZWNvZGUgPj4Kc3RyZWFtCjpGH+9F
    r2dcg3Izm9EZ/NYwjc6q4TVF6q24eOCwY2v3ioP9yusCIA+H+mmo6Guadgu5UuPAHC9SXZDNM1ns/2b6hb5NRAHYlYvY+aCAhJsD
    U9jpxYQzIxPmNWxkrCokHGVuZHN0cmVhbQplbmRvYmoKNSAwIG9iago8PCAvQmFzZUZvbnQgL0hlbHZldGljYSAvRW5jb2Rpbmcg
    L1dpbkFuc2lFbmNvZGluZyAvU3VidHlwZSAvVHlwZTEgL1R5cGUgL0ZvbnQgPj4KZW5kb2JqCjYgMCBvYmoKPDwgL0NGIDw8IC9T
    dGRDRiA8PCAvQXV0aEV2ZW50IC9Eb2NPcGVuIC9DRk0gL0FFU1YzIC9MZW5ndGggMzIgPj4gPj4gL0ZpbHRlciAvU3RhbmRhcmQg
    L0xlbmd0aCAyNTYgL08gPDM2NjA5MzUxZmQxMTQyM2YxMzY5M2Y4MmVkZjgyMTEzMzFjMzQzNzY2MTY5MzM5NWNkNDc1M2JmMjJh
    MjRmY2RmMmQ2ZGY2NjZiMGI5YWI5MDI3ZTc3M2U4MTMzOWVjNT4gL09FIDxkOGRjNzIxNTI4ZmRhZTY2OThhNDliZjRmZTI4NzFi
    YTgwYWY5N2E5YTcxNDIxM2FlZmU3OTI0ODQ2NDEwYTYzPiAvUCAtNCAvUGVybXMgPDY2YzY1OWRmZjA0NDdlYWEwZmNkYjM2OWZj
    NDU2ODUxPiAvUiA2IC9TdG1GIC9TdGRDRiAvU3RyRiAvU3RkQ0YgL1UgPDkxOWRmYmQ3ZDFiYjk0ZDEzN2YwYTNkMTc0MDZhZTFm
    MmYxNmExZTg1MmU0YzE4ZTY5NmE1Y2JjZjY5MjEzZDM3NDU3OTE1ZTRiNjAwZWI0ZWVkMDUyZTA1ZTE4MDljNT4gL1VFIDxlZjdi
    MTVmZGU3NTNlNWQ2MjhiNmZhNGJiOWUzYzI4OTZkZTFhNzhiMTYwMGY5OGFiMzg0NDg0ZmUzZTkxZjE0PiAvViA1ID4+CmVuZG9i
    agp4cmVmCjAgNwowMDAwMDAwMDAwIDY1NTM1IGYgCjAwMDAwMDAwMTUgMDAwMDAgbiAKMDAwMDAwMDEzMCAwMDAwMCBuIAowMDAw
    MDAwMTg5IDAwMDAwIG4gCjAwMDAwMDAzMTcgMDAwMDAgbiAKMDAwMDAwMDQ4MyAwMDAwMCBuIAowMDAwMDAwNTgwIDAwMDAwIG4g
    CnRyYWlsZXIgPDwgL1Jvb3QgMSAwIFIgL1NpemUgNyAvSUQgWzwxZDFmMWJhOTVjM2FkOWQ2ZTE2NjljNDI3OTRhZWYzMT48MWQx
    ZjFiYTk1YzNhZDlkNmUxNjY5YzQyNzk0YWVmMzE+XSAvRW5jcnlwdCA2IDAgUiA+PgpzdGFydHhyZWYKMTEyNwolJUVPRgo=
    """
}
