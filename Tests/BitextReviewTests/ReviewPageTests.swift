import BitextCorpus
import BitextTestSupport
import Foundation
import Testing

@testable import BitextReview

@Suite struct ReviewPageTests {
  /// Hand-made notes for the fixture corpus's five beads.
  let report = QualityReport(notes: [
    [],
    [BeadFlagNote(.lowConfidence, "score 0.41 < 0.5"), BeadFlagNote(.manyToMany, "2-1")],
    [BeadFlagNote(.omission, "no target")],
    [],
    [BeadFlagNote(.numberMismatch, "2 on the source side only")],
  ])

  func page(title: String = "Review <of> d1 & d2") -> ReviewPage {
    ReviewPage(
      corpus: ReviewFixtures.corpus(), report: report,
      options: .init(title: title, lowScore: 0.5))
  }

  func html(_ page: ReviewPage) -> String { String(decoding: page.html(), as: UTF8.self) }

  @Test func theDataParsesBackWithBeadsFlagsAndVerdicts() throws {
    let data = try ReviewFixtures.data(of: html(page()))
    #expect(data["format"] as? String == "bitext-review")
    #expect(data["version"] as? Int == 1)
    #expect(data["title"] as? String == "Review <of> d1 & d2")
    #expect(data["source_lang"] as? String == "fr")
    #expect(data["target_lang"] as? String == "en")
    #expect(data["low_score"] as? Double == 0.5)
    #expect(data["notice"] is NSNull)
    let flags = try #require(data["flags"] as? [[String]])
    #expect(flags.map { $0[0] } == BeadFlag.allCases.map(\.rawValue))
    #expect(flags.map { $0[1] } == BeadFlag.allCases.map(\.label))

    let documents = try #require(data["documents"] as? [[String: Any]])
    #expect(documents.map { $0["id"] as? String } == ["d1", "d2"])
    #expect(documents.map { $0["source_sentences"] as? Int } == [5, 2])
    #expect(documents.map { $0["target_sentences"] as? Int } == [3, 2])
    let verdict = try #require(documents[0]["verdict"] as? [String: Any])
    #expect(verdict["kind"] as? String == "translation")
    #expect(verdict["confidence"] as? Double == 0.93)
    #expect(verdict["aligned_share"] as? Double == 0.75)
    #expect(verdict["lexical_ratio"] as? Double == 2.5)
    #expect(documents[1]["verdict"] is NSNull)

    let beads = try #require(data["beads"] as? [[Any]])
    #expect(beads.count == 5)
    let second = beads[1]
    #expect(second[0] as? Int == 0)
    #expect(second[1] as? Int == 1)
    #expect(second[2] as? Double == 0.41)
    #expect(second[3] as? Int == 1)
    #expect(second[4] as? Int == 1)
    let source = try #require(second[5] as? [[Any]])
    #expect(source.map { $0[2] as? String } == ["Il pleut.", "Il fait froid."])
    #expect(source[1][0] as? Int == 2)
    #expect(source[1][1] as? Int == 3)
    #expect(source[1][3] as? Int == 1)
    #expect(source[1][4] as? String == "p")
    #expect(source[1][5] as? String == "line 2")
    let notes = try #require(second[7] as? [[String]])
    #expect(notes == [["low-confidence", "score 0.41 < 0.5"], ["many-to-many", "2-1"]])
    // The omission: an empty target side that starts at id 2.
    #expect(beads[2][4] as? Int == 2)
    #expect((beads[2][6] as? [Any])?.isEmpty == true)
    #expect(beads[4][0] as? Int == 1)
    let heading = try #require((beads[0][5] as? [[Any]])?.first)
    #expect(heading[4] as? String == "h1")
  }

  @Test func withoutAReportTheQualityCheckFlagsTheBeads() throws {
    let corpus = ReviewFixtures.corpus()
    let page = ReviewPage(corpus: corpus, options: .init(lowScore: 0.7))
    #expect(page.report == QualityCheck(lowScore: 0.7).report(corpus))
    let data = try ReviewFixtures.data(of: html(page))
    let beads = try #require(data["beads"] as? [[Any]])
    let flagged = beads.map { ($0[7] as? [[String]] ?? []).map { $0[0] } }
    #expect(flagged[1].contains("low-confidence"))
    #expect(flagged[2].contains("omission"))
  }

