import Testing

@testable import BitextText

@Suite struct TextBlockTests {
  @Test func namesRoundTrip() {
    let kinds: [BlockKind] =
      [.paragraph, .listItem, .tableCell, .caption, .preformatted, .quote, .note]
      + (1...6).map { .heading(level: $0) }
    for kind in kinds { #expect(BlockKind(name: kind.name) == kind) }
    #expect(BlockKind(name: "h7") == nil)
    #expect(BlockKind(name: "div") == nil)
    #expect(BlockKind.heading(level: 9).name == "h6")
  }

  @Test func onlyHeadingsAreHeadings() {
    #expect(BlockKind.heading(level: 2).isHeading)
    #expect(!BlockKind.paragraph.isHeading)
  }

  @Test func plainTextParagraphsAreBlocksLocatedByTheirFirstLine() throws {
    let document = try TextDocument(
      bytes: "One.\n\n\nTwo\nthree.\n\nFour.".utf8, segmenter: SentenceSegmenter(language: "en"))
    #expect(document.blocks.map(\.location) == ["line 1", "line 4", "line 7"])
    #expect(document.blocks.allSatisfy { $0.kind == .paragraph })
  }
}
