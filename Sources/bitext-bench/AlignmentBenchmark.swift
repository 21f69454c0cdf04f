import ArgumentParser
import BitextAlign
import BitextCorpus
import BitextEmbed
import BitextLexicon
import BitextReview
import Foundation

/// Sentence alignment quality on the development sets (strict and lax P/R/F1 as vecalign's
/// `score.py`), time and peak memory, and a scale run on concatenated books.
struct AlignmentBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "alignment",
    abstract: "Alignment F1 on Text+Berg and LIMSI dev sets; time and memory at scale.")

  @Option(help: "Directory holding textberg-de-fr-dev and limsi-en-fr-dev.")
  var eval = "../shared/eval/alignment"

  @Option(help: "Dictionary evidence: freedict (installed dictd files) or none.")
  var lexicon = "freedict"

  @Option(help: "Weight of the similarity term.")
  var weight: Double?

  @Option(help: "Extra cost of beads of more than three sentences.")
  var largeBeadPenalty: Double?

  @Option(help: "Band half-width of the full-cost pass.")
  var band: Int?

  @Option(help: "Extra cost of insertions and deletions.")
  var emptyBeadPenalty: Double?

  @Option(help: "Beads of more sentences than this pay the large-bead penalty.")
  var largeBeadThreshold: Int?

  @Option(help: "Bead shapes, e.g. 0-1,1-0,1-1,1-2,2-1,2-2,1-3,3-1.")
  var shapes: String?

  @Flag(help: "Print the segmentation errors of the raw-text run.")
  var verboseRaw = false

  @Flag(help: "Skip the scale runs.")
  var noScale = false

  @Option(help: "Copies of the concatenated LIMSI books in the scale runs, comma-separated.")
  var scaleCopies = "2,20"

  @Option(help: "Extra cost of each sentence of a wide bead without any match.")
  var unsupportedPenalty: Double?

  @Option(help: "Least matchable words of a sentence for the unsupported-merge penalty.")
  var unsupportedMinimumWords: Int?

  @Option(help: "Directory to write each document's beads to (<name>.beads), for inspection.")
  var dumpBeads: String?

  @Option(help: "Cost of each question or exclamation mark by which a bead's sides differ.")
  var punctuationWeight: Double?

  @Option(help: "Share of the similarity term computed sentence by sentence (0...1).")
  var perSentence: Double?

  @Option(help: "A sentence encoder's weights file: adds embedding evidence.")
  var embeddings: String?

  @Option(help: "File remembering sentence vectors between runs (with --embeddings).")
  var embeddingCache: String?

  @Option(
    help:
      "Static piece vectors distilled from the --embeddings model (its static.bin): used instead of its transformer, without the cache."
  )
  var staticVectors: String?

  @Option(help: "Weight of the embedding term.")
  var embeddingWeight: Double?

  @Option(help: "Share of the embedding term computed sentence by sentence (0...1).")
  var embeddingPerSentence: Double?

  @Option(help: "Similarity an unaligned sentence is charged with in the embedding term.")
  var embeddingOmission: Double?

  @Option(help: "Closeness margin below which the omission flag names a sentence of a filled bead.")
  var unmatchedMargin = OmissionDetector().unmatchedMargin

  struct Document {
    var name: String
    var source: [String]
    var target: [String]
    var gold: [BeadLink]
  }

  func run() throws {
    var config = AlignerConfiguration()
    if let weight { config.similarityWeight = weight }
    if let largeBeadPenalty { config.largeBeadPenalty = largeBeadPenalty }
    if let band { config.bandWidth = band }
    if let emptyBeadPenalty { config.emptyBeadPenalty = emptyBeadPenalty }
    if let largeBeadThreshold { config.largeBeadThreshold = largeBeadThreshold }
    if let shapes {
      config.shapes = try shapes.split(separator: ",").map { item in
        guard let shape = BeadShape(String(item)) else {
          throw ValidationError("'\(item)' is not a bead shape such as 2-1")
        }
        return shape
      }
    }
    if let perSentence { config.perSentenceSimilarity = perSentence }
    if let punctuationWeight { config.punctuationWeight = punctuationWeight }
    if let unsupportedPenalty { config.unsupportedMergePenalty = unsupportedPenalty }
    if let unsupportedMinimumWords { config.unsupportedMergeMinimumWords = unsupportedMinimumWords }
    if let embeddingWeight { config.embeddingWeight = embeddingWeight }
    if let embeddingPerSentence { config.embeddingPerSentence = embeddingPerSentence }
    if let embeddingOmission { config.embeddingOmissionSimilarity = embeddingOmission }
    let cached =
      staticVectors == nil
      ? try embeddings.map {
        CachedEmbeddings(encoder: try SentenceEncoder(path: $0), file: embeddingCache)
      } : nil
    let staticEncoder = try staticVectors.map { vectorsPath in
      guard let embeddings else { throw ValidationError("--static-vectors needs --embeddings") }
      return try SentenceEncoder(
        file: EmbeddingModelFile(path: embeddings),
        staticVectors: StaticPieceVectors(path: vectorsPath), path: vectorsPath)
    }
    let vectors: (any EmbeddingEvidence)? = staticEncoder ?? cached
    defer {
      if let vectors = cached {
        try? vectors.save()
        print("texts encoded by this run: \(vectors.encodedCount)")
      }
    }
    let (tb, limsi) = try Self.developmentSets(eval)
    let deFr = evidence(source: "de", target: "fr")
    let enFr = evidence(source: "en", target: "fr")
    print("Sentence alignment (lexicon: \(lexicon))")
    print(
      "| document | sentences | strict P | strict R | strict F1 | lax P | lax R | lax F1 | seconds |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    var tbOmissions = OmissionScore()
    var limsiOmissions = OmissionScore()
    let tbScores = evaluate(
      tb,
      aligner: SentenceAligner(sourceLanguage: "de", targetLanguage: "fr", configuration: config),
      evidence: deFr, embeddings: vectors, omissions: &tbOmissions)
    let limsiAligner = SentenceAligner(
      sourceLanguage: "en", targetLanguage: "fr", configuration: config)
    let limsiScores = evaluate(
      limsi, aligner: limsiAligner, evidence: enFr, embeddings: vectors,
      omissions: &limsiOmissions)
    let tbAligner = SentenceAligner(
      sourceLanguage: "de", targetLanguage: "fr", configuration: config)
    let rawScores = try rawText(tb[0], aligner: tbAligner, evidence: deFr, embeddings: vectors)
    row("**Text+Berg micro**", sentences: "", tbScores, seconds: nil)
    row("**LIMSI micro**", sentences: "", limsiScores, seconds: nil)
    print(
      "\nText+Berg dev from raw text (gold sentences joined into paragraphs, segmented by Bitext, "
        + "beads projected onto the gold ids): strict F1 \(String(format: "%.3f", rawScores.alignment.strictF1)), "
        + "lax F1 \(String(format: "%.3f", rawScores.alignment.laxF1)); segmentation boundary F1 "
        + "de \(String(format: "%.3f", rawScores.source.f1)), fr \(String(format: "%.3f", rawScores.target.f1)); "
        + "with the paragraphs as structure evidence: strict F1 \(String(format: "%.3f", rawScores.structured.strictF1)), "
        + "lax F1 \(String(format: "%.3f", rawScores.structured.laxF1))"
    )
    if vectors != nil {
      print(
        "\nOmission flag on the output above: sentences flagged, share of the gold's unaligned sentences found (recall), share of flagged sentences the gold leaves unaligned (precision)"
      )
      for (name, score) in [("Text+Berg", tbOmissions), ("LIMSI", limsiOmissions)] {
        print("\n\(name): \(score.goldUnaligned) sentences unaligned in the gold")
        print("| flag | flagged | recall | precision |")
        print("|---|---|---|---|")
        for row in score.rows() { print(row) }
      }
    }
    print("\npeak RSS: \(PeakMemory.megabytes()) MB")
    guard !noScale else { return }
    print("\nScale (LIMSI books concatenated)")
    print("| copies | source | target | strict F1 | lax F1 | seconds | peak RSS MB |")
    print("|---|---|---|---|---|---|---|")
    let source = limsi.flatMap(\.source)
    let target = limsi.flatMap(\.target)
    var gold: [BeadLink] = []
    var sourceOffset = 0
    var targetOffset = 0
    for document in limsi {
      for link in document.gold {
        gold.append(
          BeadLink(
            source: link.source.map { $0 + sourceOffset },
            target: link.target.map { $0 + targetOffset }))
      }
      sourceOffset += document.source.count
      targetOffset += document.target.count
    }
    for copies in scaleCopies.split(separator: ",").compactMap({ Int($0) }) {
      let s = Array([[String]](repeating: source, count: copies).joined())
      let t = Array([[String]](repeating: target, count: copies).joined())
      let start = Date()
      let beads = limsiAligner.align(
        source: s, target: t, evidence: enFr, embeddings: vectors)
      let seconds = Date().timeIntervalSince(start)
      precondition(beads.last?.source.upperBound == s.count)
      var copiedGold: [BeadLink] = []
      for copy in 0..<copies {
        for link in gold {
          copiedGold.append(
            BeadLink(
              source: link.source.map { $0 + copy * source.count },
              target: link.target.map { $0 + copy * target.count }))
        }
      }
      let scores = AlignmentScorer.score(
        gold: copiedGold,
        test: beads.map { BeadLink(source: Array($0.source), target: Array($0.target)) })
      print(
        "| ×\(copies) | \(s.count) | \(t.count) | \(String(format: "%.3f", scores.strictF1)) | \(String(format: "%.3f", scores.laxF1)) | \(String(format: "%.1f", seconds)) | \(PeakMemory.megabytes()) |"
      )
    }
  }

  private func evaluate(
    _ documents: [Document], aligner: SentenceAligner, evidence: (any TranslationEvidence)?,
    embeddings: (any EmbeddingEvidence)?, omissions: inout OmissionScore
  ) -> AlignmentScores {
    var golds: [[BeadLink]] = []
    var tests: [[BeadLink]] = []
    for document in documents {
      let start = Date()
      let beads = aligner.align(
        source: document.source, target: document.target, evidence: evidence,
        embeddings: embeddings)
      let seconds = Date().timeIntervalSince(start)
      let links = beads.map { BeadLink(source: Array($0.source), target: Array($0.target)) }
      if let dumpBeads {
        let text = BeadsFormat.format(links)
        try? text.write(
          to: URL(fileURLWithPath: dumpBeads).appendingPathComponent("\(document.name).beads"),
          atomically: true, encoding: .utf8)
      }
      golds.append(document.gold)
      tests.append(links)
      if let embeddings {
        omissions.add(
          source: document.source, target: document.target, gold: document.gold, test: links,
          embeddings: embeddings, detector: OmissionDetector(unmatchedMargin: unmatchedMargin))
      }
      let scores = AlignmentScorer.score(gold: document.gold, test: links)
      row(
        document.name, sentences: "\(document.source.count)/\(document.target.count)", scores,
        seconds: seconds)
    }
    return AlignmentScorer.score(gold: golds, test: tests)
  }

  /// Aligns a document rebuilt as raw text (see ``RawTextAlignment``).
  private func rawText(
    _ document: Document, aligner: SentenceAligner, evidence: (any TranslationEvidence)?,
    embeddings: (any EmbeddingEvidence)?
  ) throws -> (
    alignment: AlignmentScores, structured: AlignmentScores, source: BoundaryScore,
    target: BoundaryScore
  ) {
    let source = try RawTextAlignment.side(
      document.source, language: aligner.sourceLanguage, keepErrors: verboseRaw)
    let target = try RawTextAlignment.side(
      document.target, language: aligner.targetLanguage, keepErrors: verboseRaw)
    let beads = aligner.align(
      source: source.sentences, target: target.sentences, evidence: evidence,
      embeddings: embeddings)
    let links = RawTextAlignment.project(beads, source: source, target: target)
    if verboseRaw {
      for (side, language) in [(source, aligner.sourceLanguage), (target, aligner.targetLanguage)] {
        for error in side.boundaries.errors {
          print("  \(language) \(error.kind) \(error.context)")
        }
      }
    }
    let structured = aligner.align(
      source: source.sentences, target: target.sentences, evidence: evidence,
      embeddings: embeddings,
      structure: (
        BlockStructure(
          blocks: source.paragraphs, headings: source.paragraphs.map { _ in false }),
        BlockStructure(
          blocks: target.paragraphs, headings: target.paragraphs.map { _ in false })
      ))
    return (
      AlignmentScorer.score(gold: document.gold, test: links),
      AlignmentScorer.score(
        gold: document.gold,
        test: RawTextAlignment.project(structured, source: source, target: target)),
      source.boundaries, target.boundaries
    )
  }

  private func row(_ name: String, sentences: String, _ s: AlignmentScores, seconds: Double?) {
    let f = { (x: Double) in String(format: "%.3f", x) }
    let time = seconds.map { String(format: "%.2f", $0) } ?? ""
    print(
      "| \(name) | \(sentences) | \(f(s.strictPrecision)) | \(f(s.strictRecall)) | \(f(s.strictF1)) | \(f(s.laxPrecision)) | \(f(s.laxRecall)) | \(f(s.laxF1)) | \(time) |"
    )
  }

  /// The development sets under `eval`: Text+Berg dev (de–fr) and the five LIMSI books (en–fr).
  static func developmentSets(_ eval: String) throws -> (
    textBerg: [Document], limsi: [Document]
  ) {
    let base = URL(fileURLWithPath: eval)
    let textberg = base.appendingPathComponent("textberg-de-fr-dev")
    let tb = [
      try load(
        name: "Text+Berg dev", source: textberg.appendingPathComponent("dev.de"),
        target: textberg.appendingPathComponent("dev.fr"),
        gold: textberg.appendingPathComponent("dev.defr"))
    ]
    let limsiDirectory = base.appendingPathComponent("limsi-en-fr-dev")
    let books = ["AlicesAdventuresInWonderland", "Candide", "Emma", "JaneEyre", "LesConfessions"]
    let limsi = try books.map { book in
      try load(
        name: book, source: limsiDirectory.appendingPathComponent("\(book).en"),
        target: limsiDirectory.appendingPathComponent("\(book).fr"),
        gold: limsiDirectory.appendingPathComponent("\(book).enfr"))
    }
    return (tb, limsi)
  }

  static func load(name: String, source: URL, target: URL, gold: URL) throws -> Document {
    Document(
      name: name, source: try EvalData.lines(source.path), target: try EvalData.lines(target.path),
      gold: try EvalData.gold(gold.path))
  }

  /// Evidence from ``lexicon(source:target:)``.
  private func evidence(source: String, target: String) -> (any TranslationEvidence)? {
    lexicon(source: source, target: target).map { LexiconEvidence(lexicon: $0) }
  }

  /// The lexicon of the pair (``EvalData/lexicon(_:source:target:)``).
  private func lexicon(source: String, target: String) -> Lexicon? {
    EvalData.lexicon(lexicon, source: source, target: target)
  }

}