  @Test func textsThatCloseTheScriptAreEscaped() throws {
    let page = html(page())
    // The data, the model and the view: no text closes a script element early.
    #expect(page.lowercased().components(separatedBy: "</script").count - 1 == 3)
    #expect(page.components(separatedBy: "<script").count - 1 == 3)
    #expect(!page.contains("\u{2028}"))
    #expect(!page.contains("\u{2029}"))
    #expect(!page.contains("<!--<"))
    let data = try ReviewFixtures.data(of: page)
    let beads = try #require(data["beads"] as? [[Any]])
    let source = try #require((beads[3][5] as? [[Any]])?.first?[2] as? String)
    #expect(source == "Fin </script><script>alert(1)</script> \u{2028}ici & là.")
    let target = try #require((beads[3][6] as? [[Any]])?.first?[2] as? String)
    #expect(target == "End </SCRIPT> here \u{2029}& there.")
  }

  @Test func theTitleIsEscaped() {
    let page = html(page())
    #expect(page.contains("<title>Review &lt;of&gt; d1 &amp; d2</title>"))
    #expect(page.contains("<h1 id=\"title\">Review &lt;of&gt; d1 &amp; d2</h1>"))
  }

  @Test func thePageLoadsNothingFromOutside() {
    let page = html(page())
    for forbidden in ["http://", "https://", " src=", " href=", "<link", "@import", "url("] {
      #expect(!page.contains(forbidden), "\(forbidden)")
    }
    #expect(page.contains("Content-Security-Policy\" content=\"default-src 'none'"))
    // Every part of the template is filled.
    for name in ["title", "style", "data", "model", "script"] {
      #expect(!page.contains("{{\(name)}}"))
    }
    for asset in ["review.css", "review-model.js", "review.js"] {
      #expect(page.contains(ReviewPage.embeddedData[asset] ?? "missing"), "\(asset)")
    }
  }

