import Testing

@testable import BitextAlign

@Suite struct StructureCostsTests {
  private func structure(_ blocks: [Int], headings: [Int] = []) -> BlockStructure {
    BlockStructure(blocks: blocks, headings: blocks.indices.map { headings.contains($0) })
  }

  private func costs(
    _ source: BlockStructure, _ target: BlockStructure, lengths: ([Double], [Double])? = nil,
    configuration: AlignerConfiguration = AlignerConfiguration()
  ) -> StructureCosts {
    StructureCosts(
      source: source, target: target,
      sourceLengths: lengths?.0 ?? source.blocks.map { _ in 10 },
      targetLengths: lengths?.1 ?? target.blocks.map { _ in 10 }, configuration: configuration)
  }

  @Test func aBeadStartingAtABoundaryOnOneSideOnlyPaysOnce() {
    // Source paragraphs [0 1][2]; target [0][1 2], of lengths that do not pair up.
    let c = costs(
      structure([0, 0, 1]), structure([0, 1, 1]), lengths: ([10, 10, 50], [10, 50, 50]))
    #expect(!c.anchored)
    let s = AlignerConfiguration().blockBoundaryWeight
    #expect(c.cost(BeadShape(1, 1), 0, 0) == 0)  // both documents start here
    #expect(c.cost(BeadShape(1, 1), 1, 1) == s)  // target boundary only
    #expect(c.cost(BeadShape(1, 1), 2, 2) == s)  // source boundary only
    #expect(c.cost(BeadShape(1, 0), 2, 3) == 0)  // the source's last block vs the target's end
  }

  @Test func boundariesInsideABeadPayEach() {
    let c = costs(structure([0, 1, 2]), structure([0, 0, 0]))
    let s = c.boundaryWeight
    #expect(c.cost(BeadShape(3, 1), 0, 0) == 2 * s)
    #expect(c.cost(BeadShape(2, 3), 0, 0) == s)
    #expect(c.cost(BeadShape(1, 3), 0, 0) == 0)
  }

  @Test func blocksThatPairUpByLengthAreAnchors() {
    let configuration = AlignerConfiguration()
    let paired = costs(
      structure([0, 0, 1, 2]), structure([0, 1, 1, 2]),
      lengths: ([30, 30, 50, 20], [60, 25, 25, 20]))
    #expect(paired.anchored)
    #expect(paired.boundaryWeight == configuration.blockAnchorWeight)
    // Same block count, lengths that do not agree: no anchors.
    let unpaired = costs(
      structure([0, 1, 2]), structure([0, 1, 2]), lengths: ([100, 5, 5], [5, 5, 100]))
    #expect(!unpaired.anchored)
    #expect(unpaired.boundaryWeight == configuration.blockBoundaryWeight)
    // One block on each side is no structure to anchor on.
    #expect(!costs(structure([0, 0]), structure([0, 0])).anchored)
  }

  @Test func aHeadingPairedWithTextPays() {
    let c = costs(structure([0, 1], headings: [0]), structure([0, 1], headings: [1]))
    let h = AlignerConfiguration().headingWeight
    #expect(c.cost(BeadShape(1, 1), 0, 0) == h)
    #expect(c.cost(BeadShape(1, 0), 0, 0) == 0)
    let both = costs(structure([0, 1], headings: [0]), structure([0, 1], headings: [0]))
    #expect(both.cost(BeadShape(1, 1), 0, 0) == 0)
  }

  @Test func paragraphsDecideWhereALengthAmbiguousMergeGoes() {
    // Lengths alone prefer S1–T1, S2+S3–T2; the paragraphs ([S1 S2][S3], [T1][T2]) say
    // S1+S2–T1, S3–T2.
    func text(_ letter: Character, _ length: Int) -> String {
      String(repeating: letter, count: length - 1) + "."
    }
    let source = [text("a", 30), text("b", 34), text("c", 30)]
    let target = [text("x", 42), text("y", 50)]
    let aligner = SentenceAligner(sourceLanguage: "en", targetLanguage: "fr")
    let plain = aligner.align(source: source, target: target)
    #expect(plain.map(\.source) == [0..<1, 1..<3])
    let structured = aligner.align(
      source: source, target: target, structure: (structure([0, 0, 1]), structure([0, 1])))
    #expect(structured.map(\.source) == [0..<2, 2..<3])
    #expect(structured.map(\.target) == [0..<1, 1..<2])
  }
}
