import BitextAlign
import BitextCorpus
import BitextText
import Foundation

/// Alignment from raw text: a gold set's sentences joined back into paragraphs, segmented by
/// Bitext, aligned, and the beads projected onto the gold sentence ids for scoring.
///
/// Paragraphs are rebuilt as the UD splits are: consecutive sentences are joined with a space
/// until one ends without terminal punctuation (a heading or a fragment closes its paragraph).
/// Each segmented sentence stands for the gold sentences its text overlaps; beads that share a
/// gold sentence (a gold sentence split between beads) are merged before scoring.
struct RawTextAlignment {
  /// One side rebuilt as text: the segmented sentences and, for each, the gold ids it covers.
  struct Side {
    var sentences: [String]
    /// The paragraph of each sentence, as the segmenter found it.
    var paragraphs: [Int]
    var goldIDs: [[Int]]
    /// Boundary score of the segmentation against the gold sentences.
    var boundaries: BoundaryScore
  }

  /// Segments the gold sentences of one side rebuilt as paragraphs.
  static func side(_ gold: [String], language: String, keepErrors: Bool = false) throws -> Side {
    let normalizer = Normalizer()
    let lines = try gold.map {
      try normalizer.normalize($0.trimmingCharacters(in: .whitespaces))
    }
    var paragraphs: [[Int]] = [[]]
    for (index, line) in lines.enumerated() {
      if line.isEmpty { continue }
      paragraphs[paragraphs.count - 1].append(index)
      if !BoundaryScore.followsTerminal(Array(line.utf8), at: line.utf8.count) {
        paragraphs.append([])
      }
    }
    var text = ""
    var ranges: [(id: Int, range: Range<Int>)] = []
    var boundaries = BoundaryScore()
    let segmenter = SentenceSegmenter(language: language)
    for paragraph in paragraphs where !paragraph.isEmpty {
      if !text.isEmpty { text += "\n\n" }
      for (k, id) in paragraph.enumerated() {
        if k > 0 { text += " " }
        let start = text.utf8.count
        text += lines[id]
        ranges.append((id, start..<text.utf8.count))
      }
      try boundaries.add(
        paragraph: paragraph.map { lines[$0] }, segmenter: segmenter, keepErrors: keepErrors)
    }
    let sentences = try segmenter.sentences(in: text)
    let bytes = Array(text.utf8)
    var goldIDs: [[Int]] = []
    var next = 0
    for sentence in sentences {
      while next < ranges.count && ranges[next].range.upperBound <= sentence.range.lowerBound {
        next += 1
      }
      // A gold sentence counts when the overlap holds a letter or digit: a closing quote that
      // the gold set's tokenizer put at the start of the next sentence does not.
      var ids: [Int] = []
      var k = next
      while k < ranges.count && ranges[k].range.lowerBound < sentence.range.upperBound {
        let overlap =
          max(
            ranges[k].range.lowerBound, sentence.range.lowerBound)..<min(
            ranges[k].range.upperBound, sentence.range.upperBound)
        let piece = String(decoding: bytes[overlap], as: UTF8.self)
        if piece.contains(where: { $0.isLetter || $0.isNumber }) { ids.append(ranges[k].id) }
        k += 1
      }
      goldIDs.append(ids)
    }
    return Side(
      sentences: sentences.map(\.text), paragraphs: sentences.map(\.paragraph), goldIDs: goldIDs,
      boundaries: boundaries)
  }

  /// Projects beads over segmented sentences onto gold ids, merging beads that share an id.
  static func project(_ beads: [Bead], source: Side, target: Side) -> [BeadLink] {
    var links: [BeadLink] = []
    for bead in beads {
      var link = BeadLink(
        source: Array(Set(bead.source.flatMap { source.goldIDs[$0] })).sorted(),
        target: Array(Set(bead.target.flatMap { target.goldIDs[$0] })).sorted())
      if let last = links.last,
        !Set(last.source).isDisjoint(with: link.source)
          || !Set(last.target).isDisjoint(with: link.target)
      {
        links.removeLast()
        link = BeadLink(
          source: Array(Set(last.source + link.source)).sorted(),
          target: Array(Set(last.target + link.target)).sorted())
      }
      if !link.source.isEmpty || !link.target.isEmpty { links.append(link) }
    }
    return links
  }
}
