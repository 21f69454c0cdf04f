import Testing

@testable import BitextDocument

/// The rules that turn `pdftotext -tsv` lines into paragraphs, without running `pdftotext`.
@Suite struct PDFTextLayoutTests {
  /// A line of a page, 14 points below the one before.
  private func line(
    _ text: String, page: Int = 1, row: Int, left: Double = 72, width: Double = 300,
    flow: Int = 0, block: Int = 0
  ) -> PDFLine {
    PDFLine(
      page: page, flow: flow, block: block, left: left, top: 60 + Double(row) * 14,
      width: width, height: 10, text: text)
  }

  @Test func parsesPopplersTSV() {
    let tsv = """
      level\tpage_num\tpar_num\tblock_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext
      1\t1\t0\t0\t0\t0\t0\t0\t595\t842\t-1\t###PAGE###
      3\t1\t0\t0\t0\t0\t72\t54\t200\t10\t-1\t###FLOW###
      4\t1\t0\t0\t0\t0\t72.5\t54.1\t200\t10.2\t-1\t###LINE###
      5\t1\t0\t0\t0\t0\t72\t54\t20\t10\t100\tHello
      5\t1\t0\t0\t0\t1\t95\t54\t20\t10\t100\tworld\u{1}!
      1\t2\t0\t0\t0\t0\t0\t0\t595\t842\t-1\t###PAGE###
      """
    let layout = PDFTextLayout.parse(tsv: tsv)
    #expect(layout.pageCount == 2)
    #expect(
      layout.lines == [
        PDFLine(
          page: 1, flow: 0, block: 0, left: 72.5, top: 54.1, width: 200, height: 10.2,
          text: "Hello world !")
      ])
    #expect(PDFTextLayout.parse(tsv: "").pageCount == 0)
    #expect(!PDFTextLayout.parse(tsv: "1\t1\t0\t0\t0\t0\t0\t0\t1\t1\t-1\t###PAGE###").hasText)
  }

  @Test func hyphenationRules() {
    #expect(PDFTextLayout.join(["the exam-", "ple"]) == "the example")
    #expect(PDFTextLayout.join(["a well-", "known"]) == "a wellknown")
    #expect(PDFTextLayout.join(["Jean-", "Paul"]) == "Jean-Paul")
    #expect(PDFTextLayout.join(["1990-", "2000"]) == "1990-2000")
    #expect(PDFTextLayout.join(["COVID-", "related"]) == "COVID-related")
    #expect(PDFTextLayout.join(["a pause -", "then"]) == "a pause - then")
    #expect(PDFTextLayout.join(["-", "x"]) == "- x")
    #expect(PDFTextLayout.join([" one ", "", "two"]) == "one two")
  }

  @Test func pageNumbers() {
    for number in ["12", "- 12 -", "[7]", "Page 3", "Page 3 of 9", "3 / 9", "iv", "XII", "p. 4"] {
      #expect(PDFTextLayout.isPageNumber(number), "\(number)")
    }
    for text in ["12 apples", "Chapter 3", "civil", "i.e.", "", "-", "123456", "Page"] {
      #expect(!PDFTextLayout.isPageNumber(text), "\(text)")
    }
  }

  @Test func runningLinesNeedHalfThePagesAndThree() {
    func document(pages: Int, headerOn: Set<Int>) -> PDFTextLayout {
      var lines: [PDFLine] = []
      for page in 1...pages {
        if headerOn.contains(page) { lines.append(line("Report \(page + 10)", page: page, row: 0)) }
        let name = ["one", "two", "three", "four", "five", "six", "seven", "eight"][page - 1]
        for row in 1...4 { lines.append(line("Body \(name) line \(row).", page: page, row: row)) }
      }
      return PDFTextLayout(pageCount: pages, lines: lines)
    }
    let kept = { (layout: PDFTextLayout) in
      layout.withoutRunningLines().filter { $0.text.hasPrefix("Report") }.count
    }
    #expect(kept(document(pages: 6, headerOn: [1, 2, 3])) == 0)
    #expect(kept(document(pages: 8, headerOn: [1, 2, 3])) == 3)
    #expect(kept(document(pages: 2, headerOn: [1, 2])) == 2)
    // The body's lines differ from page to page (digits aside), so none is a running line.
    #expect(document(pages: 6, headerOn: []).withoutRunningLines().count == 24)
  }

  @Test func pageNumberOnlyAtTheTopOrBottom() {
    let lines = [
      line("3", row: 0), line("Text.", row: 1), line("42", row: 2), line("More.", row: 3),
      line("Yet more.", row: 4), line("- 3 -", row: 5),
    ]
    let kept = PDFTextLayout(pageCount: 1, lines: lines).withoutRunningLines().map(\.text)
    #expect(kept == ["Text.", "42", "More.", "Yet more."])
  }

  @Test func shortSentenceEndEndsAParagraph() {
    let lines = [
      line("A long first line of the paragraph", row: 0),
      line("ends here.", row: 1, width: 80),
      line("Next paragraph on a full line", row: 2),
      line("and short but no full stop", row: 3, width: 80),
      line("so it goes on.", row: 4, width: 100),
    ]
    let paragraphs = PDFTextLayout.paragraphs(lines).map(\.text)
    #expect(
      paragraphs == [
        "A long first line of the paragraph ends here.",
        "Next paragraph on a full line and short but no full stop so it goes on.",
      ])
  }

  @Test func indentationAndBlocksEndParagraphs() {
    let lines = [
      line("First paragraph line one", row: 0),
      line("line two", row: 1),
      line("Indented start", row: 2, left: 90),
      line("and its end", row: 3),
      line("Hanging item one", row: 4, block: 1),
      line("continued under", row: 5, left: 90, block: 1),
      line("and under.", row: 6, left: 90, block: 1),
    ]
    let paragraphs = PDFTextLayout.paragraphs(lines).map(\.text)
    #expect(
      paragraphs == [
        "First paragraph line one line two", "Indented start and its end",
        "Hanging item one continued under and under.",
      ])
  }

  @Test func paragraphGoesOnAcrossAPageOnlyWhenUnfinished() {
    let lines = [
      line("Unfinished at the foot of", page: 1, row: 0),
      line("the page and finished.", page: 2, row: 0),
      line("Another one.", page: 2, row: 1, block: 1),
      line("Starts lowercase but the last ended.", page: 3, row: 0),
    ]
    let paragraphs = PDFTextLayout.paragraphs(lines)
    #expect(
      paragraphs.map(\.text) == [
        "Unfinished at the foot of the page and finished.", "Another one.",
        "Starts lowercase but the last ended.",
      ])
    #expect(paragraphs.map(\.page) == [1, 2, 3])
  }

  @Test func aFullLastLineGoesOnWithACapitalisedNextPage() {
    // Running text broken by the page end before a name: the last line is full.
    let full = [
      line("Putin said at a forum in the city of Grodno in", page: 1, row: 0, width: 300),
      line("July that the sanctions were unprecedented.", page: 2, row: 0, width: 280),
    ]
    #expect(
      PDFTextLayout.paragraphs(full).map(\.text) == [
        "Putin said at a forum in the city of Grodno in July that the sanctions were unprecedented."
      ])
    // A short unfinished last line (a heading, a caption) does not go on with a capital.
    let short = [
      line("A body line that fills the width of the page.", page: 1, row: 0, width: 300),
      line("Contributor/Getty Images", page: 1, row: 1, width: 120, block: 1),
      line("The next page.", page: 2, row: 0, width: 300),
    ]
    #expect(PDFTextLayout.paragraphs(short).count == 3)
    #expect(PDFTextLayout.continues("July that", afterFullLine: true))
    #expect(!PDFTextLayout.continues("d) item", afterFullLine: true))
  }

  @Test func listItemsDoNotContinueAcrossPages() {
    #expect(PDFTextLayout.continues("the end of a sentence"))
    #expect(!PDFTextLayout.continues("d) Limiting the use"))
    #expect(!PDFTextLayout.continues("b. second item"))
    #expect(!PDFTextLayout.continues("iv. fourth item"))
    #expect(!PDFTextLayout.continues("The next one"))
    let lines = [
      line("c) the third item; or", page: 1, row: 0), line("d) the fourth item.", page: 2, row: 0),
    ]
    #expect(PDFTextLayout.paragraphs(lines).count == 2)
  }

  @Test func sentenceEnds() {
    #expect(PDFTextLayout.endsSentence("Done."))
    #expect(PDFTextLayout.endsSentence("He said “yes!”"))
    #expect(PDFTextLayout.endsSentence("終わり。"))
    #expect(!PDFTextLayout.endsSentence("goes on,"))
    #expect(!PDFTextLayout.endsSentence(""))
  }

  @Test func blocksAreLocatedByPage() {
    let layout = PDFTextLayout(
      pageCount: 2,
      lines: [line("One.", page: 1, row: 0), line("Two.", page: 2, row: 0)])
    #expect(
      layout.blocks() == [
        DocumentBlock(kind: .paragraph, text: "One.", location: "page 1"),
        DocumentBlock(kind: .paragraph, text: "Two.", location: "page 2"),
      ])
  }
}
