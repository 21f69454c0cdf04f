import BitextAlign
import BitextCorpus
import BitextTestSupport
import Foundation
import Testing

@testable import Bitext

@Suite struct CorrectionSetConstraintsTests {
  let source = ["Un.", "Deux.", "Trois.", "Quatre."]
  let target = ["One.", "Two and three.", "Four."]

  func set(
    _ confirmed: [CorrectionSet.ConfirmedBead], document: String = "d", counts: (Int, Int) = (4, 3)
  )
    -> CorrectionSet
  {
    CorrectionSet(documents: [
      CorrectionSet.Document(
        document: document, sourceLanguage: "fr", targetLanguage: "en",
        sourceSentences: counts.0, targetSentences: counts.1, confirmed: confirmed)
    ])
  }

  func confirmed(_ s: [Int], _ t: [Int], targetAt: Int? = nil) -> CorrectionSet.ConfirmedBead {
    CorrectionSet.ConfirmedBead(
      sourceIDs: s, targetIDs: t,
      hash: CorrectionSet.textHash(source: s.map { source[$0] }, target: t.map { target[$0] }),
      targetAt: targetAt)
  }

  @Test func confirmedBeadsBecomeFixedBeads() throws {
    let constraints = try set([confirmed([1, 2], [1]), confirmed([3], [], targetAt: 3)])
      .constraints(document: "d", source: source, target: target, path: "c.json")
    #expect(
      constraints.beads == [
        Bead(source: 1..<3, target: 1..<2, score: 1), Bead(source: 3..<4, target: 3..<3, score: 1),
      ])
  }

  @Test func theOnlyDocumentIsUsedWhateverItsName() throws {
    let constraints = try set([confirmed([0], [0])], document: "other")
      .constraints(document: "d", source: source, target: target, path: "c.json")
    #expect(constraints.beads.count == 1)
  }

  @Test func textsThatChangedAreRefused() {
    var stale = confirmed([0], [0])
    stale.hash = CorrectionSet.textHash(source: ["Une."], target: ["One."])
    #expect {
      try set([stale]).constraints(document: "d", source: source, target: target, path: "c.json")
    } throws: {
      "\($0)".contains("c.json: confirmed bead 1 ([0]:[0]): the texts of these sentences changed")
    }
    #expect {
      try set([confirmed([0], [0])], counts: (5, 3)).constraints(
        document: "d", source: source, target: target, path: "c.json")
    } throws: { "\($0)".contains("was made for 5 source and 3 target sentences") }
  }

  @Test func malformedBeadsAreNamed() {
    #expect {
      try set([confirmed([0, 2], [0])]).constraints(
        document: "d", source: source, target: target, path: "c.json")
    } throws: { "\($0)".contains("must be consecutive") }
    #expect {
      try set([confirmed([3], [])]).constraints(
        document: "d", source: source, target: target, path: "c.json")
    } throws: { "\($0)".contains("needs its position") }
    #expect {
      try CorrectionSet(documents: [
        set([]).documents[0],
        CorrectionSet.Document(
          document: "e", sourceLanguage: "fr", targetLanguage: "en", sourceSentences: 4,
          targetSentences: 3, confirmed: []),
      ]).constraints(document: "x", source: source, target: target, path: "c.json")
    } throws: { "\($0)".contains("no corrections for document \"x\" (it has \"d\", \"e\")") }
  }

  @Test func aFileThatIsNoCorrectionSetIsRefused() throws {
    let folder = try TestFiles.temporaryDirectory()
    let wrong = try TestFiles.write(
      #"{"format":"other","version":1,"documents":[]}"#, to: "a.json", in: folder)
    #expect { try CorrectionSet.read(file: wrong) } throws: {
      "\($0)".contains("\"format\" is \"other\"")
    }
    let broken = try TestFiles.write(#"{"format":"bitext-corrections""#, to: "b.json", in: folder)
    #expect { try CorrectionSet.read(file: broken) } throws: {
      "\($0)".contains("b.json: not a corrections file")
    }
  }
}
