import ArgumentParser
import BitextAlign
import BitextCorpus
import BitextEmbed
import BitextLexicon
import Foundation

/// How far the aligner's bead scores can be trusted: a reliability table and the expected
/// calibration error per development set, the strict precision of the most confident beads,
/// and the document verdict on true and mis-paired documents.
struct CalibrationBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "calibration",
    abstract: "Bead confidence calibration and document verdicts on the dev sets.")

  @Option(help: "Directory holding textberg-de-fr-dev and limsi-en-fr-dev.")
  var eval = "../shared/eval/alignment"

  @Option(
    help:
      "Dictionary evidence: freedict (installed dictd files; the sets are also run without) or none."
  )
  var lexicon = "freedict"

  @Option(help: "Temperature of the path posterior.")
  var temperature: Double?

  @Option(help: "Half-width of the path posterior's band.")
  var posteriorBand: Int?

  @Flag(
    help:
      "Fit new confidence weights on the dev sets, one model with a lexicon and one without (each set weighing the same), and use them."
  )
  var fit = false

  @Option(help: "Write every bead's evidence and whether it is right to this TSV file.")
  var dump: String?

  @Option(help: "Write the evidence of every true and mis-paired document to this TSV file.")
  var verdictDump: String?

  @Flag(help: "Skip the mis-paired documents.")
  var noVerdicts = false

  @Option(
    help: "A sentence encoder's weights file: beads and verdicts with embedding evidence too.")
  var embeddings: String?

  @Option(help: "File remembering sentence vectors between runs (with --embeddings).")
  var embeddingCache: String?

  /// A development set: its documents and the lexicon evidence of its pair.
  struct DevelopmentSet {
    var name: String
    var sourceLanguage: String
    var documents: [AlignmentBenchmark.Document]
    var evidence: (any TranslationEvidence)?
  }

  /// One bead of a dev set with its features and whether it is in the gold alignment.
  struct Observation {
    var set: Int
    var features: [Double]
    var right: Bool
    /// Whether the bead overlaps its gold counterpart (vecalign's lax criterion).
    var laxRight: Bool
    var score: Double
  }

  func run() throws {
    var configuration = AlignerConfiguration()
    if let temperature { configuration.posteriorTemperature = temperature }
    if let posteriorBand { configuration.posteriorBandWidth = posteriorBand }
    let (tb, limsi) = try AlignmentBenchmark.developmentSets(eval)
    var sets: [DevelopmentSet] = []
    for choice in lexicon == "none" ? ["none"] : [lexicon, "none"] {
      for (name, source, documents) in [("Text+Berg dev", "de", tb), ("LIMSI dev", "en", limsi)] {
        sets.append(
          DevelopmentSet(
            name: "\(name), \(choice == "none" ? "no lexicon" : "lexicon")",
            sourceLanguage: source, documents: documents,
            evidence: EvalData.lexicon(choice, source: source, target: "fr").map {
              LexiconEvidence(lexicon: $0)
            }))
      }
    }
    let vectors = try embeddings.map {
      CachedEmbeddings(encoder: try SentenceEncoder(path: $0), file: embeddingCache)
    }
    var observations = observe(sets, configuration: configuration, embeddings: vectors)
    if fit {
      // One model for the sets aligned with a dictionary, one for those without; within each,
      // every set weighs the same.
      for withDictionary in [true, false] {
        let group = sets.indices.filter { (sets[$0].evidence != nil) == withDictionary }
        let chosen = observations.filter { group.contains($0.set) }
        guard !chosen.isEmpty else { continue }
        let counts = Dictionary(grouping: chosen, by: \.set).mapValues(\.count)
        let weights = LogisticFit.fit(
          features: chosen.map(\.features), labels: chosen.map(\.right),
          sampleWeights: chosen.map {
            Double(chosen.count) / Double(counts[$0.set]!) / Double(counts.count)
          })
        if withDictionary {
          configuration.confidence = ConfidenceModel(weights: weights)
        } else {
          configuration.confidenceWithoutDictionary = ConfidenceModel(weights: weights)
        }
        print(
          "Fitted weights \(withDictionary ? "with" : "without") a dictionary: [\(weights.map { String(format: "%.4f", $0) }.joined(separator: ", "))]"
        )
      }
      print()
      observations = observe(sets, configuration: configuration, embeddings: vectors)
    }
    print("Bead confidence: reliability, by score bin")
    print(
      "| set | beads | strict-right | ECE | top-80 % strict precision | "
        + bins.map { "\($0)" }.joined(separator: " | ") + " |")
    print("|---|---|---|---|---|" + String(repeating: "---|", count: bins.count))
    for (index, set) in sets.enumerated() {
      let mine = observations.filter { $0.set == index }
      print(reliabilityRow(set.name, mine))
    }
    print(
      "\n(bins: beads whose score lies in the bin, and the share of them that are in the gold alignment exactly;"
        + " ECE of a perfect score: the mean ECE of labels drawn from the scores themselves, the sampling floor)"
    )
    if let dump { try write(observations, sets: sets, to: dump) }
    if !noVerdicts { verdicts(sets, configuration: configuration, embeddings: vectors) }
    try vectors?.save()
  }

  /// The score bins of the reliability table.
  private var bins: [String] { (0..<10).map { "\(Double($0) / 10)–\(Double($0 + 1) / 10)" } }

  /// Aligns every document of every set (with `embeddings` when given) and records each bead.
  private func observe(
    _ sets: [DevelopmentSet], configuration: AlignerConfiguration,
    embeddings: (any EmbeddingEvidence)?
  ) -> [Observation] {
    var observations: [Observation] = []
    for (index, set) in sets.enumerated() {
      let aligner = SentenceAligner(
        sourceLanguage: set.sourceLanguage, targetLanguage: "fr", configuration: configuration)
      for document in set.documents {
        let alignment = aligner.alignment(
          source: document.source, target: document.target, evidence: set.evidence,
          embeddings: embeddings)
        let gold = Set(document.gold)
        var targetsOfSource: [Int: Set<Int>] = [:]
        for link in document.gold {
          for s in link.source { targetsOfSource[s, default: []].formUnion(link.target) }
        }
        let context = ConfidenceModel.DocumentContext(
          shapes: alignment.beads.map(\.shape), evidence: alignment.evidence)
        for (bead, measured) in zip(alignment.beads, alignment.evidence) {
          let right = gold.contains(
            BeadLink(source: Array(bead.source), target: Array(bead.target)))
          let overlaps = bead.source.contains { s in
            bead.target.contains { targetsOfSource[s]?.contains($0) ?? false }
          }
          observations.append(
            Observation(
              set: index,
              features: ConfidenceModel.features(measured, shape: bead.shape, document: context),
              right: right, laxRight: right || overlaps, score: bead.score))
        }
      }
    }
    return observations
  }

  /// A row of the reliability table.
  private func reliabilityRow(_ name: String, _ observations: [Observation]) -> String {
    let f = { (x: Double) in String(format: "%.3f", x) }
    let scores = observations.map(\.score)
    let labels = observations.map(\.right)
    let reliability = Reliability(scores: scores, labels: labels)
    let cells = reliability.bins.map { bin in
      bin.count == 0 ? "–" : "\(bin.count): \(f(bin.accuracy))"
    }
    return
      "| \(name) | \(observations.count) | \(f(Double(labels.filter { $0 }.count) / Double(max(1, labels.count)))) | \(f(reliability.expectedCalibrationError)) | \(f(reliability.calibrationErrorFloor())) | \(f(reliability.precision(ofTop: 0.8))) | \(f(Reliability(scores: scores, labels: observations.map(\.laxRight)).precision(ofTop: 0.8))) | "
      + cells.joined(separator: " | ") + " |"
  }

  private func write(_ observations: [Observation], sets: [DevelopmentSet], to path: String) throws
  {
    var lines = [
      "set\tscore\tright\t"
        + (1...ConfidenceModel.featureCount).map { "f\($0)" }.joined(separator: "\t")
    ]
    for observation in observations {
      lines.append(
        "\(sets[observation.set].name)\t\(observation.score)\t\(observation.right ? 1 : 0)\t"
          + observation.features.map { "\($0)" }.joined(separator: "\t"))
    }
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: path, atomically: true, encoding: .utf8)
  }

  /// The document verdict on true pairs and on mis-paired ones built from the dev sets.
  private func verdicts(
    _ sets: [DevelopmentSet], configuration: AlignerConfiguration,
    embeddings: (any EmbeddingEvidence)?
  ) {
    var verdictLines: [String] = []
    defer {
      if let verdictDump {
        try? verdictLines.joined(separator: "\n").write(
          toFile: verdictDump, atomically: true, encoding: .utf8)
      }
    }
    print("\nDocument verdicts: true pairs and mis-paired ones")
    print(
      "| pairs | kind | documents | translation | uncertain | mis-paired | aligned share (min–max) | lexical ratio (min–max) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for set in sets {
      let aligner = SentenceAligner(
        sourceLanguage: set.sourceLanguage, targetLanguage: "fr", configuration: configuration)
      for (label, cases) in DocumentPairs.cases(set.documents) {
        for (isTrue, pairs) in [(true, cases.truePairs), (false, cases.misPaired)]
        where !pairs.isEmpty {
          var kinds: [DocumentVerdict.Kind: Int] = [:]
          var shares: [Double] = []
          var ratios: [Double] = []
          for pair in pairs {
            let alignment = aligner.alignment(
              source: pair.source, target: pair.target, evidence: set.evidence,
              embeddings: embeddings)
            let verdict = DocumentVerdict(alignment.document)
            kinds[verdict.kind, default: 0] += 1
            shares.append(alignment.document.alignedShare)
            if let verdictDump {
              verdictLines.append(
                "\(set.name)\t\(label)\t\(isTrue ? 1 : 0)\t\(pair.source.count + pair.target.count)\t\(alignment.document.alignedShare)\t\(alignment.document.pairedSimilarity)\t\(alignment.document.shuffledSimilarity)\t\(alignment.document.contrast)"
              )
              _ = verdictDump
            }
            ratios.append(alignment.document.lexicalRatio)
          }
          let f = { (x: Double) in String(format: "%.2f", x) }
          print(
            "| \(set.name) \(label) | \(isTrue ? "true" : "mis-paired") | \(pairs.count) | \(kinds[.translation] ?? 0) | \(kinds[.uncertain] ?? 0) | \(kinds[.misPaired] ?? 0) | \(f(shares.min() ?? 0))–\(f(shares.max() ?? 0)) | \(f(ratios.min() ?? 0))–\(f(ratios.max() ?? 0)) |"
          )
        }
      }
    }
  }
}
