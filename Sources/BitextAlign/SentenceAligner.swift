import BitextText
import Foundation

/// Aligns the sentences of a text with those of its translation.
///
/// ## Cost model
/// Every candidate bead of `a` source and `b` target sentences gets one cost, in the units of a
/// negative log probability, and the aligner finds the monotone sequence of beads covering both
/// texts with the least total cost. ``BeadCosts`` computes exactly these terms:
///
///     cost = −log P(a-b)                          Gale & Church's bead prior
///          + length(a-b)                          a, b > 0: Gale & Church's length cost
///          + e                                    a = 0 or b = 0: insertions and deletions
///          + p · max(0, a + b − t)                wide beads are rarer than the prior says
///          + w · (1 − λ) · (a + b)/2 · (1 − sim)  lexical and cognate evidence, pooled,
///          + w · λ · Σ_k (1 − sim_k) / 2          and sentence by sentence
///          + u · (unsupported sentences)          a + b > 2: matchable words, none matched
///          + q · (|Δ "?"| + |Δ "!"|)              a, b > 0: question/exclamation marks differ
///          + s · (boundaries kept on one side)    block structure, when both sides have it
///          + h · [heading ≠ heading]              a, b > 0: a heading paired with text
///          + embedding term                       with embeddings (``EmbeddingCosts``)
///
/// - The length cost is the two-tailed probability of the deviation of the target length from
///   `ratio × source length`, with Gale & Church's variance (6.8 per character) and `ratio` the
///   ratio of the two texts' lengths (``LengthModel``).
/// - `sim` in [0, 1] is the IDF-weighted share of the bead's words, counted on both sides, that
///   find a match on the other side: a dictionary translation (``TranslationEvidence``) or,
///   for Latin-script words, the same number or the same first letters (cognates, names).
///   An insertion or deletion has `sim = 0`. Scaling the term by the bead's size keeps the
///   total path-independent when there is no evidence at all. `sim_k` is the share of
///   sentence `k`'s own words matched: pooled alone, a bead's matches would also pay for an
///   unmatched sentence merged into it, making such merges cheaper than leaving it alone.
/// - The structure terms need a ``BlockStructure`` for each side (paragraphs, headings, list
///   items, table cells). A bead pays `s` when it starts at a block boundary on one side only,
///   and `s` for each boundary inside it; `s` is ``AlignerConfiguration/blockAnchorWeight``
///   when both documents have as many blocks and the blocks pair up by length, else
///   ``AlignerConfiguration/blockBoundaryWeight``. Both passes of the search pay them.
/// - `e`, `p`, `t`, `w`, `λ`, `u`, `q`, `s` and `h` are ``AlignerConfiguration`` values.
///
/// ## Search
/// Linear in time and memory: a length-only pass in a band around the diagonal (widened while
/// the path found runs along its edge), then the full cost in a band of
/// ``AlignerConfiguration/bandWidth`` sentences around that path. Memory is O(n · W): a byte
/// per cell of each band (and a margin per cell of the second), plus the costs of a block of
/// rows. Tokens, features and the bead costs of each block of rows are computed on
/// ``threads`` threads; the beads do not depend on their number.
///
/// ## Confidence
/// A bead's ``Bead/score`` is `1 − exp(−margin)`, where the margin is how much more the best
/// path through the bead's end would cost with the next best bead there instead (at most 10).
public struct SentenceAligner: Sendable {
  /// The configuration.
  public var configuration: AlignerConfiguration
  /// The languages of the two sides (BCP 47), for tokenization.
  public var sourceLanguage: String
  /// The target language.
  public var targetLanguage: String
  /// The most threads one alignment uses (tokenization, features and bead costs); the beads
  /// are the same whatever the number.
  public var threads: Int

  /// Creates an aligner for a language pair; `threads` defaults to the active processors.
  public init(
    sourceLanguage: String, targetLanguage: String,
    configuration: AlignerConfiguration = AlignerConfiguration(),
    threads: Int = ProcessInfo.processInfo.activeProcessorCount
  ) {
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
    self.configuration = configuration
    self.threads = max(1, threads)
  }

  /// Aligns two lists of sentences; every sentence of each side is in exactly one bead, in
  /// order. `evidence` adds dictionary evidence; without it only lengths and cognates count.
  /// `structure`, the blocks of both sides (one entry per sentence), adds the structure terms.
  /// `progress`, if given, is called on the calling thread with the share of the work done, in
  /// [0, 1], a few hundred times at most; a pass retried in a wider band repeats its stretch.
  public func align(
    source: [String], target: [String], evidence: (any TranslationEvidence)? = nil,
    embeddings: (any EmbeddingEvidence)? = nil,
    structure: (source: BlockStructure, target: BlockStructure)? = nil,
    progress: ((Double) -> Void)? = nil
  ) -> [Bead] {
    alignment(
      source: source, target: target, evidence: evidence, embeddings: embeddings,
      structure: structure, progress: progress
    ).beads
  }

