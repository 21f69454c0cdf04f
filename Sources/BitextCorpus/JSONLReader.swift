import BitextText
import Foundation

/// Reads the JSONL that ``JSONLWriter`` writes, one bead per non-blank line.
///
/// Only `source_text` and `target_text` (or `source_sentences` / `target_sentences`) are
/// required; a missing `document` is `""`, a missing `bead` is the line's bead count, a missing
/// score is 1 (a score must be a number between 0 and 1, `null` included, see ``ScoreText``),
/// missing ids are counted through the file. Ids must be
/// consecutive (`[3,4,5]`). The languages come from the first line that has them; a later line
/// with other languages is an error. A document's `verdict`, when a line has one, is kept.
struct JSONLReader {
  /// The path named in errors.
  var path: String

  private struct Record: Decodable {
    struct SentenceRecord: Decodable {
      enum CodingKeys: String, CodingKey {
        case text, range, block, location, origin
        case blockKind = "block_kind"
      }
      var text: String
      var range: [Int]?
      var block: Int?
      var blockKind: String?
      var location: String?
      var origin: String?
    }
    struct VerdictRecord: Decodable {
      enum CodingKeys: String, CodingKey {
        case kind, confidence
        case alignedShare = "aligned_share"
        case lexicalRatio = "lexical_ratio"
      }
      var kind: DocumentVerdict.Kind
      var confidence: Double
      var alignedShare: Double?
      var lexicalRatio: Double?
    }
    enum CodingKeys: String, CodingKey {
      case document, bead, score, verdict
      case sourceLanguage = "source_lang"
      case targetLanguage = "target_lang"
      case sourceIDs = "source_ids"
      case targetIDs = "target_ids"
      case sourceText = "source_text"
      case targetText = "target_text"
      case sourceSentences = "source_sentences"
      case targetSentences = "target_sentences"
    }
    var document: String?
    var bead: Int?
    /// The score: nil when the key is absent, NaN when it is `null` (refused).
    var score: Double?
    var sourceLanguage: String?
    var targetLanguage: String?
    var sourceIDs: [Int]?
    var targetIDs: [Int]?
    var sourceText: String?
    var targetText: String?
    var sourceSentences: [SentenceRecord]?
    var targetSentences: [SentenceRecord]?
    var verdict: VerdictRecord?

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      document = try container.decodeIfPresent(String.self, forKey: .document)
      bead = try container.decodeIfPresent(Int.self, forKey: .bead)
      if container.contains(.score) {
        score =
          try container.decodeNil(forKey: .score)
          ? .nan : container.decode(Double.self, forKey: .score)
      }
      sourceLanguage = try container.decodeIfPresent(String.self, forKey: .sourceLanguage)
      targetLanguage = try container.decodeIfPresent(String.self, forKey: .targetLanguage)
      sourceIDs = try container.decodeIfPresent([Int].self, forKey: .sourceIDs)
      targetIDs = try container.decodeIfPresent([Int].self, forKey: .targetIDs)
      sourceText = try container.decodeIfPresent(String.self, forKey: .sourceText)
      targetText = try container.decodeIfPresent(String.self, forKey: .targetText)
      sourceSentences = try container.decodeIfPresent(
        [SentenceRecord].self, forKey: .sourceSentences)
      targetSentences = try container.decodeIfPresent(
        [SentenceRecord].self, forKey: .targetSentences)
      verdict = try container.decodeIfPresent(VerdictRecord.self, forKey: .verdict)
    }
  }

  func read(_ text: String, sourceLanguage: String?, targetLanguage: String?) throws(CorpusError)
    -> AlignedCorpus
  {
    var corpus = AlignedCorpus(
      sourceLanguage: sourceLanguage ?? "und", targetLanguage: targetLanguage ?? "und")
    var languagesSeen: (String, String)?
    var nextSource = 0
    var nextTarget = 0
    let decoder = JSONDecoder()
    for (offset, line) in TextFile.lines(text).enumerated() {
      let lineNumber = offset + 1
      if line.trimmingSpaces.isEmpty { continue }
      let record: Record
      do {
        record = try decoder.decode(Record.self, from: Data(line.utf8))
      } catch {
        throw .malformed(path: path, line: lineNumber, column: nil, message: describe(error))
      }
      if let source = record.sourceLanguage, let target = record.targetLanguage {
        if let seen = languagesSeen {
          guard seen == (source, target) else {
            throw .malformed(
              path: path, line: lineNumber, column: nil,
              message:
                "languages \(source)-\(target) differ from \(seen.0)-\(seen.1) on earlier lines")
          }
        } else {
          languagesSeen = (source, target)
          if sourceLanguage == nil { corpus.sourceLanguage = source }
          if targetLanguage == nil { corpus.targetLanguage = target }
        }
      }
      let source = try sentences(
        record.sourceSentences, text: record.sourceText, side: "source", line: lineNumber)
      let target = try sentences(
        record.targetSentences, text: record.targetText, side: "target", line: lineNumber)
      let sourceIDs = try ids(
        record.sourceIDs, next: nextSource, count: source.count, side: "source", line: lineNumber)
      let targetIDs = try ids(
        record.targetIDs, next: nextTarget, count: target.count, side: "target", line: lineNumber)
      nextSource = sourceIDs.upperBound
      nextTarget = targetIDs.upperBound
      let score = record.score ?? 1
      guard ScoreText.isValid(score) else {
        throw .malformed(
          path: path, line: lineNumber, column: nil,
          message:
            "the score \(score.isNaN ? "null" : String(score)) is not \(ScoreText.expectation)")
      }
      if let verdict = record.verdict, corpus.verdicts[record.document ?? ""] == nil {
        corpus.verdicts[record.document ?? ""] = DocumentVerdict(
          kind: verdict.kind, confidence: verdict.confidence,
          alignedShare: verdict.alignedShare ?? 0, lexicalRatio: verdict.lexicalRatio ?? 0)
      }
      corpus.beads.append(
        AlignedBead(
          document: record.document ?? "", index: record.bead ?? corpus.beads.count,
          sourceIDs: sourceIDs, targetIDs: targetIDs, score: score, source: source, target: target))
    }
    return corpus
  }

  private func sentences(
    _ records: [Record.SentenceRecord]?, text: String?, side: String, line: Int
  )
    throws(CorpusError) -> [AlignedSentence]
  {
    if let records {
      var result: [AlignedSentence] = []
      for record in records {
        var range: Range<Int>?
        if let bounds = record.range {
          guard bounds.count == 2, bounds[0] >= 0, bounds[0] <= bounds[1] else {
            throw .malformed(
              path: path, line: line, column: nil,
              message: "a \(side) sentence range must be [start, end] with 0 <= start <= end")
          }
          range = bounds[0]..<bounds[1]
        }
        var blockOrigin: AlignedSentence.BlockOrigin?
        if let index = record.block {
          guard index >= 0 else {
            throw .malformed(
              path: path, line: line, column: nil,
              message: "a \(side) sentence's block must be 0 or more")
          }
          blockOrigin = AlignedSentence.BlockOrigin(
            index: index, kind: record.blockKind ?? "p", location: record.location ?? "")
        }
        result.append(
          AlignedSentence(
            text: record.text, range: range, block: blockOrigin, origin: record.origin))
      }
      return result
    }
    guard let text else {
      throw .malformed(
        path: path, line: line, column: nil,
        message: "missing \"\(side)_text\" or \"\(side)_sentences\"")
    }
    return text.isEmpty ? [] : [AlignedSentence(text: text)]
  }

  private func ids(_ ids: [Int]?, next: Int, count: Int, side: String, line: Int)
    throws(CorpusError)
    -> Range<Int>
  {
    guard let ids else { return next..<(next + count) }
    guard let first = ids.first else { return next..<next }
    guard first >= 0, ids.enumerated().allSatisfy({ $0.element == first + $0.offset }) else {
      throw .malformed(
        path: path, line: line, column: nil,
        message: "\"\(side)_ids\" must be consecutive sentence ids such as [3,4,5]")
    }
    return first..<(first + ids.count)
  }

  private func describe(_ error: any Error) -> String {
    switch error {
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
      DecodingError.keyNotFound(_, let context), DecodingError.dataCorrupted(let context):
      let key = context.codingPath.map(\.stringValue).joined(separator: ".")
      return "invalid JSON" + (key.isEmpty ? "" : " at \"\(key)\"")
        + ": \(context.debugDescription)"
    default:
      return "invalid JSON: \(error)"
    }
  }
}
