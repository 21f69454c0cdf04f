import BitextCorpus

/// Corpora for the quality checks' tests, written as text pairs.
extension ReviewFixtures {
  /// A bead from its two texts: sentences separated by ` | `, an empty text an empty side;
  /// sentence ids start at `at`.
  static func bead(
    _ source: String, _ target: String, score: Double = 0.9, document: String = "d",
    index: Int = 0, at: (source: Int, target: Int) = (0, 0)
  ) -> AlignedBead {
    func sentences(_ text: String) -> [AlignedSentence] {
      text.isEmpty
        ? [] : text.split(separator: " | ").map { AlignedSentence(text: String($0)) }
    }
    let (sourceSentences, targetSentences) = (sentences(source), sentences(target))
    return AlignedBead(
      document: document, index: index,
      sourceIDs: at.source..<(at.source + sourceSentences.count),
      targetIDs: at.target..<(at.target + targetSentences.count), score: score,
      source: sourceSentences, target: targetSentences)
  }

  /// One document (or more, when `documents` gives each pair's document) of beads, one per
  /// pair, with consecutive sentence ids in each document.
  static func corpus(
    _ pairs: [(String, String)], languages: (String, String) = ("fr", "en"),
    documents: [String]? = nil, scores: [Double]? = nil
  ) -> AlignedCorpus {
    var next: [String: (index: Int, source: Int, target: Int)] = [:]
    var beads: [AlignedBead] = []
    for (offset, pair) in pairs.enumerated() {
      let document = documents?[offset] ?? "d"
      let place = next[document] ?? (0, 0, 0)
      let made = bead(
        pair.0, pair.1, score: scores?[offset] ?? 0.9, document: document, index: place.index,
        at: (place.source, place.target))
      next[document] = (
        place.index + 1, made.sourceIDs.upperBound, made.targetIDs.upperBound
      )
      beads.append(made)
    }
    return AlignedCorpus(sourceLanguage: languages.0, targetLanguage: languages.1, beads: beads)
  }
}
