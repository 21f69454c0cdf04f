import BitextLexicon
import BitextText
import Foundation

/// Aligns the sentences of a text with those of its translation.
///
/// ## Cost model
/// Every candidate bead of `a` source and `b` target sentences gets one cost, in the units of a
/// negative log probability, and the aligner finds the monotone sequence of beads covering both
/// texts with the least total cost:
///
///     cost = −log P(a-b)                          Gale & Church's bead prior
///          + length(a-b)                          Gale & Church's length cost
///          + w · (1 − λ) · (a + b)/2 · (1 − sim)  lexical and cognate evidence, pooled,
///          + w · λ · Σ_k (1 − sim_k) / 2          and sentence by sentence
///          + p · max(0, a + b − t)                wide beads are rarer than the prior says
///          + u · (unsupported sentences)          a + b > 2: matchable words, none matched
///          + q · (|Δ "?"| + |Δ "!"|)              a, b > 0: question/exclamation marks differ
///
/// - The length cost is the two-tailed probability of the deviation of the target length from
///   `ratio × source length`; `ratio` is the ratio of the two texts' lengths and the variance
///   is re-estimated from the 1-1 beads of the first pass.
/// - `sim` in [0, 1] is the IDF-weighted share of the bead's words, counted on both sides, that
///   find a match on the other side: a dictionary translation (``TranslationEvidence``) or,
///   for Latin-script words, the same number or the same first letters (cognates, names).
///   An insertion or deletion has `sim = 0`. Scaling the term by the bead's size keeps the
///   total path-independent when there is no evidence at all. `sim_k` is the share of
///   sentence `k`'s own words matched: pooled alone, a bead's matches would also pay for an
///   unmatched sentence merged into it, making such merges cheaper than leaving it alone
///   (``AlignerConfiguration/perSentenceSimilarity``).
///
/// ## Search
/// Linear in time and memory: a length-only pass in a band around the diagonal (widened while
/// the path found runs along its edge), then the full cost in a band of ``AlignerConfiguration/bandWidth``
/// sentences around that path. Memory is O(n · W).
public struct SentenceAligner: Sendable {
  /// The configuration.
  public var configuration: AlignerConfiguration
  /// The languages of the two sides (BCP 47), for tokenization.
  public var sourceLanguage: String
  /// The target language.
  public var targetLanguage: String

  /// Creates an aligner for a language pair.
  public init(
    sourceLanguage: String, targetLanguage: String,
    configuration: AlignerConfiguration = AlignerConfiguration()
  ) {
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
    self.configuration = configuration
  }

  /// Aligns two lists of sentences; every sentence of each side is in exactly one bead, in
  /// order. `lexicon` adds dictionary evidence; without it only lengths and cognates count.
  public func align(
    source: [String], target: [String], lexicon: (any TranslationEvidence)? = nil
  ) -> [Bead] {
    align(source: source, target: target, lexicon: lexicon, sourceGlosses: nil, targetGlosses: nil)
  }

  /// Aligns two lists of sentences with gloss translations of one side as extra evidence
  /// (as Bleualign does with machine translation): `sourceGlosses[i]` renders source sentence
  /// `i` in the target language, `targetGlosses[j]` target sentence `j` in the source
  /// language. Each bead then also pays for the character-trigram distance between the gloss
  /// of one side and the other side (``AlignerConfiguration/glossWeight``). Glosses whose
  /// count does not match their side are ignored; when both sides have glosses, the target's
  /// are used.
  public func align(
    source: [String], target: [String], lexicon: (any TranslationEvidence)?,
    sourceGlosses: [String]?, targetGlosses: [String]?
  ) -> [Bead] {
    let n = source.count
    let m = target.count
    if n == 0 || m == 0 {
      return (0..<n).map { Bead(source: $0..<($0 + 1), target: m..<m, score: 1) }
        + (0..<m).map { Bead(source: n..<n, target: $0..<($0 + 1), score: 1) }
    }
    let sourceSide = TokenizedSide(source, language: sourceLanguage)
    let targetSide = TokenizedSide(target, language: targetLanguage)
    var profiles: ([CharacterProfile], [CharacterProfile])?
    if let targetGlosses, targetGlosses.count == m {
      profiles = CharacterProfile.profiles(source, targetGlosses)
    } else if let sourceGlosses, sourceGlosses.count == n {
      profiles = CharacterProfile.profiles(sourceGlosses, target)
    }
    let (beads, coarse) = align(
      sourceSide, targetSide, evidence: lexicon, profiles: profiles, coarse: nil)
    guard min(n, m) >= configuration.inducedLexiconMinimumSentences else { return beads }
    // Pass 3: a lexicon learned from the confident 1-1 beads joins the evidence.
    guard
      let induced = inducedEvidence(
        from: beads, source: sourceSide, target: targetSide)
    else { return beads }
    let combined = CombinedEvidence([lexicon, induced].compactMap { $0 })
    return align(
      sourceSide, targetSide, evidence: combined, profiles: profiles, coarse: coarse
    ).beads
  }