  /// Aligns two lists of sentences as ``align(source:target:evidence:structure:progress:)``
  /// does, and returns the evidence measured on each bead and on the document too.
  public func alignment(
    source: [String], target: [String], evidence: (any TranslationEvidence)? = nil,
    embeddings: (any EmbeddingEvidence)? = nil,
    structure: (source: BlockStructure, target: BlockStructure)? = nil,
    progress: ((Double) -> Void)? = nil
  ) -> Alignment {
    if let structure {
      precondition(
        structure.source.blocks.count == source.count
          && structure.target.blocks.count == target.count,
        "one block per sentence")
    }
    let n = source.count
    let m = target.count
    if n == 0 || m == 0 {
      let beads =
        (0..<n).map { Bead(source: $0..<($0 + 1), target: m..<m, score: 1) }
        + (0..<m).map { Bead(source: n..<n, target: $0..<($0 + 1), score: 1) }
      return Alignment(
        beads: beads,
        evidence: beads.map { _ in
          BeadEvidence(
            margin: 10, similarity: 0, weakestShare: 0, neighbourSimilarity: 0, lengthCost: 0,
            weight: 0, leak: 0)
        },
        document: DocumentEvidence(
          sourceSentences: n, targetSentences: m, alignedShare: 0, pairedSimilarity: 0,
          shuffledSimilarity: 0, contrast: 0))
    }
    let report = ProgressSpan(handler: progress)
    let work = ParallelWork(threads: threads)
    let languages = [sourceLanguage, targetLanguage]
    let sides = [source, target]
    let tokenized = work.map(2) { TokenizedSide(sides[$0], language: languages[$0]) }
    // Shares of the time measured on long texts: tokens 15 %, features 5 %, length-only pass
    // 40 %, full pass 30 % (the rest is the caller's).
    report(0.15)
    let alignment = align(
      tokenized[0], tokenized[1], texts: (source, target), evidence: evidence,
      embeddings: embeddings, structure: structure, work: work,
      progress: report.scaled(from: 0.15, to: 1))
    report(1)
    return alignment
  }

  /// Aligns two lists of sentences keeping every bead of `constraints` exactly and passing
  /// through its anchors: the stretches between them are aligned on their own (with their own
  /// length ratio and word weights); a fixed bead scores 1. The document evidence sums the
  /// stretches'. An error names a constraint outside the texts, or one that overlaps or crosses
  /// another.
  public func alignment(
    source: [String], target: [String], evidence: (any TranslationEvidence)? = nil,
    embeddings: (any EmbeddingEvidence)? = nil,
    structure: (source: BlockStructure, target: BlockStructure)? = nil,
    constraints: AlignmentConstraints, progress: ((Double) -> Void)? = nil
  ) throws(ConstraintError) -> Alignment {
    let segments = try constraints.segments(sourceCount: source.count, targetCount: target.count)
    if segments == [.gap(source: 0..<source.count, target: 0..<target.count)] {
      return alignment(
        source: source, target: target, evidence: evidence, embeddings: embeddings,
        structure: structure, progress: progress)
    }
    let report = ProgressSpan(handler: progress)
    let total = Double(max(1, source.count + target.count))
    var done = 0
    var beads: [Bead] = []
    var measured: [BeadEvidence] = []
    var documents: [DocumentEvidence] = []
    for segment in segments {
      switch segment {
      case .fixed(let bead):
        beads.append(Bead(source: bead.source, target: bead.target, score: 1))
        measured.append(
          BeadEvidence(
            margin: 10, similarity: 0, weakestShare: 0, neighbourSimilarity: 0, lengthCost: 0,
            weight: 0, leak: 0))
        done += bead.source.count + bead.target.count
      case .gap(let sources, let targets):
        let span = report.scaled(
          from: Double(done) / total, to: Double(done + sources.count + targets.count) / total)
        let part = alignment(
          source: Array(source[sources]), target: Array(target[targets]), evidence: evidence,
          embeddings: embeddings,
          structure: structure.map {
            (
              BlockStructure(
                blocks: Array($0.source.blocks[sources]),
                headings: Array($0.source.headings[sources])),
              BlockStructure(
                blocks: Array($0.target.blocks[targets]),
                headings: Array($0.target.headings[targets]))
            )
          },
          progress: progress == nil ? nil : { span($0) })
        for bead in part.beads {
          beads.append(
            Bead(
              source: (bead.source.lowerBound + sources.lowerBound)..<(bead.source.upperBound
                + sources.lowerBound),
              target: (bead.target.lowerBound + targets.lowerBound)..<(bead.target.upperBound
                + targets.lowerBound),
              score: bead.score))
        }
        measured += part.evidence
        documents.append(part.document)
        done += sources.count + targets.count
      }
    }
    report(1)
    return Alignment(
      beads: beads, evidence: measured,
      document: DocumentEvidence(combining: documents, beads: beads))
  }

