/// Writes JSON Lines with every field of a bead, one bead per line, keys always in this order:
///
/// ```
/// {"document":"d1","bead":0,"score":0.93,"source_lang":"fr","target_lang":"en",
///  "source_ids":[0,1],"target_ids":[0],"source_text":"…","target_text":"…",
///  "source_sentences":[{"text":"…","range":[0,42],"block":3,"block_kind":"h2",
///  "location":"/html/body/h2[1]"}],"target_sentences":[…]}
/// ```
///
/// (on one line). When the corpus has a verdict on the bead's document, a `"verdict"` object
/// follows `target_lang`: `{"kind":"translation","confidence":0.998,"aligned_share":0.93,
/// "lexical_ratio":2.4}` (see ``DocumentVerdict``; kind `translation`, `uncertain` or
/// `mis-paired`). `range` is a sentence's UTF-8 byte range `[start, end)` in its normalized
/// document, or `null` when unknown; `block`, `block_kind` and `location` say which block of
/// its document the sentence came from (left out when unknown); `origin` marks machine output
/// (`"mt:apertium:fr-ca-en"`, left out for a document's own text); the score is a number between 0 and 1. Strings are escaped
/// per RFC 8259 (`\"`, `\\`, `\n`, `\r`, `\t`, `\b`, `\f`, `\u00XX` for other controls); all
/// other characters are written as UTF-8. Output is byte-identical for equal corpora.
struct JSONLWriter: CorpusEncoder {
  private var sourceLanguage: [UInt8] = []
  private var targetLanguage: [UInt8] = []
  /// The `"verdict":{…}` field of each document that has one.
  private var verdicts: [String: [UInt8]] = [:]

  mutating func begin(_ corpus: AlignedCorpus, into out: inout [UInt8]) {
    sourceLanguage = []
    targetLanguage = []
    verdicts = corpus.verdicts.mapValues { verdict in
      var field = Array(",\"verdict\":{\"kind\":".utf8)
      JSONText.appendString(verdict.kind.rawValue, to: &field)
      field += Array(",\"confidence\":\(ScoreText.format(verdict.confidence))".utf8)
      field += Array(",\"aligned_share\":\(ScoreText.format(verdict.alignedShare))".utf8)
      field += Array(",\"lexical_ratio\":\(verdict.lexicalRatio)}".utf8)
      return field
    }
    JSONText.appendString(corpus.sourceLanguage, to: &sourceLanguage)
    JSONText.appendString(corpus.targetLanguage, to: &targetLanguage)
  }

  func encode(_ bead: AlignedBead, into out: inout [UInt8]) {
    out.append(contentsOf: "{\"document\":".utf8)
    JSONText.appendString(bead.document, to: &out)
    out.append(contentsOf: ",\"bead\":".utf8)
    out.append(contentsOf: String(bead.index).utf8)
    out.append(contentsOf: ",\"score\":".utf8)
    out.append(contentsOf: ScoreText.format(bead.score).utf8)
    out.append(contentsOf: ",\"source_lang\":".utf8)
    out.append(contentsOf: sourceLanguage)
    out.append(contentsOf: ",\"target_lang\":".utf8)
    out.append(contentsOf: targetLanguage)
    if let verdict = verdicts[bead.document] { out.append(contentsOf: verdict) }
    out.append(contentsOf: ",\"source_ids\":".utf8)
    appendIDs(bead.sourceIDs, to: &out)
    out.append(contentsOf: ",\"target_ids\":".utf8)
    appendIDs(bead.targetIDs, to: &out)
    out.append(contentsOf: ",\"source_text\":".utf8)
    JSONText.appendString(bead.sourceText, to: &out)
    out.append(contentsOf: ",\"target_text\":".utf8)
    JSONText.appendString(bead.targetText, to: &out)
    out.append(contentsOf: ",\"source_sentences\":".utf8)
    appendSentences(bead.source, to: &out)
    out.append(contentsOf: ",\"target_sentences\":".utf8)
    appendSentences(bead.target, to: &out)
    out.append(contentsOf: "}\n".utf8)
  }

  private func appendIDs(_ ids: Range<Int>, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "["))
    for id in ids {
      if id != ids.lowerBound { out.append(UInt8(ascii: ",")) }
      out.append(contentsOf: String(id).utf8)
    }
    out.append(UInt8(ascii: "]"))
  }

  private func appendSentences(_ sentences: [AlignedSentence], to out: inout [UInt8]) {
    out.append(UInt8(ascii: "["))
    for (offset, sentence) in sentences.enumerated() {
      if offset > 0 { out.append(UInt8(ascii: ",")) }
      out.append(contentsOf: "{\"text\":".utf8)
      JSONText.appendString(sentence.text, to: &out)
      out.append(contentsOf: ",\"range\":".utf8)
      if let range = sentence.range {
        out.append(contentsOf: "[\(range.lowerBound),\(range.upperBound)]".utf8)
      } else {
        out.append(contentsOf: "null".utf8)
      }
      if let block = sentence.block {
        out.append(contentsOf: ",\"block\":\(block.index),\"block_kind\":".utf8)
        JSONText.appendString(block.kind, to: &out)
        out.append(contentsOf: ",\"location\":".utf8)
        JSONText.appendString(block.location, to: &out)
      }
      if let origin = sentence.origin {
        out.append(contentsOf: ",\"origin\":".utf8)
        JSONText.appendString(origin, to: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
    out.append(UInt8(ascii: "]"))
  }
}

/// JSON string literals written by hand (RFC 8259), so output never depends on an encoder's
/// choices. Every JSON writer of Bitext (JSONL corpora, `segment`, `translate`, `stream`) uses it.
public enum JSONText {
  /// `text` as a quoted JSON string.
  public static func quoted(_ text: String) -> String {
    var out: [UInt8] = []
    appendString(text, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends `text` as a quoted JSON string.
  public static func appendString(_ text: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
      case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
      case 0x0A: out.append(contentsOf: "\\n".utf8)
      case 0x0D: out.append(contentsOf: "\\r".utf8)
      case 0x09: out.append(contentsOf: "\\t".utf8)
      case 0x08: out.append(contentsOf: "\\b".utf8)
      case 0x0C: out.append(contentsOf: "\\f".utf8)
      case 0x00..<0x20:
        let digits = Array("0123456789abcdef".utf8)
        out.append(contentsOf: "\\u00".utf8)
        out.append(digits[Int(byte >> 4)])
        out.append(digits[Int(byte & 0xF)])
      default: out.append(byte)
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}
