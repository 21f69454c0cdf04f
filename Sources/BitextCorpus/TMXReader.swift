import BitextDocument
import BitextText
import Foundation

/// Reads TMX (1.1–1.4b) with the system libxml2's streaming parser (``XMLStreamParser``), in
/// bounded memory: the file is handed to the parser in 64 KiB chunks (``TMXInputStream``),
/// never whole, so files of any size are read. Bytes are checked to be UTF-8 on the way; an
/// attribute value or name over libxml2's 10,000,000-byte limit is an error.
///
/// Safety: external entities and DTDs are never loaded, and a document whose `<!DOCTYPE`
/// declares entities is refused before parsing (only the prolog, before the root element, is
/// read for this), so no entity is ever expanded or fetched. Processing instructions and
/// comments are ignored. A plain `<!DOCTYPE tmx SYSTEM "tmx14.dtd">` is accepted (and not loaded).
///
/// Languages: a `<tuv>`'s language is its `xml:lang`, or else the TMX 1.1 `lang`; a `<tuv>`
/// with neither is an error. Codes are compared as BCP 47 tags, ignoring case and `-`/`_`
/// (``LanguageTag``), and a wanted language picks, in each `<tu>`, the `<tuv>` that matches it
/// best: the same tag; else one that differs only by a subtag one side leaves out (`en`
/// wanted picks `en-GB`, `en-GB` wanted picks `en`); else the same language in another region
/// or script (`en-GB` wanted picks `en-US`). The source language wanted is the requested one,
/// or else the header's `srclang`, or else the first `<tuv>`'s; the target is the requested one,
/// or else the first `<tuv>` whose language differs from the source's. The two sides of a unit
/// are different `<tuv>`s.
///
/// Nothing is dropped silently: a wanted language that no `<tuv>` in the file matches is an
/// error listing the languages the file has; a `<tu>` with no `<tuv>` for one side is skipped,
/// and a `<tu>` with more `<tuv>`s than the two kept is read with the two; both are counted in
/// ``TMXReadResult/warnings``. (An empty `<seg>` is an empty side, as Bitext writes 1–0 beads.)
///
/// Text inside inline codes (`bpt`, `ept`, `ph`, `it`, `ut`) is dropped; text inside `hi` is
/// kept. The props Bitext writes (`x-document`, `x-bead`, `x-score`, `x-source-ids`,
/// `x-target-ids`, and the header's `x-verdict`) are read back; without them ids are counted
/// through the file.
struct TMXReader {
  /// The path named in errors.
  var path: String

  /// The longest prolog (bytes before the root element) scanned for entity declarations.
  static let prologLimit = 10_000_000

  /// Reads TMX from bytes in memory.
  func read(_ data: Data, sourceLanguage: String?, targetLanguage: String?) throws(CorpusError)
    -> TMXReadResult
  {
    try read(
      TMXInputStream(data: data, path: path), sourceLanguage: sourceLanguage,
      targetLanguage: targetLanguage)
  }