  /// IBM Model 1 trained on the confident 1-1 beads, or `nil` when there are too few of them.
  func inducedEvidence(
    from beads: [Bead], source: TokenizedSide, target: TokenizedSide
  ) -> InducedEvidence? {
    let sourceLemmatizer = Lemmatizer(language: sourceLanguage)
    let targetLemmatizer = Lemmatizer(language: targetLanguage)
    var sourceKeys: [String: String] = [:]
    var targetKeys: [String: String] = [:]
    func words(
      _ tokens: [(token: Token, folded: String)], _ lemmatizer: Lemmatizer,
      _ cache: inout [String: String]
    ) -> [String] {
      tokens.compactMap { token, folded in
        guard token.kind == .word else { return nil }
        if let key = cache[folded] { return key }
        let key = InducedEvidence.key(of: token.text, lemmatizer: lemmatizer)
        cache[folded] = key
        return key
      }
    }
    var pairs: [([String], [String])] = []
    for bead in beads
    where bead.source.count == 1 && bead.target.count == 1
      && bead.score >= configuration.inducedLexiconMinimumScore
    {
      pairs.append(
        (
          words(source.tokens[bead.source.lowerBound], sourceLemmatizer, &sourceKeys),
          words(target.tokens[bead.target.lowerBound], targetLemmatizer, &targetKeys)
        ))
    }
    guard pairs.count >= 50 else { return nil }
    let table = IBMModel1.trainSymmetric(pairs: pairs, iterations: 5)
    return InducedEvidence(
      table: table, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
  }

  /// One alignment with the given evidence; `coarse` reuses the length-only path of an
  /// earlier pass (it does not depend on the evidence).
  private func align(
    _ source: TokenizedSide, _ target: TokenizedSide, evidence: (any TranslationEvidence)?,
    profiles: ([CharacterProfile], [CharacterProfile])?, coarse: [BandedSearch.Step]?
  ) -> (beads: [Bead], coarse: [BandedSearch.Step]) {
    var extractor = FeatureExtractor(configuration: configuration, evidence: evidence)
    let sourceFeatures = extractor.features(of: source, isSource: true)
    let targetFeatures = extractor.features(of: target, isSource: false)
    let costs = BeadCosts(
      configuration: configuration, source: sourceFeatures, target: targetFeatures)
    return align(
      costs: costs, sourceCount: source.sentences.count, targetCount: target.sentences.count,
      profiles: profiles, coarse: coarse)
  }

  private func align(
    costs initial: BeadCosts, sourceCount n: Int, targetCount m: Int,
    profiles: ([CharacterProfile], [CharacterProfile])?, coarse known: [BandedSearch.Step]?
  ) -> (beads: [Bead], coarse: [BandedSearch.Step]) {
    var costs = initial
    var shapes = configuration.shapes.filter { $0.source + $0.target > 0 }
    for needed in [BeadShape(1, 0), BeadShape(0, 1)] where !shapes.contains(needed) {
      shapes.append(needed)  // without them some pairs have no path
    }
    shapes.sort()
    let search = BandedSearch(shapes: shapes)
    // Pass 1: lengths only, with the classic shapes that are allowed, in a diagonal band
    // widened until the path stays inside.
    let coarseShapes = shapes.filter {
      AlignerConfiguration.classicShapes.contains($0) || $0.source == 0 || $0.target == 0
    }
    let coarseSearch = BandedSearch(shapes: coarseShapes)
    let skew = max(n, m) / max(1, min(n, m))
    var width = max(configuration.initialCoarseBandWidth, 3 * skew + 10)
    var coarse: [BandedSearch.Step] = known ?? []
    // Immutable copies for the cost closures: a captured `var` would be copied at every call.
    let lengthCosts = costs
    while known == nil {
      let band = AlignmentBand.diagonal(sourceCount: n, targetCount: m, width: width)
      if let steps = coarseSearch.run(
        band: band, sourceCount: n, targetCount: m,
        cost: { shape, i, j in lengthCosts.lengthCost(shape, i, j) }),
        !band.isTouchedEdge(by: steps.map(\.end), targetCount: m) || width >= max(n, m)
      {
        coarse = steps
        break
      }
      width *= 2
    }
    if configuration.refitsLengthModel { costs.refitLength(from: coarse) }
    // Pass 2: the full cost around the first path.
    var fineWidth = max(configuration.bandWidth, 3 * skew + 3)
    var fine: [BandedSearch.Step] = []
    let fullCosts = costs
    while true {
      let band = AlignmentBand.around(
        path: coarse.map(\.end), sourceCount: n, targetCount: m, width: fineWidth)
      let coverage = PairCoverage(
        source: fullCosts.source, target: fullCosts.target, band: band,
        maximumSourceSize: shapes.map(\.source).max() ?? 1)
      let gloss = profiles.map { profiles in
        GlossCoverage(
          source: profiles.0, target: profiles.1, band: band,
          maximumSize: max(configuration.maximumBeadSize, 1),
          correctsBaseline: configuration.glossBaselineCorrection)
      }
      if let steps = search.run(
        band: band, sourceCount: n, targetCount: m,
        cost: { shape, i, j in
          fullCosts.fullCost(shape, i, j, coverage: coverage, gloss: gloss)
        })
      {
        fine = steps
        break
      }
      fineWidth *= 2
    }
    let beads = fine.map { step in
      let source = (step.end.i - step.shape.source)..<step.end.i
      let target = (step.end.j - step.shape.target)..<step.end.j
      return Bead(source: source, target: target, score: 1 - exp(-step.margin))
    }
    return (beads, coarse)
  }
}
