import Bitext
import Foundation
import Testing

@Suite struct RunCommandTests {
  /// A fresh folder with two sentences in French (fr.txt) and their English (en.txt).
  func twoShortTexts() throws -> (folder: URL, fr: URL, en: URL) {
    let folder = try temporaryDirectory()
    let fr = folder.appendingPathComponent("fr.txt")
    let en = folder.appendingPathComponent("en.txt")
    try Data("Bonjour. Merci beaucoup.".utf8).write(to: fr)
    try Data("Hello. Thank you very much.".utf8).write(to: en)
    return (folder, fr, en)
  }

  @Test func writesTheThreeCorpusFilesAndASummary() throws {
    let (folder, fr, en) = try twoShortTexts()
    let out = folder.appendingPathComponent("out")
    let result = try runBitext([
      "run", fr.path, en.path, "--source-lang", "fr", "--target-lang", "en", "--lexicon", "none",
      "--out", out.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(files == ["corpus.jsonl", "corpus.tmx", "corpus.tsv", "review.html"])
    #expect(result.stderr.contains("2 fr sentences, 2 en sentences"))
    #expect(result.stderr.contains("corpus.tsv, corpus.jsonl, review.html\n"))
    let page = try String(contentsOf: out.appendingPathComponent("review.html"), encoding: .utf8)
    #expect(page.contains(#"<script type="application/json" id="bitext-data">"#))
    #expect(page.contains("<title>Bitext review: fr</title>"))
    #expect(page.contains(#"[1,2,"Merci beaucoup.",0,"p","line 1"]"#))
    #expect(result.stderr.contains("1-1: 2"))
    #expect(result.stderr.contains("\n  flags: no bead flagged\n  wrote "))
    // No staging folder is left behind.
    let siblings = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(siblings == ["en.txt", "fr.txt", "out"])
  }

  @Test func reconstructionWithALexiconFile() throws {
    let folder = try temporaryDirectory()
    let fr = folder.appendingPathComponent("fr.txt")
    try Data("Le chat dort.\n\nLe chien mange.".utf8).write(to: fr)
    let lexicon = folder.appendingPathComponent("lexicon.tsv")
    try Data("chat\tcat\nchien\tdog\ndormir\tsleep\ndort\tsleeps\nmanger\teat\nmange\teats\n".utf8)
      .write(to: lexicon)
    let out = folder.appendingPathComponent("out")
    let result = try runBitext([
      "run", fr.path, "--engine", "gloss", "--source-lang", "fr", "--target-lang", "en",
      "--lexicon", lexicon.path,
      "--out", out.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let text = try String(
      contentsOf: out.appendingPathComponent("reconstructed.en.txt"), encoding: .utf8)
    #expect(text.contains("cat"))
    #expect(text.contains("\n\n"))
    #expect(result.stderr.contains("(reconstructed by mt:gloss)"))
    // The review page marks the machine's sentences.
    let page = try String(contentsOf: out.appendingPathComponent("review.html"), encoding: .utf8)
    #expect(page.contains(#""mt:gloss"]"#))
  }

  @Test func reconstructionWithoutLexiconIsAClearError() throws {
    let folder = try temporaryDirectory()
    let fr = folder.appendingPathComponent("fr.txt")
    try Data("Le chat dort.".utf8).write(to: fr)
    let out = folder.appendingPathComponent("out")
    let result = try runBitext([
      "run", fr.path, "--engine", "gloss", "--source-lang", "fr", "--target-lang", "en",
      "--lexicon", "none",
      "--out", out.path,
    ])
    #expect(result.status != 0)
    #expect(result.stderr.contains("lexicon"))
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test func badInputLeavesNoOutputFolder() throws {
    let folder = try temporaryDirectory()
    let fr = folder.appendingPathComponent("fr.txt")
    try Data([0x61, 0xFF]).write(to: fr)
    let out = folder.appendingPathComponent("out")
    let result = try runBitext([
      "run", fr.path, fr.path, "--source-lang", "fr", "--target-lang", "en", "--lexicon", "none",
      "--out", out.path,
    ])
    #expect(result.status != 0)
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test func emptyInputsAreRefusedAndNothingIsWritten() throws {
    let folder = try temporaryDirectory()
    let fr = folder.appendingPathComponent("fr.txt")
    let en = folder.appendingPathComponent("en.txt")
    try Data().write(to: fr)
    try Data("\n\n".utf8).write(to: en)
    let out = folder.appendingPathComponent("out")
    let result = try runBitext([
      "run", fr.path, en.path, "--source-lang", "fr", "--target-lang", "en", "--lexicon", "none",
      "--out", out.path,
    ])
    #expect(result.status == 1)
    #expect(result.stderr.contains("hold no sentences"))
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test func aTrailingSlashIsNotDoubledAndTheRegionIsKept() throws {
    let (folder, fr, en) = try twoShortTexts()
    let out = folder.appendingPathComponent("out").path + "/"
    let result = try runBitext([
      "run", fr.path, en.path, "--source-lang", "fr_ca", "--target-lang", "en", "--lexicon",
      "none", "--out", out, "--format", "tmx", "--min-score", "0",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("wrote \(out)corpus.tmx, review.html\n"))
    #expect(!result.stderr.contains("//corpus"))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        == ["corpus.tmx", "review.html"])
    let tmx = try String(contentsOfFile: out + "corpus.tmx", encoding: .utf8)
    #expect(tmx.contains("xml:lang=\"fr-CA\""))
  }

  @Test func mosesOutputNamesTheFilesByLanguage() throws {
    let (folder, fr, en) = try twoShortTexts()
    let out = folder.appendingPathComponent("out")
    let result = try runBitext([
      "run", fr.path, en.path, "--source-lang", "fra", "--target-lang", "en", "--lexicon", "none",
      "--out", out.path, "--format", "moses",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        == ["corpus.en", "corpus.fr", "review.html"])
  }

  @Test func theBeadsOfItsConstraintsStartCheckedOnTheReviewPage() throws {
    let (folder, fr, en) = try twoShortTexts()
    let corrections = CorrectionSet(documents: [
      CorrectionSet.Document(
        document: "fr", sourceLanguage: "fr", targetLanguage: "en", sourceSentences: 2,
        targetSentences: 2,
        confirmed: [
          CorrectionSet.ConfirmedBead(
            sourceIDs: [1], targetIDs: [1],
            hash: CorrectionSet.textHash(
              source: ["Merci beaucoup."], target: ["Thank you very much."]))
        ])
    ])
    let file = folder.appendingPathComponent("corrections.json")
    try JSONEncoder().encode(corrections).write(to: file)
    let out = folder.appendingPathComponent("out")
    let result = try runBitext([
      "run", fr.path, en.path, "--source-lang", "fr", "--target-lang", "en", "--lexicon", "none",
      "--constraints", file.path, "--out", out.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let page = try String(contentsOf: out.appendingPathComponent("review.html"), encoding: .utf8)
    #expect(page.contains(#""Thank you very much.",0,"p","line 1"]],[],1]"#))
    #expect(page.contains(#""Hello.",0,"p","line 1"]],[]]"#))
  }

  @Test func theReviewPageIsWrittenWithTheCorpusOrNothingIs() throws {
    let (folder, fr, en) = try twoShortTexts()
    let out = folder.appendingPathComponent("out")
    try FileManager.default.createDirectory(
      at: out.appendingPathComponent("review.html"), withIntermediateDirectories: true)
    try Data("old\n".utf8).write(to: out.appendingPathComponent("corpus.tmx"))
    let result = try runBitext([
      "run", fr.path, en.path, "--source-lang", "fr", "--target-lang", "en", "--lexicon", "none",
      "--out", out.path,
    ])
    #expect(result.status == 1)
    #expect(result.stderr.contains("review.html: is a directory"))
    #expect(try Data(contentsOf: out.appendingPathComponent("corpus.tmx")) == Data("old\n".utf8))
    let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(files == ["corpus.tmx", "review.html"])
  }

  @Test func aFileThatCannotBeWrittenLeavesEveryOldFile() throws {
    let (folder, fr, en) = try twoShortTexts()
    let out = folder.appendingPathComponent("out")
    try FileManager.default.createDirectory(
      at: out.appendingPathComponent("corpus.tsv"), withIntermediateDirectories: true)
    try Data("old\n".utf8).write(to: out.appendingPathComponent("corpus.tmx"))
    let result = try runBitext([
      "run", fr.path, en.path, "--source-lang", "fr", "--target-lang", "en", "--lexicon", "none",
      "--out", out.path,
    ])
    #expect(result.status == 1)
    #expect(result.stderr.contains("corpus.tsv: is a directory"))
    #expect(try Data(contentsOf: out.appendingPathComponent("corpus.tmx")) == Data("old\n".utf8))
    let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(files == ["corpus.tmx", "corpus.tsv"])
  }

  @Test func anOutputLinkIsReplacedNotWrittenThrough() throws {
    let (folder, fr, en) = try twoShortTexts()
    let out = folder.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    let theirs = folder.appendingPathComponent("theirs.tsv")
    try Data("theirs\n".utf8).write(to: theirs)
    let link = out.appendingPathComponent("corpus.tsv").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "../theirs.tsv")
    let result = try runBitext([
      "run", fr.path, en.path, "--source-lang", "fr", "--target-lang", "en", "--lexicon", "none",
      "--format", "tsv", "--out", out.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try Data(contentsOf: theirs) == Data("theirs\n".utf8))
    #expect(try String(contentsOfFile: link, encoding: .utf8).hasPrefix("Bonjour."))
  }

  @Test func theSummaryListsTheFlaggedBeadsWithTheirReasons() throws {
    let folder = try temporaryDirectory()
    let fr = folder.appendingPathComponent("fr.txt")
    let en = folder.appendingPathComponent("en.txt")
    try Data("Le chat dort. Il est né en 2019. Le chien mange.".utf8).write(to: fr)
    try Data("The cat sleeps. He was born in 2018. The dog eats.".utf8).write(to: en)
    let out = folder.appendingPathComponent("out")
    let result = try runBitext([
      "run", fr.path, en.path, "--source-lang", "fr", "--target-lang", "en", "--lexicon", "none",
      "--out", out.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("\n  flags: 1 bead flagged — number mismatch 1\n"))
    #expect(
      result.stderr.contains(
        "\n    [1]:[1] number mismatch: 2019 only in source; 2018 only in target  «Il est né en 2019.»\n"
      ))
    let strict = try runBitext([
      "run", fr.path, en.path, "--source-lang", "fr", "--target-lang", "en", "--lexicon", "none",
      "--out", out.path, "--low-score", "1.01",
    ])
    #expect(strict.stderr.contains("below 1.01: 3"))
    #expect(strict.stderr.contains("flags: 3 beads flagged — low confidence 3, number mismatch 1"))
    #expect(strict.stderr.contains("[0]:[0] low confidence: score "))
  }
}
