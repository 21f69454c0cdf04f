import Foundation
import Testing

@Suite struct ReviewCommandTests {
  let french = """
    Le chat dort sur le canapé. Il fait beau aujourd'hui.

    Marie achète 3 pommes au marché. Le marché ferme à midi.
    """
  let english = """
    The cat is sleeping on the sofa. The weather is nice today.

    Marie buys 3 apples at the market. The market closes at noon.
    """

  /// A fresh folder holding fr.txt and en.txt.
  func texts() throws -> (folder: URL, fr: String, en: String) {
    let folder = try temporaryDirectory()
    let fr = folder.appendingPathComponent("fr.txt")
    let en = folder.appendingPathComponent("en.txt")
    try Data(french.utf8).write(to: fr)
    try Data(english.utf8).write(to: en)
    return (folder, fr.path, en.path)
  }

  /// The page data of a review page.
  func pageData(_ html: String) throws -> [String: Any] {
    let open = #"<script type="application/json" id="bitext-data">"#
    let start = try #require(html.range(of: open))
    let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
    let json = Data(html[start.upperBound..<end.lowerBound].utf8)
    return try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
  }

  func beadTexts(_ data: [String: Any]) -> [String] {
    (data["beads"] as? [[Any]] ?? []).map { bead in
      (bead[5] as? [[Any]] ?? []).compactMap { $0[2] as? String }.joined(separator: " ")
    }
  }

