import ArgumentParser
import BitextAlign
import BitextCorpus
import BitextLexicon
import Foundation

/// Structure as evidence: the development books cut into paragraphs at gold-bead boundaries on
/// both sides, some paragraphs merged or split on one side only as translators do, and short
/// unpunctuated 1-1 beads (titles) made headings; strict F1 with and without the structure
/// terms.
struct StructureBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "structure",
    abstract: "Alignment F1 with and without document structure (paragraphs, headings).")

  @Option(help: "Directory holding textberg-de-fr-dev and limsi-en-fr-dev.")
  var eval = "../shared/eval/alignment"

  @Option(help: "Dictionary evidence: freedict (installed dictd files) or none.")
  var lexicon = "freedict"

  @Option(help: "Shares of paragraph boundaries changed on one side, comma-separated.")
  var perturbations = "0,0.1,0.25,0.5"

  @Option(help: "Cost of a block boundary kept on one side only.")
  var boundaryWeight: Double?

  @Option(help: "Cost of a block boundary when the blocks pair up one to one.")
  var anchorWeight: Double?

  @Option(help: "Cost of a heading paired with text.")
  var headingWeight: Double?

  func run() throws {
    var config = AlignerConfiguration()
    if let boundaryWeight { config.blockBoundaryWeight = boundaryWeight }
    if let anchorWeight { config.blockAnchorWeight = anchorWeight }
    if let headingWeight { config.headingWeight = headingWeight }
    let (tb, limsi) = try AlignmentBenchmark.developmentSets(eval)
    let sets: [(name: String, documents: [AlignmentBenchmark.Document], aligner: SentenceAligner)] =
      [
        (
          "Text+Berg", tb,
          SentenceAligner(sourceLanguage: "de", targetLanguage: "fr", configuration: config)
        ),
        (
          "LIMSI", limsi,
          SentenceAligner(sourceLanguage: "en", targetLanguage: "fr", configuration: config)
        ),
      ]
    let evidence = [
      EvalData.lexicon(lexicon, source: "de", target: "fr").map { LexiconEvidence(lexicon: $0) },
      EvalData.lexicon(lexicon, source: "en", target: "fr").map { LexiconEvidence(lexicon: $0) },
    ]
    let shares = perturbations.split(separator: ",").compactMap { Double($0) }
    print("Structure as evidence (strict F1, micro-averaged; paragraphs of 2-7 gold beads)")
    print("| paragraphs changed on one side | Text+Berg without | with | LIMSI without | with |")
    print("|---|---|---|---|---|")
    for share in shares {
      var cells: [String] = []
      for (index, set) in sets.enumerated() {
        var golds: [[BeadLink]] = []
        var without: [[BeadLink]] = []
        var with: [[BeadLink]] = []
        for document in set.documents {
          var generator = SplitMix(seed: 0x5EED + UInt64(share * 1000))
          let structure = Self.paragraphs(
            document, perturbation: share, generator: &generator)
          golds.append(document.gold)
          without.append(
            set.aligner.align(
              source: document.source, target: document.target, evidence: evidence[index]
            ).map { BeadLink(source: Array($0.source), target: Array($0.target)) })
          with.append(
            set.aligner.align(
              source: document.source, target: document.target, evidence: evidence[index],
              structure: structure
            ).map { BeadLink(source: Array($0.source), target: Array($0.target)) })
        }
        cells.append(
          String(format: "%.3f", AlignmentScorer.score(gold: golds, test: without).strictF1))
        cells.append(
          String(format: "%.3f", AlignmentScorer.score(gold: golds, test: with).strictF1))
      }
      print("| \(Int(share * 100)) % | \(cells.joined(separator: " | ")) |")
    }
  }

  /// Paragraphs cut at gold-bead boundaries, the same on both sides, then a share of the
  /// boundaries changed on one side: merged on the target side or split on the source side.
  /// Short 1-1 beads without terminal punctuation on either side are headings.
  static func paragraphs(
    _ document: AlignmentBenchmark.Document, perturbation: Double, generator: inout SplitMix
  ) -> (source: BlockStructure, target: BlockStructure) {
    var sourceStarts = Set<Int>()
    var targetStarts = Set<Int>()
    var headingBeads = Set<Int>()
    func isTitle(_ text: String) -> Bool {
      guard let last = text.trimmingCharacters(in: .whitespaces).last else { return false }
      return text.count < 80 && !".!?:;»\"”'…)".contains(last)
    }
    var k = 0
    while k < document.gold.count {
      let bead = document.gold[k]
      if bead.source.count == 1 && bead.target.count == 1
        && isTitle(document.source[bead.source[0]]) && isTitle(document.target[bead.target[0]])
      {
        headingBeads.insert(k)
        sourceStarts.insert(bead.source[0])
        targetStarts.insert(bead.target[0])
        k += 1
        if k < document.gold.count {
          sourceStarts.insert(document.gold[k].source.first ?? bead.source[0] + 1)
          targetStarts.insert(document.gold[k].target.first ?? bead.target[0] + 1)
        }
        continue
      }
      let size = 2 + Int(generator.next() % 6)
      let end = min(k + size, document.gold.count)
      // The paragraph's first sentences on each side (a bead may be empty on one side).
      let firstSource = document.gold[k..<end].lazy.compactMap(\.source.first).first
      let firstTarget = document.gold[k..<end].lazy.compactMap(\.target.first).first
      let merge = generator.unit() < perturbation
      let split = generator.unit() < perturbation
      if let firstSource { sourceStarts.insert(firstSource) }
      if let firstTarget, !merge || k == 0 { targetStarts.insert(firstTarget) }
      if split && end - k >= 2 {
        let at = k + 1 + Int(generator.next() % UInt64(end - k - 1))
        if let first = document.gold[at].source.first { sourceStarts.insert(first) }
      }
      k = end
    }
    func side(_ count: Int, _ starts: Set<Int>, headings: [Int]) -> BlockStructure {
      var blocks: [Int] = []
      var block = -1
      for index in 0..<count {
        if index == 0 || starts.contains(index) { block += 1 }
        blocks.append(block)
      }
      var flags = [Bool](repeating: false, count: count)
      for index in headings { flags[index] = true }
      return BlockStructure(blocks: blocks, headings: flags)
    }
    let gold = document.gold
    return (
      side(
        document.source.count, sourceStarts,
        headings: headingBeads.flatMap { gold[$0].source }),
      side(
        document.target.count, targetStarts,
        headings: headingBeads.flatMap { gold[$0].target })
    )
  }
}

/// A small deterministic random generator (SplitMix64), so benchmark runs repeat exactly.
struct SplitMix {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A value in [0, 1).
  mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
