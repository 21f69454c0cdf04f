import BitextText
import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads TMX (1.1–1.4b) with a streaming SAX parser (`XMLParser`).
///
/// Safety: external entities and DTDs are never loaded (`shouldResolveExternalEntities` is
/// false), and a document whose `<!DOCTYPE` declares entities is refused before parsing, so no
/// entity is ever expanded or fetched. A plain `<!DOCTYPE tmx SYSTEM "tmx14.dtd">` is accepted
/// (and not loaded).
///
/// Sides: the source is the `<tuv>` whose `xml:lang` matches the requested source language, or
/// else the header's `srclang` (case-insensitive, `en` also matching `en-GB`), or else the first
/// `<tuv>`; the target is the first `<tuv>` in another language (or the requested one). A side a
/// `<tu>` lacks is empty. Text inside inline codes (`bpt`, `ept`, `ph`, `it`, `ut`) is dropped;
/// text inside `hi` is kept. The props Bitext writes (`x-document`, `x-bead`, `x-score`,
/// `x-source-ids`, `x-target-ids`) are read back; without them ids are counted through the file.
struct TMXReader {
  /// The path named in errors.
  var path: String

  func read(_ data: Data, sourceLanguage: String?, targetLanguage: String?) throws(CorpusError)
    -> AlignedCorpus
  {
    let text = try CorpusReader.text(data, path: path)
    if let (line, column) = TMXPrologScanner.entityDeclaration(in: text) {
      throw .malformed(
        path: path, line: line, column: column,
        message: "the document type declares entities; Bitext refuses to expand them")
    }
    let parser = XMLParser(data: data)
    parser.shouldResolveExternalEntities = false
    parser.shouldProcessNamespaces = false
    let handler = TMXParserHandler(
      path: path, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    parser.delegate = handler
    _ = parser.parse()
    if let failure = handler.failure { throw failure }
    if let error = parser.parserError, handler.failure == nil {
      let code = (error as NSError).code
      throw .malformed(
        path: path, line: parser.lineNumber, column: parser.columnNumber,
        message: XMLErrorText.describe(code: code))
    }
    guard handler.sawRoot else {
      throw .malformed(
        path: path, line: 1, column: 1, message: "not a TMX document (no <tmx> element)")
    }
    return handler.corpus()
  }
}

/// The parts of a `<tu>` being read.
private struct TranslationUnit {
  var props: [String: String] = [:]
  var variants: [(language: String, text: String)] = []
}

/// The SAX delegate: collects translation units and the first error.
private final class TMXParserHandler: NSObject, XMLParserDelegate {
  let path: String
  let requestedSource: String?
  let requestedTarget: String?
  var failure: CorpusError?
  var sawRoot = false
  private var headerSource: String?
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

  init(path: String, sourceLanguage: String?, targetLanguage: String?) {
    self.path = path
    self.requestedSource = sourceLanguage
    self.requestedTarget = targetLanguage
  }

  func corpus() -> AlignedCorpus {
    AlignedCorpus(
      sourceLanguage: sourceLanguage ?? requestedSource ?? "und",
      targetLanguage: targetLanguage ?? requestedTarget ?? "und", beads: beads)
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    switch elementName {
    case "tmx":
      sawRoot = true
    case "header":
      if let language = attributes["srclang"], language != "*all*" { headerSource = language }
    case "tu":
      unit = TranslationUnit()
    case "prop":
      if unit != nil {
        propType = attributes["type"] ?? ""
        buffer = ""
        collecting = true
      }
    case "tuv":
      variantLanguage = attributes["xml:lang"] ?? attributes["lang"] ?? ""
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

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName: String?
  ) {
    switch elementName {
    case "prop":
      if let type = propType, unit != nil, unit?.props[type] == nil { unit?.props[type] = buffer }
      propType = nil
      collecting = false
    case "seg":
      if let language = variantLanguage { unit?.variants.append((language, buffer)) }
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

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if collecting && codeDepth == 0 { buffer += string }
  }

  func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
    if collecting && codeDepth == 0 { buffer += String(decoding: CDATABlock, as: UTF8.self) }
  }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
    guard failure == nil else { return }
    failure = .malformed(
      path: path, line: parser.lineNumber, column: parser.columnNumber,
      message: XMLErrorText.describe(code: (parseError as NSError).code))
  }

  private func fail(_ message: String, parser: XMLParser) {
    guard failure == nil else { return }
    failure = .malformed(
      path: path, line: parser.lineNumber, column: parser.columnNumber, message: message)
    parser.abortParsing()
  }

  private func finish(_ unit: TranslationUnit, parser: XMLParser) {
    if sourceLanguage == nil {
      let wanted = requestedSource ?? headerSource
      sourceLanguage =
        wanted.flatMap { wanted in
          unit.variants.first { Self.matches($0.language, wanted) }?.language
        }
        ?? wanted ?? unit.variants.first?.language
    }
    let source = sourceLanguage ?? ""
    if targetLanguage == nil {
      if let wanted = requestedTarget {
        targetLanguage =
          unit.variants.first { Self.matches($0.language, wanted) }?.language ?? wanted
      } else {
        targetLanguage = unit.variants.first { !Self.matches($0.language, source) }?.language
      }
    }
    let target = targetLanguage ?? ""
    let sourceText = unit.variants.first { Self.matches($0.language, source) }?.text ?? ""
    let targetText =
      unit.variants.first {
        Self.matches($0.language, target) && !Self.matches($0.language, source)
      }?.text ?? ""

    var score = 1.0
    if let text = unit.props["x-score"] {
      guard let value = ScoreText.parse(text) else {
        return fail("x-score \"\(text)\" is not a number", parser: parser)
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
    var sourceIDs = nextSource..<(nextSource + (sourceText.isEmpty ? 0 : 1))
    var targetIDs = nextTarget..<(nextTarget + (targetText.isEmpty ? 0 : 1))
    if let text = unit.props["x-source-ids"] {
      guard let parsed = Self.parseRange(text, next: nextSource) else {
        return fail(
          "x-source-ids \"\(text)\" is not a list of consecutive ids like [3, 4]", parser: parser)
      }
      sourceIDs = parsed
    }
    if let text = unit.props["x-target-ids"] {
      guard let parsed = Self.parseRange(text, next: nextTarget) else {
        return fail(
          "x-target-ids \"\(text)\" is not a list of consecutive ids like [3, 4]", parser: parser)
      }
      targetIDs = parsed
    }
    nextSource = sourceIDs.upperBound
    nextTarget = targetIDs.upperBound
    beads.append(
      AlignedBead(
        document: unit.props["x-document"] ?? "", index: index, sourceIDs: sourceIDs,
        targetIDs: targetIDs,
        score: score, source: sourceText.isEmpty ? [] : [AlignedSentence(text: sourceText)],
        target: targetText.isEmpty ? [] : [AlignedSentence(text: targetText)]))
  }

  /// Whether a `<tuv>` language matches a wanted one (``LanguageTag``): the same language, and
  /// the same script and region where the wanted code names them (`en` and `eng` match `en-GB`;
  /// `en-US` does not). Codes that are not language tags match when equal ignoring case.
  static func matches(_ language: String, _ wanted: String) -> Bool {
    if language.lowercased() == wanted.lowercased() { return true }
    guard let have = try? LanguageTag(language), let want = try? LanguageTag(wanted) else {
      return false
    }
    return have.primaryLanguage == want.primaryLanguage
      && (want.script == nil || want.script == have.script)
      && (want.region == nil || want.region == have.region)
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
