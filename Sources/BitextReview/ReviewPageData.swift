import BitextCorpus

/// The JSON a review page embeds in `<script type="application/json" id="bitext-data">`: the
/// corpus, its flags and its verdicts, compact and deterministic (equal inputs, equal bytes).
///
/// ```
/// {"format":"bitext-review","version":1,"title":"…","source_lang":"fr","target_lang":"en",
///  "low_score":0.5,"notice":null,
///  "flags":[["low-confidence","low confidence"],["omission","omission"],…],
///  "documents":[{"id":"d1","source_sentences":40,"target_sentences":41,
///    "verdict":{"kind":"translation","confidence":0.98,"aligned_share":0.91,
///               "lexical_ratio":3.2}}],
///  "beads":[[0,17,0.8734,20,21,[[20,21,"Bonjour.",4,"p","line 9"]],[[21,22,"Hello.",4,"p","line 9"]],
///            [["low-confidence","score 0.31 < 0.5"]]],…]}
/// ```
///
/// `notice` is ``ReviewPage/Options/notice`` (`null` without one). `flags` lists every
/// ``BeadFlag`` with its label, in order. A document's `verdict` is `null`
/// when the corpus has none for it; its sentence counts are the highest sentence id its beads
/// cover, plus one. Beads come document after document (documents in order of first
/// appearance), each as `[document, index, score, source_start, target_start, source_units,
/// target_units, notes]`: `document` indexes `documents`, `index` is the bead's own index, the
/// score is written in full (`null` if it is not finite), the starts are the first sentence id of each side (where an empty
/// side sits). A unit is `[first_id, end_id, text, block, block_kind, location, origin]` with
/// trailing nulls left out: one sentence (`end_id` = `first_id` + 1), or, when a format kept
/// one text for several sentences (TSV, TMX, Moses), the side's whole text and ids. Notes are
/// `[flag, reason]`. A bead that ``ReviewPage/Options/confirmed`` confirms (same ids, same
/// texts) has a ninth element, `1`: it starts checked. Strings are escaped for a `<script>` element (see ``ScriptJSON``).
enum ReviewPageData {
  /// The value of `format`.
  static let formatName = "bitext-review"

