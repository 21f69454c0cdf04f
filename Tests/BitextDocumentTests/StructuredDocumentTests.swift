import BitextText
import Testing

@testable import BitextDocument

@Suite struct StructuredDocumentTests {
  private let segmenter = SentenceSegmenter(language: "en")

  @Test func everyBlockIsAParagraphAndItsBoundaryASentenceBoundary() throws {
    let document = StructuredDocument(
      format: .html,
      blocks: [
        DocumentBlock(kind: .heading(level: 1), text: "A title without a stop", location: "/h1"),
        DocumentBlock(kind: .paragraph, text: "First one. Second\none.", location: "/p[1]"),
        DocumentBlock(kind: .tableCell, text: "a cell", location: "/td[1]"),
        DocumentBlock(kind: .tableCell, text: "another cell", location: "/td[2]"),
      ])
    let text = try document.textDocument(segmenter: segmenter)
    #expect(
      text.sentences.map(\.text) == [
        "A title without a stop", "First one.", "Second one.", "a cell", "another cell",
      ])
    #expect(text.sentences.map(\.paragraph) == [0, 1, 1, 2, 3])
    #expect(text.blocks.map(\.kind) == [.heading(level: 1), .paragraph, .tableCell, .tableCell])
    #expect(text.blocks.map(\.location) == ["/h1", "/p[1]", "/td[1]", "/td[2]"])
    for sentence in text.sentences {
      #expect(
        String(decoding: text.utf8[sentence.range], as: UTF8.self).contains(sentence.text.prefix(5))
      )
    }
  }

  @Test func blankLinesInsideABlockDoNotSplitIt() throws {
    let document = StructuredDocument(
      format: .docx,
      blocks: [
        DocumentBlock(kind: .paragraph, text: "One.\n\n\nTwo.\u{2029}Three.", location: "p1"),
        DocumentBlock(kind: .paragraph, text: "Four.", location: "p2"),
      ])
    let text = try document.textDocument(segmenter: segmenter)
    #expect(text.sentences.map(\.text) == ["One.", "Two.", "Three.", "Four."])
    #expect(text.sentences.map(\.paragraph) == [0, 0, 0, 1])
  }

  @Test func preformattedBlocksKeepTheirLines() throws {
    let document = StructuredDocument(
      format: .html,
      blocks: [DocumentBlock(kind: .preformatted, text: "let a = 1\nlet b = 2", location: "/pre")])
    let text = try document.textDocument(segmenter: segmenter)
    #expect(text.text == "let a = 1\nlet b = 2")
  }

  @Test func blankBlocksAreLeftOut() throws {
    let document = StructuredDocument(
      format: .html,
      blocks: [
        DocumentBlock(kind: .paragraph, text: " \n\u{A0} ", location: "/p[1]"),
        DocumentBlock(kind: .paragraph, text: "Kept.", location: "/p[2]"),
      ])
    #expect(document.blocks.count == 1)
    let text = try document.textDocument(segmenter: segmenter)
    #expect(text.sentences.map(\.paragraph) == [0])
    #expect(text.blocks.map(\.location) == ["/p[2]"])
  }

  @Test func blocksAreNormalizedOneByOne() throws {
    let document = StructuredDocument(
      format: .html,
      blocks: [
        DocumentBlock(kind: .paragraph, text: "Cafe\u{301}.", location: "a"),
        DocumentBlock(kind: .paragraph, text: "Thé.", location: "b"),
      ])
    let text = try document.textDocument(segmenter: segmenter)
    #expect(text.sentences.map(\.text) == ["Café.", "Thé."])
    #expect(text.sentences.map(\.paragraph) == [0, 1])
    #expect(String(decoding: text.utf8[text.sentences[1].range], as: UTF8.self) == "Thé.")
  }

  @Test func plainTextKeepsTheSegmentersParagraphRules() throws {
    let document = StructuredDocument(
      format: .text,
      blocks: [
        DocumentBlock(kind: .paragraph, text: "One. Two.\n\nThree\nwraps.", location: "line 1")
      ])
    let text = try document.textDocument(segmenter: segmenter)
    #expect(text.sentences.map(\.text) == ["One.", "Two.", "Three wraps."])
    #expect(text.blocks.map(\.location) == ["line 1", "line 3"])
  }
}
