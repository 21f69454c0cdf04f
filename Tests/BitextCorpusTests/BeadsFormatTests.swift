import Foundation
import Testing

@testable import BitextCorpus

@Suite struct BeadsFormatTests {
  @Test func formatAndParse() throws {
    let links = [
      BeadLink(source: [8, 9], target: [10]), BeadLink(source: [], target: [16]),
      BeadLink(source: [3], target: []),
    ]
    let text = BeadsFormat.format(links)
    #expect(text == "[8, 9]:[10]\n[]:[16]\n[3]:[]\n")
    #expect(try BeadsFormat.parse(text, path: "g") == links)
  }

  @Test func parseIsLenientAboutSpacing() throws {
    #expect(
      try BeadsFormat.parse("[1,2] : [ 3 ]\r\n\n[ ]:[4]\n", path: "g")
        == [BeadLink(source: [1, 2], target: [3]), BeadLink(source: [], target: [4])])
  }

  @Test(arguments: ["[1]-[2]", "[1]:[x]", "1:2", "[1]:[2]:[3]", "[-1]:[2]"])
  func malformedLinesNameTheLine(_ line: String) {
    #expect {
      try BeadsFormat.parse("[0]:[0]\n\(line)\n", path: "g.beads")
    } throws: { error in
      guard case .malformed("g.beads", 2, nil, _) = error as? CorpusError else { return false }
      return true
    }
  }

  @Test func corpusWritesItsLinks() throws {
    let data = try CorpusWriter(toolVersion: "1").encode(
      CorpusFixtures.hardCorpus(), format: .beads)
    let links = try BeadsFormat.parse(String(decoding: data, as: UTF8.self), path: "b")
    #expect(links == CorpusFixtures.hardCorpus().beads.map(\.link))
    #expect(
      links.suffix(3) == [
        BeadLink(source: [12, 13], target: [12]), BeadLink(source: [14], target: []),
        BeadLink(source: [], target: [13]),
      ])
  }
}

@Test func oneLinkIsOneLineWithoutItsNewline() {
  #expect(BeadsFormat.line(BeadLink(source: [8, 9], target: [10])) == "[8, 9]:[10]")
  #expect(BeadsFormat.line(BeadLink(source: [], target: [3])) == "[]:[3]")
}
