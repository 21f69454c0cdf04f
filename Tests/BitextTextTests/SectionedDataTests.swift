import Testing

@testable import BitextText

@Suite struct SectionedDataTests {
  @Test func readsSectionsEntriesCommentsAndLineNumbers() {
    let text = "# header\nbefore\n\n[first]\na b   # comment\n  c\n[second]\n# only a comment\nd\n"
    let entries = SectionedData.entries(text)
    #expect(
      entries == [
        .init(section: "", line: 2, words: ["before"]),
        .init(section: "first", line: 4, words: []),
        .init(section: "first", line: 5, words: ["a", "b"]),
        .init(section: "first", line: 6, words: ["c"]),
        .init(section: "second", line: 7, words: []),
        .init(section: "second", line: 9, words: ["d"]),
      ])
  }

  @Test func bracketsInsideAnEntryAreNotAHeader() {
    #expect(SectionedData.entries("[x] y").first?.words == ["[x]", "y"])
  }
}