  /// The page data of a corpus with its report.
  static func encode(
    _ corpus: AlignedCorpus, report: QualityReport, options: ReviewPage.Options
  ) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(corpus.beads.count * 256)
    out.append(contentsOf: "{\"format\":".utf8)
    ScriptJSON.appendString(formatName, to: &out)
    out.append(contentsOf: ",\"version\":1,\"title\":".utf8)
    ScriptJSON.appendString(options.title, to: &out)
    out.append(contentsOf: ",\"source_lang\":".utf8)
    ScriptJSON.appendString(corpus.sourceLanguage, to: &out)
    out.append(contentsOf: ",\"target_lang\":".utf8)
    ScriptJSON.appendString(corpus.targetLanguage, to: &out)
    out.append(contentsOf: ",\"low_score\":".utf8)
    ScriptJSON.appendNumber(options.lowScore, to: &out)
    out.append(contentsOf: ",\"notice\":".utf8)
    ScriptJSON.appendString(options.notice, orNullTo: &out)
    out.append(contentsOf: ",\"flags\":[".utf8)
    for (offset, flag) in BeadFlag.allCases.enumerated() {
      if offset > 0 { out.append(UInt8(ascii: ",")) }
      out.append(UInt8(ascii: "["))
      ScriptJSON.appendString(flag.rawValue, to: &out)
      out.append(UInt8(ascii: ","))
      ScriptJSON.appendString(flag.label, to: &out)
      out.append(UInt8(ascii: "]"))
    }
    let order = documentOrder(corpus)
    out.append(contentsOf: "],\"documents\":[".utf8)
    for (offset, document) in order.enumerated() {
      if offset > 0 { out.append(UInt8(ascii: ",")) }
      appendDocument(document, verdict: corpus.verdicts[document.id], corpus: corpus, to: &out)
    }
    out.append(contentsOf: "],\"beads\":[".utf8)
    var first = true
    for (documentIndex, document) in order.enumerated() {
      let confirmed = confirmedBeads(of: document.id, in: options.confirmed, documents: order.count)
      for position in document.beads {
        if !first { out.append(contentsOf: ",\n".utf8) }
        first = false
        let notes = position < report.notes.count ? report.notes[position] : []
        let bead = corpus.beads[position]
        appendBead(
          bead, document: documentIndex, notes: notes,
          checked: !confirmed.isEmpty && isConfirmed(bead, by: confirmed), to: &out)
      }
    }
    out.append(contentsOf: "]}".utf8)
    return out
  }

  /// One document of the corpus: its id and the positions of its beads in the corpus.
  struct DocumentBeads {
    var id: String
    var beads: [Int]
  }

  /// The documents in order of first appearance, each with the positions of its beads.
  static func documentOrder(_ corpus: AlignedCorpus) -> [DocumentBeads] {
    var documents: [DocumentBeads] = []
    var indices: [String: Int] = [:]
    for (position, bead) in corpus.beads.enumerated() {
      if let index = indices[bead.document] {
        documents[index].beads.append(position)
      } else {
        indices[bead.document] = documents.count
        documents.append(DocumentBeads(id: bead.document, beads: [position]))
      }
    }
    return documents
  }

  private static func appendDocument(
    _ document: DocumentBeads, verdict: DocumentVerdict?, corpus: AlignedCorpus,
    to out: inout [UInt8]
  ) {
    var sourceSentences = 0
    var targetSentences = 0
    for position in document.beads {
      sourceSentences = max(sourceSentences, corpus.beads[position].sourceIDs.upperBound)
      targetSentences = max(targetSentences, corpus.beads[position].targetIDs.upperBound)
    }
    out.append(contentsOf: "{\"id\":".utf8)
    ScriptJSON.appendString(document.id, to: &out)
    out.append(contentsOf: ",\"source_sentences\":\(sourceSentences)".utf8)
    out.append(contentsOf: ",\"target_sentences\":\(targetSentences),\"verdict\":".utf8)
    if let verdict {
      out.append(contentsOf: "{\"kind\":".utf8)
      ScriptJSON.appendString(verdict.kind.rawValue, to: &out)
      out.append(contentsOf: ",\"confidence\":".utf8)
      ScriptJSON.appendNumber(verdict.confidence, to: &out)
      out.append(contentsOf: ",\"aligned_share\":".utf8)
      ScriptJSON.appendNumber(verdict.alignedShare, to: &out)
      out.append(contentsOf: ",\"lexical_ratio\":".utf8)
      ScriptJSON.appendNumber(verdict.lexicalRatio, to: &out)
      out.append(UInt8(ascii: "}"))
    } else {
      out.append(contentsOf: "null".utf8)
    }
    out.append(UInt8(ascii: "}"))
  }

  /// A confirmed bead as its two id ranges (an empty side at its position) and its hash.
  struct ConfirmedKey: Hashable {
    var source: Range<Int>
    var target: Range<Int>
    var hash: String
  }

  /// The beads `corrections` confirm in `document`: its entry, or the only entry when there is
  /// one and the corpus has one document (as a re-alignment reads them).
  static func confirmedBeads(
    of document: String, in corrections: CorrectionSet?, documents: Int
  ) -> Set<ConfirmedKey> {
    guard let corrections,
      let entry = corrections.documents.first(where: { $0.document == document })
        ?? (corrections.documents.count == 1 && documents == 1 ? corrections.documents[0] : nil)
    else { return [] }
    func range(_ ids: [Int], at position: Int?) -> Range<Int>? {
      guard let first = ids.first else { return position.map { $0..<$0 } }
      return first..<(first + ids.count)
    }
    return Set(
      entry.confirmed.compactMap { bead in
        guard let source = range(bead.sourceIDs, at: bead.sourceAt),
          let target = range(bead.targetIDs, at: bead.targetAt)
        else { return nil }
        return ConfirmedKey(source: source, target: target, hash: bead.hash)
      })
  }

  /// Whether `bead` is one of the confirmed beads: the same ids and the same texts.
  static func isConfirmed(_ bead: AlignedBead, by confirmed: Set<ConfirmedKey>) -> Bool {
    guard bead.source.count == bead.sourceIDs.count, bead.target.count == bead.targetIDs.count
    else { return false }
    let hash = CorrectionSet.textHash(
      source: bead.source.map(\.text), target: bead.target.map(\.text))
    return confirmed.contains(
      ConfirmedKey(source: bead.sourceIDs, target: bead.targetIDs, hash: hash))
  }

  private static func appendBead(
    _ bead: AlignedBead, document: Int, notes: [BeadFlagNote], checked: Bool,
    to out: inout [UInt8]
  ) {
    out.append(contentsOf: "[\(document),\(bead.index),".utf8)
    ScriptJSON.appendNumber(bead.score, to: &out)
    out.append(contentsOf: ",\(bead.sourceIDs.lowerBound),\(bead.targetIDs.lowerBound),".utf8)
    appendUnits(bead.source, ids: bead.sourceIDs, to: &out)
    out.append(UInt8(ascii: ","))
    appendUnits(bead.target, ids: bead.targetIDs, to: &out)
    out.append(contentsOf: ",[".utf8)
    for (offset, note) in notes.enumerated() {
      if offset > 0 { out.append(UInt8(ascii: ",")) }
      out.append(UInt8(ascii: "["))
      ScriptJSON.appendString(note.flag.rawValue, to: &out)
      out.append(UInt8(ascii: ","))
      ScriptJSON.appendString(note.reason, to: &out)
      out.append(UInt8(ascii: "]"))
    }
    out.append(UInt8(ascii: "]"))
    if checked { out.append(contentsOf: ",1".utf8) }
    out.append(UInt8(ascii: "]"))
  }

  /// One side's units: a unit per sentence when the side has a text per sentence id, else one
  /// unit with the side's whole text and ids.
  private static func appendUnits(
    _ sentences: [AlignedSentence], ids: Range<Int>, to out: inout [UInt8]
  ) {
    out.append(UInt8(ascii: "["))
    if sentences.count == ids.count {
      for (offset, sentence) in sentences.enumerated() {
        if offset > 0 { out.append(UInt8(ascii: ",")) }
        let id = ids.lowerBound + offset
        appendUnit(sentence, ids: id..<(id + 1), text: sentence.text, to: &out)
      }
    } else if let first = sentences.first, !ids.isEmpty {
      let text = sentences.map(\.text).joined(separator: " ")
      appendUnit(first, ids: ids, text: text, to: &out)
    }
    out.append(UInt8(ascii: "]"))
  }

  private static func appendUnit(
    _ sentence: AlignedSentence, ids: Range<Int>, text: String, to out: inout [UInt8]
  ) {
    out.append(contentsOf: "[\(ids.lowerBound),\(ids.upperBound),".utf8)
    ScriptJSON.appendString(text, to: &out)
    if sentence.block != nil || sentence.origin != nil {
      if let block = sentence.block {
        out.append(contentsOf: ",\(block.index),".utf8)
        ScriptJSON.appendString(block.kind, to: &out)
        out.append(UInt8(ascii: ","))
        ScriptJSON.appendString(block.location, to: &out)
      } else {
        out.append(contentsOf: ",null,null,null".utf8)
      }
      if let origin = sentence.origin {
        out.append(UInt8(ascii: ","))
        ScriptJSON.appendString(origin, to: &out)
      }
    }
    out.append(UInt8(ascii: "]"))
  }
}
