import BitextAlign
import Testing

@testable import Bitext

@Suite struct AnchorListTests {
  let source = ["CHAPTER I", "It was dark.", "CHAPTER II", "It rained.", "The end."]
  let target = ["CHAPITRE I", "Il faisait nuit.", "CHAPITRE II", "Il pleuvait.", "Fin."]

  @Test func idsAndPatternsBecomeAnchors() throws {
    let list = try AnchorList(
      text: "# anchors\n4 4\n\npattern\t^CHAPTER\t^CHAPITRE\n", path: "a.txt")
    #expect(
      try list.anchors(source: source, target: target) == [
        AlignmentConstraints.Anchor(source: 4, target: 4),
        AlignmentConstraints.Anchor(source: 0, target: 0),
        AlignmentConstraints.Anchor(source: 2, target: 2),
      ])
    let one = try AnchorList(text: "pattern ^CHAP", path: "a.txt")
    #expect(try one.anchors(source: source, target: target).count == 2)
  }

  @Test func malformedLinesAreNamed() {
    #expect { try AnchorList(text: "1\n", path: "a.txt") } throws: {
      "\($0)".contains("a.txt, line 1: expected two sentence ids")
    }
    #expect { try AnchorList(text: "\npattern\t(\n", path: "a.txt") } throws: {
      "\($0)".contains("a.txt, line 2: '(' is not a regular expression")
    }
  }

  @Test func aPatternMatchingUnevenlyIsRefused() throws {
    let list = try AnchorList(text: "pattern\t^CHAPTER\t^CHAPITRE I$", path: "a.txt")
    #expect { try list.anchors(source: source, target: target) } throws: {
      "\($0)".contains(
        "a.txt, line 1: the pattern matches 2 source and 1 target sentences; they must match as many to pair up; the first source match without a partner is sentence 2 «CHAPTER II»"
      )
    }
    let outside = try AnchorList(text: "9 1", path: "a.txt")
    #expect { try outside.anchors(source: source, target: target) } throws: {
      "\($0)".contains("lies outside the texts")
    }
  }
}