  @Test func alignsTwoTextsAndWritesThePage() throws {
    let (folder, fr, en) = try texts()
    let page = folder.appendingPathComponent("review.html")
    let result = try runBitext([
      "review", fr, en, "--source-lang", "fr", "--target-lang", "en", "--lexicon", "none",
      "-o", page.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("bitext review: 4 beads"))
    #expect(result.stderr.contains("wrote \(page.path)"))
    let html = try String(contentsOf: page, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<title>Bitext review: fr</title>"))
    let data = try pageData(html)
    #expect(data["source_lang"] as? String == "fr")
    #expect(beadTexts(data).first == "Le chat dort sur le canapé.")
    let documents = try #require(data["documents"] as? [[String: Any]])
    #expect(documents.map { $0["id"] as? String } == ["fr"])
    #expect(documents.first?["source_sentences"] as? Int == 4)
    // Nothing but the page is left in the folder.
    #expect(
      Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        == ["fr.txt", "en.txt", "review.html"])
  }

  @Test func writesThePageOfAnAlignedCorpus() throws {
    let (folder, fr, en) = try texts()
    let corpus = folder.appendingPathComponent("corpus.jsonl").path
    let aligned = try runBitext([
      "align", fr, en, "--source-lang", "fr", "--target-lang", "en", "--lexicon", "none",
      "--format", "jsonl", "--document", "chat", "-o", corpus,
    ])
    #expect(aligned.status == 0, "\(aligned.stderr)")
    let page = folder.appendingPathComponent("page.html").path
    let result = try runBitext([
      "review", corpus, "-o", page, "--low-score", "0.99", "--title", "Le chat",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let data = try pageData(try String(contentsOfFile: page, encoding: .utf8))
    #expect(data["title"] as? String == "Le chat")
    #expect(data["low_score"] as? Double == 0.99)
    #expect(beadTexts(data).count == 4)
    #expect((data["documents"] as? [[String: Any]])?.first?["id"] as? String == "chat")
    #expect(data["notice"] is NSNull)
    #expect(!result.stderr.contains("warning"))
  }

  @Test func readsATSVCorpusAndAFormatGivenWithFrom() throws {
    let folder = try temporaryDirectory()
    let tsv = folder.appendingPathComponent("corpus.data")
    try Data("Bonjour.\tHello.\t0.9\nMerci.\t\t0.2\n".utf8).write(to: tsv)
    let result = try runBitext(["review", tsv.path, "--from", "tsv", "-o", "-"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("2 beads, 1 flagged; wrote standard output"))
    let data = try pageData(result.stdout)
    #expect(beadTexts(data) == ["Bonjour.", "Merci."])
    #expect(data["title"] as? String == "Bitext review: \(tsv.path)")
    // TSV keeps no sentence ids: the page and a warning say so.
    #expect((data["notice"] as? String)?.contains("read from TSV") == true)
    #expect(result.stderr.contains("tsv keeps no sentence ids"))
  }

  @Test func aFolderGetsReviewHTMLAndALinkIsReplaced() throws {
    let (folder, fr, en) = try texts()
    let out = folder.appendingPathComponent("out")
    let arguments = [
      "review", fr, en, "--source-lang", "fr", "--target-lang", "en", "--lexicon", "none",
    ]
    let first = try runBitext(arguments + ["-o", out.path + "/"])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["review.html"])

    let theirs = folder.appendingPathComponent("theirs.html")
    try Data("theirs\n".utf8).write(to: theirs)
    let link = folder.appendingPathComponent("link.html")
    try FileManager.default.createSymbolicLink(
      atPath: link.path, withDestinationPath: "theirs.html")
    let second = try runBitext(arguments + ["-o", link.path])
    #expect(second.status == 0, "\(second.stderr)")
    #expect(try Data(contentsOf: theirs) == Data("theirs\n".utf8))
    #expect(try String(contentsOf: link, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
    #expect(
      (try? FileManager.default.destinationOfSymbolicLink(atPath: link.path)) == nil,
      "the link is replaced by the page")
  }

  @Test func usageErrors() throws {
    let (folder, fr, en) = try texts()
    let page = folder.appendingPathComponent("page.html").path
    let cases: [([String], String)] = [
      (["review", fr, "-o", page], "cannot tell the format of"),
      (["review", fr, "-o", page], "to align two texts, give both"),
      (["review", fr, en, en, "-o", page], "give two texts to align"),
      (["review", "-o", page], "give two texts to align"),
      (["review", fr, en, "--source-lang", "fr", "--target-lang", "en"], "--output"),
      (["review", fr, en, "--from", "tsv", "-o", page], "--from names the format of one corpus"),
      (["review", fr, en, "--target-lang", "en", "-o", page], "--source-lang"),
      (["review", fr, "--from", "beads", "-o", page], "cannot be reviewed"),
      (["review", fr, "--from", "tsv", "--low-score", "2", "-o", page], "--low-score"),
      (["review", fr, "--from", "tsv", "--anchors", fr, "-o", page], "--anchors guide"),
    ]
    for (arguments, message) in cases {
      let result = try runBitext(arguments)
      #expect(result.status == 64, "\(arguments): \(result.stderr)")
      #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
    }
    #expect(!FileManager.default.fileExists(atPath: page))
  }

  @Test func unreadableInputsAreClearErrorsAndWriteNothing() throws {
    let (folder, fr, _) = try texts()
    let page = folder.appendingPathComponent("page.html").path
    let missing = folder.appendingPathComponent("missing.jsonl").path
    let broken = folder.appendingPathComponent("broken.jsonl")
    try Data("{\"source_text\": 3}\n".utf8).write(to: broken)
    let empty = folder.appendingPathComponent("empty.tsv")
    try Data().write(to: empty)
    let blank = folder.appendingPathComponent("blank.txt")
    try Data("\n\n".utf8).write(to: blank)
    let cases: [([String], String)] = [
      (["review", missing, "-o", page], "missing.jsonl"),
      (["review", broken.path, "-o", page], "broken.jsonl:1"),
      (["review", empty.path, "-o", page], "holds no beads"),
      (
        [
          "review", blank.path, blank.path, "--source-lang", "fr", "--target-lang", "en",
          "--lexicon", "none", "-o", page,
        ], "hold no sentences"
      ),
      (
        [
          "review", fr, missing, "--source-lang", "fr", "--target-lang", "en", "--lexicon", "none",
          "-o", page,
        ], "missing.jsonl"
      ),
    ]
    for (arguments, message) in cases {
      let result = try runBitext(arguments)
      #expect(result.status == 1, "\(arguments): \(result.stderr)")
      #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
    }
    #expect(!FileManager.default.fileExists(atPath: page))
  }
}

/// The review loop, end to end under Node (skipped where Node is not installed): a page's
/// corrections, exported by its own script, re-align the texts, and the next page starts with
/// those beads checked.
@Suite struct ReviewLoopTests {
  static let node = ["/usr/bin/node", "/usr/local/bin/node", "/usr/bin/nodejs"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// The text of the element that follows `marker` in `html`, up to its `</script>`.
  func script(after marker: String, in html: String) throws -> String {
    let start = try #require(html.range(of: marker))
    let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
    return String(html[start.upperBound..<end.lowerBound])
  }

  /// Runs `body` under Node with the page's model as `M` and its data as `data`; what it prints.
  func runPageScript(_ html: String, _ body: String, in folder: URL) throws -> String {
    let data = try script(
      after: #"<script type="application/json" id="bitext-data">"#, in: html)
    let model = try script(after: "</script>\n<script>", in: html)
    let driver = folder.appendingPathComponent("driver.js")
    try Data(
      """
      const window = {};
      \(model)
      const M = window.BitextReviewModel;
      const data = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
      \(body)
      """.utf8
    ).write(to: driver)
    let dataFile = folder.appendingPathComponent("data.json")
    try Data(data.utf8).write(to: dataFile)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try #require(Self.node))
    process.arguments = [driver.path, dataFile.path]
    let output = folder.appendingPathComponent("node.out")
    _ = FileManager.default.createFile(atPath: output.path, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: output)
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    return try String(contentsOf: output, encoding: .utf8)
  }

  @Test(.enabled(if: node != nil))
  func correctionsReAlignAndComeBackChecked() throws {
    let folder = try temporaryDirectory()
    let fr = folder.appendingPathComponent("fr.txt")
    let en = folder.appendingPathComponent("en.txt")
    try Data("Un. Deux. Trois.\n\nQuatre. Cinq.".utf8).write(to: fr)
    try Data("One. Two. Three.\n\nFour. Five.".utf8).write(to: en)
    let pair = [
      fr.path, en.path, "--source-lang", "fr", "--target-lang", "en", "--lexicon", "none",
    ]
    let page = folder.appendingPathComponent("review.html")
    #expect(try runBitext(["review"] + pair + ["-o", page.path]).status == 0)

    // Merge the first two beads, leave the third sentence of each side unaligned.
    let corrections = try runPageScript(
      try String(contentsOf: page, encoding: .utf8),
      """
      const r = new M.Review(data);
      const refused = [r.merge(0), r.split(1, 1, 0), r.check(4)].filter((x) => x);
      if (refused.length) throw new Error(refused.join('; '));
      process.stdout.write(r.exportCorrections());
      """, in: folder)
    let file = folder.appendingPathComponent("corrections.json")
    try Data(corrections.utf8).write(to: file)
    #expect(corrections.contains(#""target_at":2"#))

    let aligned = try runBitext(["align"] + pair + ["--constraints", file.path])
    #expect(aligned.status == 0, "\(aligned.stderr)")
    #expect(aligned.stdout.hasPrefix("[0, 1]:[0, 1]\n[2]:[]\n[]:[2]\n"))

    let again = try runBitext(
      ["review"] + pair + ["--constraints", file.path, "-o", page.path])
    #expect(again.status == 0, "\(again.stderr)")
    let exported = try runPageScript(
      try String(contentsOf: page, encoding: .utf8),
      "process.stdout.write(new M.Review(data).exportCorrections());", in: folder)
    #expect(exported == corrections)
  }
}