  @Test func theSameCorpusGivesTheSameBytes() {
    #expect(page().html() == page().html())
    var corpus = ReviewFixtures.corpus()
    corpus.verdicts["d2"] = DocumentVerdict(
      kind: .misPaired, confidence: 0.1, alignedShare: 0.2, lexicalRatio: 1)
    let other = corpus.verdicts
    var rebuilt = ReviewFixtures.corpus()
    rebuilt.verdicts = [:]
    for key in other.keys.sorted().reversed() { rebuilt.verdicts[key] = other[key] }
    let options = ReviewPage.Options(title: "t")
    #expect(
      ReviewPage(corpus: corpus, report: report, options: options).html()
        == ReviewPage(corpus: rebuilt, report: report, options: options).html())
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint")))
  func thePageIsWellFormedHTML() throws {
    let file = try TestFiles.temporaryDirectory().appendingPathComponent("review.html")
    try Data(page().html()).write(to: file)
    let result = try ReviewFixtures.run("/usr/bin/xmllint", ["--html", "--noout", file.path])
    #expect(result.status == 0)
    // libxml2's HTML parser knows HTML 4 only: it names every HTML5 element it meets.
    let html5 = try Regex(#"Tag (header|main|section|aside|svg) invalid"#)
    let problems = result.errors.split(separator: "\n").filter {
      $0.contains("error") && $0.firstMatch(of: html5) == nil
    }
    #expect(problems.isEmpty, "\(problems)")
  }

  @Test func documentsComeTogetherWithTheirNotes() throws {
    let beads = [("a", 0.9), ("b", 0.8), ("a", 0.7)].enumerated().map { offset, bead in
      AlignedBead(
        document: bead.0, index: offset, sourceIDs: offset..<(offset + 1),
        targetIDs: offset..<(offset + 1), score: bead.1,
        source: [AlignedSentence(text: "s\(offset)")], target: [AlignedSentence(text: "t\(offset)")]
      )
    }
    let corpus = AlignedCorpus(sourceLanguage: "fr", targetLanguage: "en", beads: beads)
    let report = QualityReport(notes: [[], [BeadFlagNote(.untranslated, "same text")], []])
    let data = try ReviewFixtures.data(
      of: String(decoding: ReviewPage(corpus: corpus, report: report).html(), as: UTF8.self))
    let rows = try #require(data["beads"] as? [[Any]])
    #expect(rows.map { $0[0] as? Int } == [0, 0, 1])
    #expect(rows.map { $0[2] as? Double } == [0.9, 0.7, 0.8])
    #expect((rows[2][7] as? [[String]]) == [["untranslated", "same text"]])
    #expect((rows[1][7] as? [[String]]) == [])
  }

  @Test func aSideWithOneTextForSeveralSentencesIsOneUnit() throws {
    let corpus = AlignedCorpus(
      sourceLanguage: "fr", targetLanguage: "en",
      beads: [
        AlignedBead(
          index: 0, sourceIDs: 0..<2, targetIDs: 0..<1, score: 0.5,
          source: [AlignedSentence(text: "Un. Deux.")], target: [AlignedSentence(text: "One.")])
      ])
    let data = try ReviewFixtures.data(
      of: String(decoding: ReviewPage(corpus: corpus).html(), as: UTF8.self))
    let bead = try #require((data["beads"] as? [[Any]])?.first)
    let source = try #require(bead[5] as? [[Any]])
    #expect(source.count == 1)
    #expect(source[0][0] as? Int == 0)
    #expect(source[0][1] as? Int == 2)
    #expect(source[0][2] as? String == "Un. Deux.")
    #expect(source[0].count == 3)
  }

  @Test func theTemplateIsFilledInOnePass() {
    let filled = ReviewPage.fill(
      "a{{x}}b{{y}}{{unknown}}{{Y}}{{", with: ["x": Array("{{y}}".utf8), "y": Array("Y".utf8)])
    #expect(String(decoding: filled, as: UTF8.self) == "a{{y}}bY{{unknown}}{{Y}}{{")
  }

  @Test func theNoticeIsInTheData() throws {
    var options = page().options
    options.notice = "Read from TSV </script>"
    let page = ReviewPage(corpus: ReviewFixtures.corpus(), report: report, options: options)
    let data = try ReviewFixtures.data(of: html(page))
    #expect(data["notice"] as? String == "Read from TSV </script>")
  }

  @Test func beadsAPreviousReviewConfirmedStartChecked() throws {
    let corpus = ReviewFixtures.corpus()
    func confirmed(_ bead: AlignedBead, hash: String? = nil, targetAt: Int? = nil)
      -> CorrectionSet.ConfirmedBead
    {
      CorrectionSet.ConfirmedBead(
        sourceIDs: Array(bead.sourceIDs), targetIDs: Array(bead.targetIDs),
        hash: hash
          ?? CorrectionSet.textHash(
            source: bead.source.map(\.text), target: bead.target.map(\.text)),
        targetAt: targetAt)
    }
    let corrections = CorrectionSet(documents: [
      CorrectionSet.Document(
        document: "d1", sourceLanguage: "fr", targetLanguage: "en", sourceSentences: 5,
        targetSentences: 3,
        confirmed: [
          confirmed(corpus.beads[0]),
          confirmed(corpus.beads[1], hash: "fnv1a64:0000000000000000"),
          confirmed(corpus.beads[2], targetAt: 2),
        ])
    ])
    var options = page().options
    options.confirmed = corrections
    let data = try ReviewFixtures.data(
      of: html(ReviewPage(corpus: corpus, report: report, options: options)))
    let beads = try #require(data["beads"] as? [[Any]])
    // The first and the omission match; the second's texts changed; d2 has no entry.
    #expect(beads.map { $0.count > 8 ? $0[8] as? Int : nil } == [1, nil, 1, nil, nil])
  }
}
