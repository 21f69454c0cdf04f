import BitextTestSupport
import BitextText
import Foundation
import Testing

@testable import BitextCorpus

@Suite struct TMXReaderTests {
  func read(_ xml: String, source: String? = nil, target: String? = nil) throws(CorpusError)
    -> AlignedCorpus
  {
    try CorpusReader(options: .init(sourceLanguage: source, targetLanguage: target))
      .decode(Data(xml.utf8), format: .tmx, path: "in.tmx")
  }

  static let foreign = """
    <?xml version="1.0" encoding="UTF-8"?>
    <tmx version="1.4"><header creationtool="X" creationtoolversion="1" datatype="plaintext"
      segtype="sentence" adminlang="en" srclang="en-US" o-tmf="x"/>
    <body>
    <tu><tuv xml:lang="de-DE"><seg>Hallo <bpt i="1">&lt;b&gt;</bpt>Welt<ept i="1">&lt;/b&gt;</ept></seg></tuv>
        <tuv xml:lang="en-US"><seg><![CDATA[Hello <world> & co]]></seg></tuv></tu>
    <tu><tuv xml:lang="en-US"><seg>Only English</seg></tuv></tu>
    </body></tmx>
    """

  @Test func foreignFilesPickSidesByLanguageAndDropInlineCodes() throws {
    let report = try CorpusReader().decodeReport(
      Data(Self.foreign.utf8), format: .tmx, path: "in.tmx")
    let corpus = report.corpus
    #expect(corpus.sourceLanguage == "en-US")
    #expect(corpus.targetLanguage == "de-DE")
    #expect(corpus.beads.map(\.sourceText) == ["Hello <world> & co"])
    #expect(corpus.beads.map(\.targetText) == ["Hallo Welt"])
    #expect(corpus.beads.map(\.sourceIDs) == [0..<1])
    #expect(corpus.beads.map(\.targetIDs) == [0..<1])
    // The English-only unit is skipped and counted, not read with an empty side.
    #expect(
      report.warnings == [
        "in.tmx: skipped 1 unit(s) without a <tuv> in both en-US and de-DE (the first at line 7)"
      ])
  }

  @Test func requestedLanguagesSwapTheSides() throws {
    let corpus = try read(Self.foreign, source: "de", target: "en")
    #expect(corpus.beads.map(\.sourceText) == ["Hallo Welt"])
    #expect(corpus.beads.map(\.targetText) == ["Hello <world> & co"])
  }

  @Test func malformedXMLNamesLineAndColumn() {
    let xml =
      "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\">\n<body>\n<tu><tuv xml:lang=\"en\"><seg>x</tuv>\n</body></tmx>\n"
    #expect {
      try read(xml)
    } throws: { error in
      guard case .malformed(let path, let line, let column?, let message) = error as? CorpusError
      else { return false }
      return path == "in.tmx" && line == 4 && column > 1 && message.contains("XML error")
    }
  }

  @Test func entityDeclarationsAreRefused() {
    let xml = """
      <?xml version="1.0"?>
      <!-- a comment with <!ENTITY inside is fine -->
      <!DOCTYPE tmx [
        <!ENTITY lol "lol">
        <!ENTITY lol2 "&lol;&lol;&lol;">
      ]>
      <tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&lol2;</seg></tuv></tu></body></tmx>
      """
    #expect(
      throws: CorpusError.malformed(
        path: "in.tmx", line: 4, column: 3,
        message: "the document type declares entities; Bitext refuses to expand them")
    ) { try read(xml) }
  }

  @Test func externalEntitiesAreNeverFetched() throws {
    let directory = try TestFiles.temporaryDirectory()
    let dtd = directory.appendingPathComponent("evil.dtd")
    try Data("<!ENTITY secret \"LEAKED\">".utf8).write(to: dtd)
    let xml = """
      <?xml version="1.0"?>
      <!DOCTYPE tmx SYSTEM "\(dtd.absoluteString)">
      <tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>a &secret; b</seg></tuv></tu></body></tmx>
      """
    // The DTD is not loaded, so the entity is undeclared: an error, and never "LEAKED".
    #expect {
      try read(xml)
    } throws: { error in
      guard case .malformed(_, let line, _, let message) = error as? CorpusError else {
        return false
      }
      return line == 3 && message.contains("undeclared entity")
    }
  }

  @Test func aPlainDoctypeIsAcceptedWithoutLoading() throws {
    let xml = """
      <?xml version="1.0"?>
      <!DOCTYPE tmx SYSTEM "does-not-exist.dtd">
      <tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="fr"><seg>b</seg></tuv></tu></body></tmx>
      """
    let corpus = try read(xml)
    #expect(corpus.beads.map(\.targetText) == ["b"])
  }

  @Test func badBitextPropsAreErrors() {
    let xml = """
      <tmx version="1.4"><header srclang="en"/><body>
      <tu><prop type="x-source-ids">[3, 5]</prop><tuv xml:lang="en"><seg>a</seg></tuv></tu>
      </body></tmx>
      """
    #expect {
      try read(xml)
    } throws: { error in
      guard case .malformed(_, 2, _, let message) = error as? CorpusError else { return false }
      return message.contains("x-source-ids")
    }
  }

  @Test func invalidUTF8NamesTheByteOffset() {
    var bytes = Array("<tmx version=\"1.4\"><body>".utf8)
    bytes += [0xC3, 0x28]
    #expect(
      throws: CorpusError.file(
        FileError(path: "in.tmx", .notText(.invalidUTF8(offset: 25), line: 1)))
    ) {
      try CorpusReader().decode(Data(bytes), format: .tmx, path: "in.tmx")
    }
  }

  @Test func notTMXIsAnError() {
    #expect(throws: CorpusError.self) { try read("<html><body/></html>") }
    #expect(throws: CorpusError.self) { try read("") }
  }

  @Test func sidesAreChosenWithTheLanguageTagRules() throws {
    let tmx = """
      <tmx version="1.4"><header srclang="en-GB"/><body>
      <tu><tuv xml:lang="EN-gb"><seg>Hello.</seg></tuv><tuv xml:lang="fr_CA"><seg>Allô.</seg></tuv></tu>
      </body></tmx>
      """
    func read(_ source: String, _ target: String?) throws -> AlignedCorpus {
      try CorpusReader(options: .init(sourceLanguage: source, targetLanguage: target))
        .decode(Data(tmx.utf8), format: .tmx, path: "in.tmx")
    }
    #expect(try read("fra", "en").beads[0].sourceText == "Allô.")
    #expect(try read("fr-CA", nil).beads[0].targetText == "Hello.")
    #expect(try read("en", "fr").beads[0].sourceText == "Hello.")
    // en-US is not in the file: the nearest English, en-GB, is the source.
    #expect(try read("en-US", "fr").beads[0].sourceText == "Hello.")
  }

  func report(_ xml: String, source: String? = nil, target: String? = nil) throws(CorpusError)
    -> CorpusReadReport
  {
    try CorpusReader(options: .init(sourceLanguage: source, targetLanguage: target))
      .decodeReport(Data(xml.utf8), format: .tmx, path: "in.tmx")
  }

  /// A TMX body around units, one per line from line 2.
  func tmx(_ units: String...) -> String {
    "<tmx version=\"1.4\"><header srclang=\"*all*\"/><body>\n" + units.joined(separator: "\n")
      + "\n</body></tmx>\n"
  }

  /// Valid XML that made the platform's XML parser read a null pointer (found by fuzzing).
  @Test(arguments: ["<?xml?>", "<?pi?>", "<?xml version=\"1.0\"?><?pi?>"])
  func instructionsWithoutDataAreReadSafely(prolog: String) {
    let xml =
      prolog + "<tmx version=\"1.4\"><header srclang=\"fr\"/><body><?x?>\n"
      + "<tu><tuv xml:lang=\"fr\"><seg>Un<![CDATA[<?y?>]]></seg></tuv>"
      + "<tuv xml:lang=\"en\"><seg>One</seg></tuv></tu></body></tmx>\n"
    // `<?xml?>` lacks the version XML requires: an error in words; the others read.
    do {
      let corpus = try read(xml)
      #expect(prolog != "<?xml?>")
      #expect(corpus.beads.map(\.sourceText) == ["Un<?y?>"])
    } catch {
      #expect(prolog == "<?xml?>")
      #expect("\(error)".hasPrefix("in.tmx:1:"))
    }
  }

  /// A malformed XML declaration libxml2 recovers from, then an instruction without data (the
  /// second fuzzing campaign's crash): an error in words, no crash.
  @Test func aRecoveredDeclarationBeforeAnInstructionWithoutDataIsAnError() {
    let xml = "<?xml version=\"2<!--ion=\"1.4\"><body><?pi?></body></tmx>"
    #expect {
      try read(xml)
    } throws: { error in
      guard case .malformed("in.tmx", 1, _, let message) = error as? CorpusError else {
        return false
      }
      return !message.hasPrefix("malformed XML")
    }
  }

  @Test func theTMX11LangAttributeNamesTheLanguage() throws {
    let xml = tmx(
      "<tu><tuv lang=\"EN\"><seg>Hello</seg></tuv><tuv lang=\"FR\"><seg>Bonjour</seg></tuv></tu>")
    let corpus = try read(xml, source: "fr", target: "en")
    #expect(corpus.beads.map(\.sourceText) == ["Bonjour"])
    #expect(corpus.beads.map(\.targetText) == ["Hello"])
  }

  @Test func aTuvWithoutALanguageIsAnError() {
    let xml = tmx(
      "<tu><tuv xml:lang=\"en\"><seg>Hello</seg></tuv><tuv xml:lang=\"fr\"><seg>Bonjour</seg></tuv></tu>",
      "<tu><tuv><seg>Hello</seg></tuv><tuv><seg>Bonjour</seg></tuv></tu>")
    #expect {
      try read(xml, source: "en", target: "fr")
    } throws: { error in
      guard case .malformed("in.tmx", 3, _?, let message) = error as? CorpusError else {
        return false
      }
      return message.contains("without xml:lang")
    }
  }

  @Test func requestedLanguagesInNoTuvAreAnErrorListingTheFilesLanguages() {
    let xml = tmx(
      "<tu><tuv xml:lang=\"en-GB\"><seg>Hello</seg></tuv><tuv xml:lang=\"fr\"><seg>Bonjour</seg></tuv></tu>"
    )
    #expect(
      throws: CorpusError.malformed(
        path: "in.tmx", line: 2, column: nil,
        message: "no <tuv> is in the source language de (requested); the <tuv>s are in: en-GB, fr")
    ) { try read(xml, source: "de", target: "fr") }
    #expect(
      throws: CorpusError.malformed(
        path: "in.tmx", line: 2, column: nil,
        message: "no <tuv> is in the target language es (requested); the <tuv>s are in: en-GB, fr")
    ) { try read(xml, source: "en", target: "es") }
  }

  @Test func aHeaderSourceLanguageInNoTuvIsAnError() {
    let xml = """
      <tmx version="1.4"><header srclang="de"/><body>
      <tu><tuv xml:lang="en"><seg>Hello</seg></tuv><tuv xml:lang="fr"><seg>Bonjour</seg></tuv></tu>
      </body></tmx>
      """
    #expect {
      try read(xml)
    } throws: { error in
      guard case .malformed(_, 2, nil, let message) = error as? CorpusError else { return false }
      return message.contains("source language de (header's srclang)")
    }
  }

  @Test func aFileInOneLanguageIsAnError() {
    let xml = tmx("<tu><tuv xml:lang=\"en\"><seg>Hello</seg></tuv></tu>")
    #expect {
      try read(xml)
    } throws: { error in
      guard case .malformed(_, 2, nil, let message) = error as? CorpusError else { return false }
      return message.contains("no <tuv> is in a language other than the source's (en)")
    }
  }

  @Test func languagesMatchAsBCP47PreferringTheClosestRegion() throws {
    let xml = tmx(
      """
      <tu><tuv xml:lang="en-US"><seg>color</seg></tuv><tuv xml:lang="en-GB"><seg>colour</seg></tuv>\
      <tuv xml:lang="fr"><seg>couleur</seg></tuv></tu>
      """,
      """
      <tu><tuv xml:lang="EN"><seg>plain</seg></tuv><tuv xml:lang="en-US"><seg>US</seg></tuv>\
      <tuv xml:lang="fr"><seg>simple</seg></tuv></tu>
      """,
      """
      <tu><tuv xml:lang="en_US"><seg>only US</seg></tuv><tuv xml:lang="fr-FR"><seg>seulement</seg></tuv></tu>
      """)
    // en-GB: exact, else en, else another English.
    #expect(
      try read(xml, source: "en-GB", target: "fr").beads.map(\.sourceText) == [
        "colour", "plain", "only US",
      ])
    // en: exact, else the first English.
    #expect(
      try read(xml, source: "en", target: "fr").beads.map(\.sourceText) == [
        "color", "plain", "only US",
      ])
    #expect(
      try read(xml, source: "en-us", target: "fr").beads.map(\.sourceText) == [
        "color", "US", "only US",
      ])
    #expect(
      try read(xml, source: "en", target: "fr").beads.map(\.targetText) == [
        "couleur", "simple", "seulement",
      ])
  }

  @Test func extraAndMissingVariantsAreCountedNotDropped() throws {
    let xml = tmx(
      "<tu><tuv xml:lang=\"fr\"><seg>un</seg></tuv><tuv xml:lang=\"en\"><seg>one</seg></tuv></tu>",
      "<tu><tuv xml:lang=\"de\"><seg>zwei</seg></tuv><tuv xml:lang=\"en\"><seg>two</seg></tuv><tuv xml:lang=\"fr\"><seg>deux</seg></tuv></tu>",
      "<tu><tuv xml:lang=\"fr\"><seg>trois</seg></tuv><tuv xml:lang=\"fr\"><seg>trois bis</seg></tuv></tu>",
      "<tu><tuv xml:lang=\"fr\"><seg>quatre</seg></tuv><tuv xml:lang=\"fr\"><seg>4</seg></tuv><tuv xml:lang=\"en\"><seg>four</seg></tuv></tu>",
      "<tu><tuv xml:lang=\"en\"><seg>five</seg></tuv></tu>",
      "<tu></tu>")
    let report = try report(xml, source: "fr", target: "en")
    #expect(report.corpus.beads.map(\.sourceText) == ["un", "deux", "quatre"])
    #expect(report.corpus.beads.map(\.targetText) == ["one", "two", "four"])
    #expect(
      report.warnings == [
        "in.tmx: skipped 3 unit(s) without a <tuv> in both fr and en (the first at line 4)",
        "in.tmx: 2 unit(s) had more than two <tuv>s; kept the ones in fr and en (the first at line 3)",
      ])
  }

  @Test func twoVariantsOfTheSameLanguageAreNotBothSides() throws {
    let xml = tmx(
      "<tu><tuv xml:lang=\"fr\"><seg>un</seg></tuv><tuv xml:lang=\"en\"><seg>one</seg></tuv></tu>",
      "<tu><tuv xml:lang=\"en\"><seg>two</seg></tuv><tuv xml:lang=\"en\"><seg>deux</seg></tuv></tu>"
    )
    let report = try report(xml, source: "fr", target: "en")
    #expect(report.corpus.beads.map(\.targetText) == ["one"])
    #expect(report.warnings.count == 1)
  }

  @Test func bitextsEmptySidesStayEmptySides() throws {
    let xml = tmx(
      "<tu><tuv xml:lang=\"fr\"><seg>un</seg></tuv><tuv xml:lang=\"en\"><seg></seg></tuv></tu>")
    let report = try report(xml, source: "fr", target: "en")
    #expect(report.corpus.beads.map(\.target) == [[]])
    #expect(report.warnings.isEmpty)
  }

  @Test func aFileCutShortIsNamedAsSuch() {
    let xml = tmx(
      "<tu><tuv xml:lang=\"fr\"><seg>un</seg></tuv><tuv xml:lang=\"en\"><seg>one</seg></tuv></tu>"
    ).replacingOccurrences(of: "</body></tmx>\n", with: "")
    #expect {
      try read(xml)
    } throws: { error in
      guard case .malformed(_, _, _, let message) = error as? CorpusError else { return false }
      return message.contains("the document ends before </tmx>")
    }
    #expect {
      try read(tmx() + "<tmx/>")
    } throws: { error in
      guard case .malformed(_, _, _, let message) = error as? CorpusError else { return false }
      return message.contains("extra content at the end")
    }
  }
}