  /// Reads a TMX file, streaming it from disk.
  func read(file: String, sourceLanguage: String?, targetLanguage: String?) throws(CorpusError)
    -> TMXReadResult
  {
    let stream: TMXInputStream
    do { stream = try TMXInputStream(filePath: file) } catch { throw .file(error) }
    return try read(stream, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
  }

  private func read(
    _ stream: TMXInputStream, sourceLanguage: String?, targetLanguage: String?
  ) throws(CorpusError) -> TMXReadResult {
    try refuseEntityDeclarations(stream)
    let handler = TMXParserHandler(
      path: path, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    let parser = XMLStreamParser(delegate: handler, name: path)
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    var parsing = true
    while parsing && handler.failure == nil {
      let count = chunk.withUnsafeMutableBufferPointer {
        stream.read($0.baseAddress!, maxLength: $0.count)
      }
      if count < 0 { break }
      parsing = chunk.withUnsafeBufferPointer {
        parser.feed(UnsafeBufferPointer(rebasing: $0[..<count]), last: count == 0)
      }
      if count == 0 { break }
    }
    if let failure = stream.failure { throw .file(failure) }
    if let failure = handler.failure { throw failure }
    if let failure = parser.failure {
      // libxml2 reports a document cut short inside the root as an unfinished tag or as
      // "extra content at the end".
      let cutShort = handler.sawRoot && !handler.closedRoot && [5, 77, 85].contains(failure.code)
      throw .malformed(
        path: path, line: failure.line, column: failure.column > 0 ? failure.column : nil,
        message: cutShort
          ? "the document ends before </tmx> (is the file cut short?) (XML error \(failure.code))"
          : XMLErrorText.describe(code: failure.code, detail: failure.message))
    }
    guard handler.sawRoot else {
      throw .malformed(
        path: path, line: 1, column: 1, message: "not a TMX document (no <tmx> element)")
    }
    return try handler.result()
  }

  /// Reads the prolog ahead and refuses a document type that declares entities.
  private func refuseEntityDeclarations(_ stream: TMXInputStream) throws(CorpusError) {
    while true {
      let (bytes, atEnd) = stream.readAhead()
      if let failure = stream.failure { throw .file(failure) }
      switch TMXPrologScanner.scan(bytes, atEnd: atEnd) {
      case .entity(let line, let column):
        throw .malformed(
          path: path, line: line, column: column,
          message: "the document type declares entities; Bitext refuses to expand them")
      case .clean:
        return
      case .needMore:
        if bytes.count > Self.prologLimit {
          throw .malformed(
            path: path, line: 1, column: 1,
            message:
              "the prolog (before the <tmx> element) is longer than 10,000,000 bytes")
        }
      }
    }
  }
}

/// What ``TMXReader`` read: the corpus, and warnings about units it skipped or trimmed.
struct TMXReadResult {
  /// The corpus read.
  var corpus: AlignedCorpus
  /// Counted problems, one message each (empty when every unit was read whole).
  var warnings: [String]
}

/// The parts of a `<tu>` being read.
private struct TranslationUnit {
  /// The line of the `<tu>` start tag.
  var line: Int
  var props: [String: String] = [:]
  var variants: [(language: String, text: String)] = []
}

/// The parser's delegate: collects translation units and the first error.
private final class TMXParserHandler: XMLStreamDelegate {
  let path: String
  let requestedSource: String?
  let requestedTarget: String?
  var failure: CorpusError?
  var sawRoot = false
  /// Whether `</tmx>` was read.
  private(set) var closedRoot = false
  private var headerSource: String?
  /// Whether the parser is inside `<header>`.
  private var inHeader = false
  /// The verdicts of the header's `x-verdict` props, by document.
  private var verdicts: [String: DocumentVerdict] = [:]
  /// The language wanted for each side, once known.
  private var sourceWanted: String?
  private var targetWanted: String?
  /// The languages of the first `<tuv>`s read for each side (the corpus's languages).
  private var sourceLanguage: String?
  private var targetLanguage: String?
  private var beads: [AlignedBead] = []
  private var unit: TranslationUnit?
  private var propType: String?
  private var variantLanguage: String?
  private var buffer = ""
  private var collecting = false
  private var codeDepth = 0
  private var nextSource = 0
  private var nextTarget = 0
  /// The `<tuv>` languages seen, in order of first appearance.
  private var languagesSeen: [String] = []
  private var languagesSeenSet: Set<String> = []
  private var firstUnitLine: Int?
  /// Units skipped for lacking a side: how many, and the first one's line.
  private var skipped = 0
  private var firstSkippedLine = 0
  /// Units read with more than two `<tuv>`s: how many, and the first one's line.
  private var trimmed = 0
  private var firstTrimmedLine = 0
  /// Whether any unit had a `<tuv>` for each side.
  private var sourceFound = false
  private var targetFound = false

  init(path: String, sourceLanguage: String?, targetLanguage: String?) {
    self.path = path
    self.requestedSource = sourceLanguage
    self.requestedTarget = targetLanguage
  }

  /// The corpus and warnings, or an error when a wanted language matches no `<tuv>`.
  func result() throws(CorpusError) -> TMXReadResult {
    if let line = firstUnitLine, !languagesSeen.isEmpty {
      let found =
        languagesSeen.isEmpty ? "none" : languagesSeen.joined(separator: ", ")
      if !sourceFound, let wanted = sourceWanted {
        let origin = requestedSource != nil ? "requested" : "header's srclang"
        throw .malformed(
          path: path, line: line, column: nil,
          message:
            "no <tuv> is in the source language \(wanted) (\(origin)); the <tuv>s are in: \(found)"
        )
      }
      if !targetFound {
        let message =
          if let wanted = targetWanted {
            "no <tuv> is in the target language \(wanted) (requested); the <tuv>s are in: \(found)"
          } else {
            "no <tuv> is in a language other than the source's (\(sourceWanted ?? "und")); the <tuv>s are in: \(found)"
          }
        throw .malformed(path: path, line: line, column: nil, message: message)
      }
    }
    let source = sourceLanguage ?? requestedSource ?? "und"
    let target = targetLanguage ?? requestedTarget ?? "und"
    var warnings: [String] = []
    if skipped > 0 {
      warnings.append(
        "\(path): skipped \(skipped) unit(s) without a <tuv> in both \(source) and \(target) (the first at line \(firstSkippedLine))"
      )
    }
    if trimmed > 0 {
      warnings.append(
        "\(path): \(trimmed) unit(s) had more than two <tuv>s; kept the ones in \(source) and \(target) (the first at line \(firstTrimmedLine))"
      )
    }
    return TMXReadResult(
      corpus: AlignedCorpus(
        sourceLanguage: source, targetLanguage: target, beads: beads, verdicts: verdicts),
      warnings: warnings)
  }

  func startElement(_ elementName: String, attributes: [String: String], parser: XMLStreamParser) {
    switch elementName {
    case "tmx":
      sawRoot = true
    case "header":
      if let language = attributes["srclang"], language != "*all*" { headerSource = language }
      inHeader = true
    case "tu":
      unit = TranslationUnit(line: parser.line)
      if firstUnitLine == nil { firstUnitLine = parser.line }
    case "prop":
      if unit != nil || inHeader {
        propType = attributes["type"] ?? ""
        buffer = ""
        collecting = true
      }
    case "tuv":
      guard
        let language = attributes["xml:lang"] ?? attributes["lang"],
        !language.trimmingSpaces.isEmpty
      else {
        return fail("a <tuv> without xml:lang (or lang): its language is unknown", parser: parser)
      }
      variantLanguage = language
      if languagesSeenSet.insert(language).inserted { languagesSeen.append(language) }
    case "seg":
      buffer = ""
      collecting = true
      codeDepth = 0
    case "bpt", "ept", "ph", "it", "ut", "sub":
      codeDepth += 1
    default:
      break
    }
  }

  func endElement(_ elementName: String, parser: XMLStreamParser) {
    switch elementName {
    case "tmx":
      closedRoot = true
    case "header":
      inHeader = false
    case "prop":
      if let type = propType, unit != nil, unit?.props[type] == nil { unit?.props[type] = buffer }
      if inHeader, propType == "x-verdict", let (document, verdict) = Self.verdict(buffer) {
        verdicts[document] = verdict
      }
      propType = nil
      collecting = false
    case "seg":
      if let language = variantLanguage { unit?.variants.append((language, buffer)) }
      buffer = ""
      collecting = false
    case "tuv":
      variantLanguage = nil
    case "bpt", "ept", "ph", "it", "ut", "sub":
      codeDepth -= 1
    case "tu":
      if let unit { finish(unit, parser: parser) }
      unit = nil
    default:
      break
    }
  }

  /// A header's `x-verdict` prop (``TMXWriter/verdictText(_:)`` then ` document=ID`), or nil.
  static func verdict(_ text: String) -> (String, DocumentVerdict)? {
    guard let documentStart = text.range(of: " document=") else { return nil }
    let document = String(text[documentStart.upperBound...])
    let fields = text[..<documentStart.lowerBound].split(separator: " ")
    guard let first = fields.first, let kind = DocumentVerdict.Kind(rawValue: String(first)) else {
      return nil
    }
    var values: [String: Double] = [:]
    for field in fields.dropFirst() {
      let parts = field.split(separator: "=", maxSplits: 1)
      if parts.count == 2, let value = Double(parts[1]) { values[String(parts[0])] = value }
    }
    guard let confidence = values["confidence"] else { return nil }
    return (
      document,
      DocumentVerdict(
        kind: kind, confidence: confidence, alignedShare: values["aligned-share"] ?? 0,
        lexicalRatio: values["lexical-ratio"] ?? 0)
    )
  }

  func characters(_ text: String, parser: XMLStreamParser) {
    if collecting && codeDepth == 0 { buffer += text }
  }

  private func fail(_ message: String, parser: XMLStreamParser) {
    guard failure == nil else { return }
    failure = .malformed(
      path: path, line: parser.line, column: parser.column, message: message)
    parser.stop()
  }

  private func finish(_ unit: TranslationUnit, parser: XMLStreamParser) {
    guard failure == nil else { return }
    var score = 1.0
    if let text = unit.props["x-score"] {
      guard let value = ScoreText.parse(text) else {
        return fail("x-score \"\(text)\" is not \(ScoreText.expectation)", parser: parser)
      }
      score = value
    }
    var index = beads.count
    if let text = unit.props["x-bead"] {
      guard let value = Int(text.trimmingSpaces), value >= 0 else {
        return fail("x-bead \"\(text)\" is not a bead index", parser: parser)
      }
      index = value
    }
    var givenSourceIDs: Range<Int>?
    if let text = unit.props["x-source-ids"] {
      guard let parsed = Self.parseRange(text, next: nextSource) else {
        return fail(
          "x-source-ids \"\(text)\" is not a list of consecutive ids like [3, 4]", parser: parser)
      }
      givenSourceIDs = parsed
    }
    var givenTargetIDs: Range<Int>?
    if let text = unit.props["x-target-ids"] {
      guard let parsed = Self.parseRange(text, next: nextTarget) else {
        return fail(
          "x-target-ids \"\(text)\" is not a list of consecutive ids like [3, 4]", parser: parser)
      }
      givenTargetIDs = parsed
    }
    guard !unit.variants.isEmpty else {
      if skipped == 0 { firstSkippedLine = unit.line }
      skipped += 1
      return
    }
    if sourceWanted == nil {
      sourceWanted = requestedSource ?? headerSource ?? unit.variants[0].language
    }
    let sourceWanted = sourceWanted ?? ""
    let sourceIndex = Self.best(sourceWanted, in: unit.variants)
    if targetWanted == nil {
      targetWanted =
        requestedTarget
        ?? unit.variants.first { Self.rank($0.language, sourceWanted) == 0 }?.language
    }
    let targetIndex = targetWanted.flatMap {
      Self.best($0, in: unit.variants, excluding: sourceIndex)
    }
    if sourceIndex != nil { sourceFound = true }
    if targetIndex != nil { targetFound = true }
    guard let sourceIndex, let targetIndex else {
      if skipped == 0 { firstSkippedLine = unit.line }
      skipped += 1
      return
    }
    if unit.variants.count > 2 {
      if trimmed == 0 { firstTrimmedLine = unit.line }
      trimmed += 1
    }
    if sourceLanguage == nil { sourceLanguage = unit.variants[sourceIndex].language }
    if targetLanguage == nil { targetLanguage = unit.variants[targetIndex].language }
    let sourceText = unit.variants[sourceIndex].text
    let targetText = unit.variants[targetIndex].text

    let sourceIDs =
      givenSourceIDs ?? nextSource..<(nextSource + (sourceText.isEmpty ? 0 : 1))
    let targetIDs =
      givenTargetIDs ?? nextTarget..<(nextTarget + (targetText.isEmpty ? 0 : 1))
    nextSource = sourceIDs.upperBound
    nextTarget = targetIDs.upperBound
    beads.append(
      AlignedBead(
        document: unit.props["x-document"] ?? "", index: index, sourceIDs: sourceIDs,
        targetIDs: targetIDs,
        score: score, source: sourceText.isEmpty ? [] : [AlignedSentence(text: sourceText)],
        target: targetText.isEmpty ? [] : [AlignedSentence(text: targetText)]))
  }

  /// The index of the variant that matches `wanted` best (see ``rank(_:_:)``; the first of
  /// equals), leaving out the one at `excluded`; nil if none matches.
  static func best(
    _ wanted: String, in variants: [(language: String, text: String)],
    excluding excluded: Int? = nil
  ) -> Int? {
    var best: (index: Int, rank: Int)?
    for (index, variant) in variants.enumerated() where index != excluded {
      let rank = rank(variant.language, wanted)
      if rank > 0 && rank > (best?.rank ?? 0) { best = (index, rank) }
    }
    return best?.index
  }

  /// How well a `<tuv>` language matches a wanted one (``LanguageTag``), 0 for not at all:
  /// 3 for the same tag (ignoring case and `-`/`_`); 2 when they differ only by a script or
  /// region one of them leaves out (`en` and `en-GB`); 1 for the same language with another
  /// script or region (`en-US` for `en-GB`). Codes that are not language tags match (3) when
  /// equal ignoring case.
  static func rank(_ language: String, _ wanted: String) -> Int {
    if language.lowercased() == wanted.lowercased() { return 3 }
    guard let have = try? LanguageTag(language), let want = try? LanguageTag(wanted),
      have.primaryLanguage == want.primaryLanguage
    else { return 0 }
    if have.script == want.script && have.region == want.region { return 3 }
    func compatible(_ a: String?, _ b: String?) -> Bool { a == nil || b == nil || a == b }
    return compatible(have.script, want.script) && compatible(have.region, want.region) ? 2 : 1
  }

  /// Parses ids such as `[3, 4]` into a range; `[]` is the empty range at `next`.
  private static func parseRange(_ text: String, next: Int) -> Range<Int>? {
    guard let link = BeadsFormat.parseLine(Substring(text + ":[]")) else { return nil }
    let ids = link.source
    guard let first = ids.first else { return next..<next }
    guard ids.enumerated().allSatisfy({ $0.element == first + $0.offset }) else { return nil }
    return first..<(first + ids.count)
  }
}
