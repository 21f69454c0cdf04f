import BitextText
import Testing

@testable import BitextDocument

@Suite struct HTMLReaderTests {
  /// The blocks of `html` (UTF-8), read directly.
  func read(_ html: String, keepsBoilerplate: Bool = false) throws(FileError) -> [DocumentBlock] {
    try HTMLReader.blocks(
      Array(html.utf8), path: "t.html",
      options: DocumentReadOptions(format: .html, keepsBoilerplate: keepsBoilerplate))
  }

  /// Each block as `kind|text`.
  func summary(_ html: String, keepsBoilerplate: Bool = false) throws -> [String] {
    try read(html, keepsBoilerplate: keepsBoilerplate).map { "\($0.kind.name)|\($0.text)" }
  }

  @Test func blockElementsGiveTheirKinds() throws {
    let html = """
      <p>Para</p><ul><li>Item</li></ul><ol><li>Second</li></ol>
      <table><caption>Cap</caption><tr><th>Head</th><td>Cell</td></tr></table>
      <blockquote>Quoted</blockquote><figure><img src=x><figcaption>Fig</figcaption></figure>
      <dl><dt>Term</dt><dd>Definition</dd></dl>
      <section>In section</section><article>In article</article><div>In div</div>
      """
    #expect(
      try summary(html) == [
        "p|Para", "li|Item", "li|Second", "caption|Cap", "td|Head", "td|Cell", "quote|Quoted",
        "caption|Fig", "p|Term", "p|Definition", "p|In section", "p|In article", "p|In div",
      ])
  }

  @Test func headingsHaveTheirLevels() throws {
    let html = (1...6).map { "<h\($0)>Level \($0)</h\($0)>" }.joined()
    let blocks = try read(html)
    #expect(blocks.map(\.kind) == (1...6).map { BlockKind.heading(level: $0) })
    #expect(blocks.map(\.text) == (1...6).map { "Level \($0)" })
  }

  @Test func textOfADivOutsideNestedBlocksIsParagraphs() throws {
    let html = "<div>Before <em>this</em> <p>Inner</p> after<section><li>x</li></section></div>"
    #expect(try summary(html) == ["p|Before this", "p|Inner", "p|after", "li|x"])
  }

  @Test func scriptsStylesTemplatesAndCommentsAreNeverRead() throws {
    let html = """
      <html><head><style>p { color: red }</style><script>var s = "<p>no</p>";</script></head>
      <body><p>One<!-- a comment --> two<?php echo 1 ?></p><noscript>Enable</noscript>
      <template><p>Template</p></template><svg><text>Drawn</text></svg>
      <math><mi>x</mi></math><script type="module">import x from "y"</script><p>End</p></body></html>
      """
    #expect(try summary(html) == ["p|One two", "p|End"])
  }

  @Test func entitiesAndCharacterReferencesAreDecoded() throws {
    let blocks = try read(
      "<p>&eacute;t&eacute; &#x27;quoted&#39; &amp; &lt;tag&gt; a&nbsp;b &#8364;</p>")
    #expect(blocks.map(\.text) == ["été 'quoted' & <tag> a\u{A0}b €"])
  }

  @Test func boilerplateIsSkippedUnlessKept() throws {
    let html = """
      <html><head><title>Page title</title></head><body>
      <header>Site</header><nav><a href="/">Home</a></nav><main><p>Content</p></main>
      <aside>Related</aside><footer>Copyright</footer></body></html>
      """
    #expect(try summary(html) == ["p|Content"])
    #expect(
      try summary(html, keepsBoilerplate: true) == [
        "h1|Page title", "p|Site", "p|Home", "p|Content", "p|Related", "p|Copyright",
      ])
  }

  @Test func aLineBreakEndsABlockOfTheSameKind() throws {
    let blocks = try read("<ul><li>First line<br>Second <b>line</b><br/><br>Third</li></ul>")
    #expect(blocks.map(\.text) == ["First line", "Second line", "Third"])
    #expect(blocks.allSatisfy { $0.kind == .listItem && $0.location == "/html/body/ul[1]/li[1]" })
  }

  @Test func preformattedTextKeepsItsLines() throws {
    let html = "<pre>\n  let x = 1\r\n\n    <b>return</b>  x<br>end\n</pre><p>  a \n\t b  </p>"
    let blocks = try read(html)
    #expect(blocks.map(\.kind) == [.preformatted, .paragraph])
    #expect(blocks.map(\.text) == ["  let x = 1\n\n    return  x\nend", "a b"])
  }

  @Test func aBlockInsidePreIsCollapsedAndPreResumesAfterIt() throws {
    let html = "<pre> a  b\n<h1>z <br> w\n x</h1>\n c  d </pre>"
    #expect(try summary(html) == ["pre| a  b", "h1|z", "h1|w x", "pre| c  d"])
  }

  @Test func whiteSpaceIsCollapsedAndSoftHyphensRemoved() throws {
    let html =
      "<p>\n  Several \t spaces\n\nand <i> lines </i> ,in&shy;vis\u{AD}ible &shy; hy&shy;phens </p><p> &nbsp; </p><td>\n</td>"
    #expect(try summary(html) == ["p|Several spaces and lines ,invisible hyphens"])
  }

  @Test func inlineElementsJoinWithoutBreaks() throws {
    let html =
      "<p>A <a href=x>link</a>, <span>span</span>, H<sub>2</sub>O, x<sup>2</sup>, <my-tag>own</my-tag>.</p>"
    #expect(try summary(html) == ["p|A link, span, H2O, x2, own."])
  }

  @Test func locationsArePathsWithIndexesAmongSameNamedSiblings() throws {
    let html = """
      <html><body><div><p>a</p></div><div><p>b</p><h2>c</h2><p>d</p><p>e</p></div>
      <table><tr><td>f</td><td>g</td></tr><tr><td>h</td></tr></table></body></html>
      """
    #expect(
      try read(html).map(\.location) == [
        "/html/body/div[1]/p[1]", "/html/body/div[2]/p[1]", "/html/body/div[2]/h2[1]",
        "/html/body/div[2]/p[2]", "/html/body/div[2]/p[3]", "/html/body/table[1]/tr[1]/td[1]",
        "/html/body/table[1]/tr[1]/td[2]", "/html/body/table[1]/tr[2]/td[1]",
      ])
  }

  @Test func aFragmentGetsTheImpliedHTMLAndBody() throws {
    #expect(try read("<p>x</p>").map(\.location) == ["/html/body/p[1]"])
  }

  @Test(arguments: ["div", "b", "span", "section"])
  func deepNestingIsAnErrorNamingTheDepth(element: String) {
    let html =
      String(repeating: "<\(element)>", count: 100_000) + "x"
      + String(repeating: "</\(element)>", count: 100_000)
    #expect(
      throws: FileError(
        path: "t.html",
        .malformed(
          location: "line 1",
          reason: "elements are nested more than \(HTMLReader.maximumDepth) deep"))
    ) { try read(html) }
  }

  @Test func nestingUpToTheLimitIsRead() throws {
    let depth = HTMLReader.maximumDepth - 3  // html, body and the p
    let html = "<p>" + String(repeating: "<b>", count: depth) + "deep" + "</b>"
    #expect(try summary(html) == ["p|deep"])
  }

  @Test func aMetaCharsetDoesNotMakeLibxml2DecodeAgain() throws {
    let html = """
      <html><head><meta charset="windows-1252"><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head>
      <body><p>Été — “ok” 日本</p></body></html>
      """
    #expect(try summary(html) == ["p|Été — “ok” 日本"])
  }

  @Test func xhtmlIsReadThroughTheHTMLParser() throws {
    let xhtml = """
      <?xml version="1.0" encoding="ISO-8859-1"?>
      <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
      <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr"><head><title>T</title></head>
      <body><h1>Été</h1><p>Un<br/>deux</p></body></html>
      """
    let blocks = try read(xhtml)
    #expect(blocks.map { "\($0.kind.name)|\($0.text)" } == ["h1|Été", "p|Un", "p|deux"])
    #expect(blocks.first?.location == "/html/body/h1[1]")
  }

  @Test func aDoctypesInternalSubsetIsNeitherReadNorUsed() throws {
    let page = """
      <!DOCTYPE html [
        <!ENTITY secret "SEC>RET">
      ]>
      <html><body><p>A &secret; here.</p>
      <p>Second</p></body></html>
      """
    #expect(try summary(page) == ["p|A &secret; here.", "p|Second"])
    // Lines still count: the second paragraph is on line 5.
    var bytes = Array(page.utf8)
    HTMLReader.blankInternalSubset(&bytes)
    #expect(bytes.filter { $0 == 0x0A }.count == page.utf8.filter { $0 == 0x0A }.count)
    // An unterminated subset is left to the parser: nothing is blanked.
    var open = Array("<!DOCTYPE html [ <p>x</p>".utf8)
    HTMLReader.blankInternalSubset(&open)
    #expect(open == Array("<!DOCTYPE html [ <p>x</p>".utf8))
  }

  @Test func malformedHTMLStillYieldsItsText() throws {
    let html = "<p>one<p>two <b>bold <i>both</b> italic</i><div>three</span></div><table><td>four"
    #expect(try summary(html) == ["p|one", "p|two bold both italic", "p|three", "td|four"])
    #expect(try summary("plain text & < more") == ["p|plain text & < more"])
    #expect(try read("").isEmpty)
  }

  @Test func entitiesTagsAndCharactersStraddlingChunkBoundariesAreRead() throws {
    let chunk = HTMLReader.chunkSize
    // `&eacute;` straddles the first boundary, `</p>` the second, and `é` the third.
    var html = "<html><body><p>"
    let a = String(repeating: "a", count: chunk - 3 - html.utf8.count)
    html += a + "&eacute;</p><p>"
    let b = String(repeating: "b", count: 2 * chunk - 2 - html.utf8.count)
    html += b + "</p><h2 class=\"x\">Title</h2><p>"
    let c = String(repeating: "c", count: 3 * chunk - 1 - html.utf8.count)
    html += c + "é and more</p></body></html>"
    #expect(Array(html.utf8)[chunk - 3] == UInt8(ascii: "&"))
    #expect(Array(html.utf8)[2 * chunk - 2] == UInt8(ascii: "<"))
    #expect(Array(html.utf8)[3 * chunk - 1] == 0xC3)
    #expect(
      try summary(html) == ["p|\(a)é", "p|\(b)", "h2|Title", "p|\(c)é and more"])
  }

  @Test func aLargePageIsReadWhole() throws {
    var html = "<html><body>"
    for i in 0..<100_000 { html += "<p>Paragraph number \(i) with <b>some</b> text.</p>\n" }
    let blocks = try read(html + "</body></html>")
    #expect(html.utf8.count > 5_000_000)
    #expect(blocks.count == 100_000)
    #expect(blocks.last?.text == "Paragraph number 99999 with some text.")
    #expect(blocks.last?.location == "/html/body/p[100000]")
  }

  @Test func aDocumentReaderDetectsAndReadsHTML() throws {
    let page = """
      <!DOCTYPE html>
      <html><head><meta charset="utf-8"><title>Titre</title></head>
      <body><nav>Menu</nav><h1>Bonjour</h1><p>Le monde.</p></body></html>
      """
    let document = try DocumentReader().read(bytes: Array(page.utf8), path: "page.fr.txt")
    #expect(document.format == .html)
    #expect(
      document.blocks == [
        DocumentBlock(kind: .heading(level: 1), text: "Bonjour", location: "/html/body/h1[1]"),
        DocumentBlock(kind: .paragraph, text: "Le monde.", location: "/html/body/p[1]"),
      ])
    let latin1 = Array("<html><body><p>caf".utf8) + [0xE9] + Array("</p></body></html>".utf8)
    let declared = try DocumentReader(
      options: DocumentReadOptions(format: .html, encoding: "windows-1252")
    ).read(bytes: latin1, path: "page.html")
    #expect(declared.blocks.map(\.text) == ["café"])
  }
}