  /// The two passes over tokenized sides.
  private func align(
    _ source: TokenizedSide, _ target: TokenizedSide, texts: (source: [String], target: [String]),
    evidence: (any TranslationEvidence)?, embeddings: (any EmbeddingEvidence)?,
    structure: (source: BlockStructure, target: BlockStructure)?, work: ParallelWork,
    progress: ProgressSpan
  ) -> Alignment {
    let hasDictionary = evidence != nil
    var extractor = FeatureExtractor(configuration: configuration, evidence: evidence)
    let features = extractor.features(source: source, target: target, work: work)
    var costs = BeadCosts(
      configuration: configuration, source: features.source, target: features.target,
      structure: structure)
    let n = source.count
    let m = target.count
    let shapes = Self.searchShapes(configuration.shapes)
    // Pass 1: lengths only, with the classic shapes that are allowed, in a diagonal band
    // widened until the path stays inside.
    let coarseSearch = BandedSearch(
      shapes: shapes.filter {
        AlignerConfiguration.classicShapes.contains($0) || $0.source == 0 || $0.target == 0
      })
    let skew = max(n, m) / max(1, min(n, m))
    var width = max(configuration.initialCoarseBandWidth, 3 * skew + 10)
    var coarse: [BandedSearch.Step] = []
    let coarseProgress = progress.scaled(from: 0, to: 0.6)
    while true {
      let band = AlignmentBand.diagonal(sourceCount: n, targetCount: m, width: width)
      if let steps = coarseSearch.run(
        band: band, sourceCount: n, targetCount: m, costs: LengthCostRows(costs: costs),
        work: work, recordsMargins: false, progress: coarseProgress),
        !band.isTouchedEdge(by: steps.map(\.end), targetCount: m) || width >= max(n, m)
      {
        coarse = steps
        break
      }
      width *= 2
    }
    // Pass 2: the full cost around the first path, with the embedding term when there are
    // embeddings.
    if let embeddings {
      let runs = (
        source: shapes.map(\.source).max() ?? 1, target: shapes.map(\.target).max() ?? 1
      )
      costs.embedding = EmbeddingCosts(
        source: SpanVectors(sentences: texts.source, maxLength: runs.source, evidence: embeddings),
        target: SpanVectors(sentences: texts.target, maxLength: runs.target, evidence: embeddings),
        weight: configuration.embeddingWeight, perSentence: configuration.embeddingPerSentence,
        omission: configuration.embeddingOmissionSimilarity)
    }
    let search = BandedSearch(shapes: shapes)
    let fineProgress = progress.scaled(from: 0.6, to: 1)
    var fineWidth = max(configuration.bandWidth, 3 * skew + 3)
    while true {
      let band = AlignmentBand.around(
        path: coarse.map(\.end), sourceCount: n, targetCount: m, width: fineWidth)
      let coverage = PairCoverage(
        source: costs.source, target: costs.target, band: band,
        maximumSourceSize: shapes.map(\.source).max() ?? 1, work: work)
      if let steps = search.run(
        band: band, sourceCount: n, targetCount: m,
        costs: FullCostRows(costs: costs, coverage: coverage, shapes: shapes), work: work,
        progress: fineProgress)
      {
        var beads = steps.map { step in
          Bead(
            source: (step.end.i - step.shape.source)..<step.end.i,
            target: (step.end.j - step.shape.target)..<step.end.j)
        }
        let posteriors = PathPosterior(
          width: configuration.posteriorBandWidth,
          temperature: configuration.posteriorTemperature
        ).posteriors(
          of: beads, sourceCount: n, targetCount: m,
          costs: FullCostRows(costs: costs, coverage: coverage, shapes: shapes), shapes: shapes,
          work: work)
        let evidence = work.map(steps.count) { k in
          let step = steps[k]
          var measured = costs.evidence(
            step.shape, step.end.i - step.shape.source, step.end.j - step.shape.target,
            margin: step.margin, coverage: coverage)
          measured.posterior = posteriors[k]
          return measured
        }
        let context = ConfidenceModel.DocumentContext(
          shapes: beads.map(\.shape), evidence: evidence)
        let confidence =
          hasDictionary ? configuration.confidence : configuration.confidenceWithoutDictionary
        var document = costs.documentEvidence(beads, coverage: coverage)
        // No bead of a mis-paired document is right: evidence of mis-pairing lowers every score.
        let pairing = min(1, 2 * document.translationProbability)
        for k in beads.indices {
          beads[k].score =
            pairing
            * confidence.probability(
              evidence[k], shape: beads[k].shape, document: context)
        }
        let aligned = beads.filter { !$0.source.isEmpty && !$0.target.isEmpty && $0.score >= 0.5 }
          .reduce(0) { $0 + $1.source.count + $1.target.count }
        document.alignedShare = Double(aligned) / Double(n + m)
        return Alignment(beads: beads, evidence: evidence, document: document)
      }
      fineWidth *= 2
    }
  }

  /// The configured shapes with 1-0 and 0-1 added (without them some pairs have no path),
  /// sorted.
  static func searchShapes(_ configured: [BeadShape]) -> [BeadShape] {
    var shapes = configured
    for needed in [BeadShape(1, 0), BeadShape(0, 1)] where !shapes.contains(needed) {
      shapes.append(needed)
    }
    return shapes.sorted()
  }
}
