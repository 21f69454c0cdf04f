/// Writes TMX 1.4b, valid against the TMX 1.4 DTD, one `<tu>` per bead.
///
/// Shape: an XML declaration, the customary `<!DOCTYPE tmx SYSTEM "tmx14.dtd">` (so
/// `xmllint --valid` finds the DTD next to the file), `<tmx version="1.4">`, a `<header>` (creationtool "Bitext",
/// creationtoolversion, datatype "plaintext", segtype "sentence", adminlang "en", srclang,
/// o-tmf "Bitext"; no dates, so output is deterministic) holding, for each document with a
/// verdict, a `<prop type="x-verdict">` (`translation confidence=0.998 aligned-share=0.93
/// lexical-ratio=2.4 document=d1`, see ``DocumentVerdict``), then per bead a `<tu>` holding
/// `<prop>`s `x-document`, `x-bead` (the bead's index), `x-score`, `x-source-ids` and
/// `x-target-ids` (sentence ids as `[3, 4]`), then a `<tuv xml:lang="…">` for the source and
/// one for the target, each holding a `<prop type="x-block">` per block its sentences come
/// from (`3 h2 /html/body/h2[1]`: index, kind, location), when known, a `<prop type="x-origin">`
/// per machine-translation origin of its sentences (`mt:apertium:fr-ca-en`), and the `<seg>`. A side's sentences are joined with a single space; an empty side is
/// an empty `<seg/>`-equivalent `<seg></seg>`.
///
/// Text is escaped with ``XMLEscaping``; characters XML 1.0 forbids become U+FFFD and are
/// counted in ``replacedCharacters`` (reported as a warning).
struct TMXWriter: CorpusEncoder {
  /// The Bitext version written into the header.
  var toolVersion: String
  /// How many forbidden characters were replaced so far.
  private(set) var replacedCharacters = 0
  private var sourceLanguage: [UInt8] = []
  private var targetLanguage: [UInt8] = []

  init(toolVersion: String) {
    self.toolVersion = toolVersion
  }

  mutating func begin(_ corpus: AlignedCorpus, into out: inout [UInt8]) {
    sourceLanguage = []
    targetLanguage = []
    replacedCharacters += XMLEscaping.appendAttribute(corpus.sourceLanguage, to: &sourceLanguage)
    replacedCharacters += XMLEscaping.appendAttribute(corpus.targetLanguage, to: &targetLanguage)
    out.append(
      contentsOf:
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx version=\"1.4\">\n"
        .utf8)
    out.append(contentsOf: "  <header creationtool=\"Bitext\" creationtoolversion=\"".utf8)
    replacedCharacters += XMLEscaping.appendAttribute(toolVersion, to: &out)
    out.append(
      contentsOf:
        "\" datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\" srclang=\"".utf8)
    out.append(contentsOf: sourceLanguage)
    let verdicts = corpus.documents.compactMap { document in
      corpus.verdicts[document.document].map { (document.document, $0) }
    }
    guard !verdicts.isEmpty else {
      out.append(contentsOf: "\" o-tmf=\"Bitext\"/>\n  <body>\n".utf8)
      return
    }
    out.append(contentsOf: "\" o-tmf=\"Bitext\">\n".utf8)
    for (document, verdict) in verdicts {
      out.append(contentsOf: "    <prop type=\"x-verdict\">".utf8)
      out.append(contentsOf: Self.verdictText(verdict).utf8)
      out.append(contentsOf: " document=".utf8)
      replacedCharacters += XMLEscaping.appendContent(document, to: &out)
      out.append(contentsOf: "</prop>\n".utf8)
    }
    out.append(contentsOf: "  </header>\n  <body>\n".utf8)
  }

  /// A verdict as the header prop writes it, before the document id:
  /// `translation confidence=0.998 aligned-share=0.93 lexical-ratio=2.4`.
  static func verdictText(_ verdict: DocumentVerdict) -> String {
    "\(verdict.kind.rawValue) confidence=\(ScoreText.format(verdict.confidence)) aligned-share=\(ScoreText.format(verdict.alignedShare)) lexical-ratio=\(verdict.lexicalRatio)"
  }

  mutating func encode(_ bead: AlignedBead, into out: inout [UInt8]) {
    out.append(contentsOf: "    <tu>\n      <prop type=\"x-document\">".utf8)
    replacedCharacters += XMLEscaping.appendContent(bead.document, to: &out)
    out.append(contentsOf: "</prop>\n      <prop type=\"x-bead\">".utf8)
    out.append(contentsOf: String(bead.index).utf8)
    out.append(contentsOf: "</prop>\n      <prop type=\"x-score\">".utf8)
    out.append(contentsOf: ScoreText.format(bead.score).utf8)
    out.append(contentsOf: "</prop>\n      <prop type=\"x-source-ids\">".utf8)
    BeadsFormat.appendIDs(bead.sourceIDs, to: &out)
    out.append(contentsOf: "</prop>\n      <prop type=\"x-target-ids\">".utf8)
    BeadsFormat.appendIDs(bead.targetIDs, to: &out)
    out.append(contentsOf: "</prop>\n".utf8)
    appendVariant(language: sourceLanguage, sentences: bead.source, into: &out)
    appendVariant(language: targetLanguage, sentences: bead.target, into: &out)
    out.append(contentsOf: "    </tu>\n".utf8)
  }

  func end(into out: inout [UInt8]) {
    out.append(contentsOf: "  </body>\n</tmx>\n".utf8)
  }

  var warnings: [String] {
    replacedCharacters == 0
      ? []
      : [
        "replaced \(replacedCharacters) character(s) that XML 1.0 forbids (control characters, U+FFFE, U+FFFF) with U+FFFD"
      ]
  }

  private mutating func appendVariant(
    language: [UInt8], sentences: [AlignedSentence], into out: inout [UInt8]
  ) {
    out.append(contentsOf: "      <tuv xml:lang=\"".utf8)
    out.append(contentsOf: language)
    out.append(contentsOf: "\">".utf8)
    // Each block the sentences come from: "index kind location".
    var lastBlock: Int?
    for sentence in sentences {
      guard let block = sentence.block, block.index != lastBlock else { continue }
      lastBlock = block.index
      out.append(contentsOf: "<prop type=\"x-block\">\(block.index) \(block.kind) ".utf8)
      replacedCharacters += XMLEscaping.appendContent(block.location, to: &out)
      out.append(contentsOf: "</prop>".utf8)
    }
    var origins: [String] = []
    for origin in sentences.compactMap(\.origin) where !origins.contains(origin) {
      origins.append(origin)
      out.append(contentsOf: "<prop type=\"x-origin\">".utf8)
      replacedCharacters += XMLEscaping.appendContent(origin, to: &out)
      out.append(contentsOf: "</prop>".utf8)
    }
    out.append(contentsOf: "<seg>".utf8)
    for (offset, sentence) in sentences.enumerated() {
      if offset > 0 { out.append(0x20) }
      replacedCharacters += XMLEscaping.appendContent(sentence.text, to: &out)
    }
    out.append(contentsOf: "</seg></tuv>\n".utf8)
  }
}
