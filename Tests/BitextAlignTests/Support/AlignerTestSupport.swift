@testable import BitextAlign

// Test doubles and builders shared by the aligner's tests.

/// Translation evidence from a plain dictionary `source word → target words`, matched on
/// lower-cased prefixes (5 characters by default) so inflected forms meet.
struct DictionaryEvidence: TranslationEvidence {
  private let table: [String: [String]]
  /// Characters compared from the start of each word.
  let prefixLength: Int

  /// Creates evidence from a dictionary; keys and values are folded with `lowercased()`.
  init(_ dictionary: [String: Set<String>], prefixLength: Int = 5) {
    self.prefixLength = prefixLength
    var table: [String: Set<String>] = [:]
    for (source, targets) in dictionary {
      let key = Self.prefix(source.lowercased(), prefixLength)
      for target in targets {
        table[key, default: []].insert(Self.prefix(target.lowercased(), prefixLength))
      }
    }
    self.table = table.mapValues { $0.sorted() }
  }

  /// Translation keys: the target prefixes listed for the word's prefix.
  func translationKeys(ofSource word: String) -> [String] {
    table[Self.prefix(word.lowercased(), prefixLength)] ?? []
  }

  /// The word's prefix.
  func keys(ofTarget word: String) -> [String] {
    [Self.prefix(word.lowercased(), prefixLength)]
  }

  static func prefix(_ word: String, _ length: Int) -> String { String(word.prefix(length)) }
}

extension FeatureExtractor {
  /// Features of a list of sentences, tokenized here.
  mutating func features(
    of sentences: [String], language: String, isSource: Bool
  ) -> SideFeatures {
    features(of: TokenizedSide(sentences, language: language), isSource: isSource)
  }
}

/// A cost function of `(shape, start i, start j)` as the rows ``BandedSearch`` asks for.
struct BeadCostFunction: BeadCostRows {
  let cost: @Sendable (BeadShape, Int, Int) -> Double

  func fill(
    row i: Int, band: AlignmentBand, shapes: [BeadShape], into out: UnsafeMutablePointer<Double>
  ) {
    for j in band.lower[i]...band.upper[i] {
      for (k, shape) in shapes.enumerated() {
        out[(j - band.lower[i]) * shapes.count + k] = cost(shape, i, j)
      }
    }
  }
}

/// Bead costs over two short texts with the pair masks of a diagonal band: what the aligner's
/// full-cost pass sees, built the way it builds it.
struct CostFixture {
  let costs: BeadCosts
  let coverage: PairCoverage
  let band: AlignmentBand

  init(
    source: [String], target: [String],
    configuration: AlignerConfiguration = AlignerConfiguration(),
    evidence: (any TranslationEvidence)? = nil, bandWidth: Int = 3, maximumSourceSize: Int = 3
  ) {
    var extractor = FeatureExtractor(configuration: configuration, evidence: evidence)
    costs = BeadCosts(
      configuration: configuration,
      source: extractor.features(of: source, language: "en", isSource: true),
      target: extractor.features(of: target, language: "fr", isSource: false))
    band = AlignmentBand.diagonal(
      sourceCount: source.count, targetCount: target.count, width: bandWidth)
    coverage = PairCoverage(
      source: costs.source, target: costs.target, band: band,
      maximumSourceSize: maximumSourceSize)
  }

  /// The full cost of the bead of `shape` starting at `(i, j)`.
  func fullCost(_ shape: BeadShape, _ i: Int, _ j: Int) -> Double {
    costs.fullCost(shape, i, j, coverage: coverage)
  }

  /// The pooled similarity `sim` of a bead, from the pair masks.
  func similarity(_ sources: Range<Int>, _ targets: Range<Int>) -> Double {
    costs.similarity(sources, targets, coverage: coverage, countsUnsupported: false).share
  }

  /// The same share computed word by word from the key sets (the reference for the masks).
  func directSimilarity(_ sources: Range<Int>, _ targets: Range<Int>) -> Double {
    let source = costs.source
    let target = costs.target
    if sources.isEmpty || targets.isEmpty { return 0 }
    var covered = 0.0
    var total = 0.0
    func add(
      _ k: Int, of side: SideFeatures, against others: Range<Int>, of other: SideFeatures
    ) {
      total += side.totalWeights[k]
      for w in 0..<(side.wordStarts[k + 1] - side.wordStarts[k]) {
        let keys = side.keys(ofWord: w, in: k)
        if others.contains(where: { o in keys.contains { other.hasKey($0, in: o) } }) {
          covered += side.wordWeights[side.wordStarts[k] + w]
        }
      }
    }
    for s in sources { add(s, of: source, against: targets, of: target) }
    for t in targets { add(t, of: target, against: sources, of: source) }
    return total > 0 ? covered / total : 0
  }
}
