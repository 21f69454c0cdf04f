import BitextTestSupport
import Foundation
import Testing

@testable import Bitext

@Suite struct BatchRunnerTests {
  /// A folder with `count` small French-English pairs and a manifest naming them.
  struct Fixture {
    let folder: URL
    let manifest: BatchManifest

    init(count: Int, extraLines: String = "") throws {
      folder = try TestFiles.temporaryDirectory()
      var lines = ""
      for index in 0..<count {
        var french = ""
        var english = ""
        for sentence in 0..<(3 + index % 4) {
          french += "Le chat numéro \(index) dort sur la table \(sentence). "
          english += "The cat number \(index) sleeps on table \(sentence). "
          if sentence % 2 == 1 {
            french += "Il fait très beau aujourd'hui à Paris, dit-elle. "
            english += "The weather is very nice in Paris today, she said. "
          }
        }
        try Data(french.utf8).write(to: folder.appendingPathComponent("p\(index).fr"))
        try Data(english.utf8).write(to: folder.appendingPathComponent("p\(index).en"))
        lines += "p\(index)\tp\(index).fr\tp\(index).en\n"
      }
      manifest = try BatchManifest.parse(
        lines + extraLines, baseDirectory: folder.path, sourceLanguage: "fr",
        targetLanguage: "en")
    }

    func runner(_ output: String, jobs: Int = 1, force: Bool = false, format: CorpusFormat = .jsonl)
      -> BatchRunner
    {
      BatchRunner(
        options: .init(
          outputDirectory: folder.appendingPathComponent(output).path, format: format, jobs: jobs,
          force: force, toolVersion: "test"))
    }

    /// The output folder's files (hidden ones included) and their bytes.
    func contents(_ output: String) throws -> [String: Data] {
      let directory = folder.appendingPathComponent(output)
      var files: [String: Data] = [:]
      for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
        files[name] = try Data(contentsOf: directory.appendingPathComponent(name))
      }
      return files
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
  }

  @Test func alignsEveryPairIntoItsOwnFile() async throws {
    let fixture = try Fixture(count: 3)
    defer { fixture.remove() }
    let summary = try await fixture.runner("out").run(fixture.manifest)
    #expect(summary.aligned == 3)
    #expect(summary.failures.isEmpty)
    let files = try fixture.contents("out")
    #expect(files.keys.sorted() == ["p0.jsonl", "p1.jsonl", "p2.jsonl"])
    let lines = String(decoding: files["p1.jsonl"]!, as: UTF8.self).split(separator: "\n")
    #expect(lines.allSatisfy { $0.hasPrefix("{\"document\":\"p1\"") })
    #expect(summary.sourceSentences > 0 && summary.beads > 0)
  }

  @Test func reRunSkipsFinishedPairsAndForceRedoesThem() async throws {
    let fixture = try Fixture(count: 2)
    defer { fixture.remove() }
    _ = try await fixture.runner("out").run(fixture.manifest)
    let original = try fixture.contents("out")
    let marked = fixture.folder.appendingPathComponent("out/p0.jsonl")
    try Data("kept\n".utf8).write(to: marked)

    let again = try await fixture.runner("out").run(fixture.manifest)
    #expect(again.skipped == 2)
    #expect(again.aligned == 0)
    #expect(try Data(contentsOf: marked) == Data("kept\n".utf8))

    let forced = try await fixture.runner("out", force: true).run(fixture.manifest)
    #expect(forced.aligned == 2)
    #expect(forced.skipped == 0)
    #expect(try fixture.contents("out") == original)
  }

  @Test func aSecondRunOnALockedFolderFailsAtOnceNamingTheProcess() async throws {
    let fixture = try Fixture(count: 1)
    defer { fixture.remove() }
    let out = fixture.folder.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    let lockPath = out.appendingPathComponent(OutputFolderLock.fileName).path
    // Another run's lock: held through a file descriptor of its own, holding its pid.
    let held = open(lockPath, O_RDWR | O_CREAT, 0o644)
    #expect(held >= 0)
    defer { _ = close(held) }
    #expect(flock(held, LOCK_EX | LOCK_NB) == 0)
    _ = Array("4242\n".utf8).withUnsafeBytes { write(held, $0.baseAddress, $0.count) }
    try Data("half".utf8).write(to: out.appendingPathComponent(".p0.jsonl.tmp-Ab12Cd"))

    await #expect {
      _ = try await fixture.runner("out").run(fixture.manifest)
    } throws: { error in
      let message = "\(error)"
      return message.contains("process 4242") && message.contains(out.path)
        && message.contains("another bitext batch run")
    }
    // The running batch's temporary file is left alone, and nothing is written.
    #expect(
      try fixture.contents("out").keys.sorted() == [".bitext-batch.lock", ".p0.jsonl.tmp-Ab12Cd"])
  }

  @Test func theLockIsReleasedWhenARunEnds() async throws {
    let fixture = try Fixture(count: 1)
    defer { fixture.remove() }
    _ = try await fixture.runner("out").run(fixture.manifest)
    let again = try await fixture.runner("out", force: true).run(fixture.manifest)
    #expect(again.aligned == 1)
    #expect(try fixture.contents("out").keys.sorted() == ["p0.jsonl"])
    let lock = try OutputFolderLock(folder: fixture.folder.appendingPathComponent("out").path)
    lock.release()
  }

  @Test func removesTemporaryFilesOfAnInterruptedRun() async throws {
    let fixture = try Fixture(count: 1)
    defer { fixture.remove() }
    let out = fixture.folder.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    try Data("half".utf8).write(to: out.appendingPathComponent(".p0.jsonl.tmp-Ab12Cd"))
    try Data("other".utf8).write(to: out.appendingPathComponent(".notes.tmp-Ab12Cd"))
    _ = try await fixture.runner("out").run(fixture.manifest)
    #expect(try fixture.contents("out").keys.sorted() == [".notes.tmp-Ab12Cd", "p0.jsonl"])
  }

  @Test func aFailingPairDoesNotStopTheOthers() async throws {
    let extra = "missing\tnowhere.fr\tp0.en\nbroken\tbroken.fr\tp0.en\n"
    let fixture = try Fixture(count: 2, extraLines: extra)
    defer { fixture.remove() }
    try Data([0x43, 0x61, 0xFF, 0x2E]).write(to: fixture.folder.appendingPathComponent("broken.fr"))
    var finished: [String] = []
    let summary = try await fixture.runner("out", jobs: 2).run(fixture.manifest) { event in
      if case .finished(let report) = event { finished.append(report.entry.id) }
    }
    #expect(summary.aligned == 2)
    #expect(summary.failures.map(\.id) == ["missing", "broken"])
    #expect(summary.failures[0].message.contains("nowhere.fr: no such file"))
    #expect(summary.failures[1].message.contains("broken.fr"))
    #expect(finished.sorted() == ["broken", "missing", "p0", "p1"])
    #expect(try fixture.contents("out").keys.sorted() == ["p0.jsonl", "p1.jsonl"])
  }

  @Test(arguments: [CorpusFormat.jsonl, .tmx, .tsv, .beads])
  func outputDoesNotDependOnTheNumberOfJobs(format: CorpusFormat) async throws {
    let fixture = try Fixture(count: 7)
    defer { fixture.remove() }
    let one = try await fixture.runner("one", jobs: 1, format: format).run(fixture.manifest)
    let two = try await fixture.runner("two", jobs: 2, format: format).run(fixture.manifest)
    let three = try await fixture.runner("three", jobs: 3, format: format).run(fixture.manifest)
    #expect(one == two)
    #expect(one == three)
    let files = try fixture.contents("one")
    #expect(files.count == 7)
    #expect(try fixture.contents("two") == files)
    #expect(try fixture.contents("three") == files)
  }

  @Test func mosesWritesTwoFilesPerPairAndResumes() async throws {
    let fixture = try Fixture(count: 2)
    defer { fixture.remove() }
    let first = try await fixture.runner("out", format: .moses).run(fixture.manifest)
    #expect(first.aligned == 2)
    #expect(Set(try fixture.contents("out").keys) == ["p0.fr", "p0.en", "p1.fr", "p1.en"])
    let files = try fixture.contents("out")
    let english = String(decoding: files["p0.en"]!, as: UTF8.self).split(separator: "\n")
    let french = String(decoding: files["p0.fr"]!, as: UTF8.self).split(separator: "\n")
    #expect(!english.isEmpty)
    #expect(english.count == french.count)
    #expect(english[0].hasPrefix("The cat number 0"))
    let second = try await fixture.runner("out", format: .moses).run(fixture.manifest)
    #expect(second.skipped == 2)
  }

  @Test func minimumScoreLeavesOutLowBeads() async throws {
    let fixture = try Fixture(count: 1)
    defer { fixture.remove() }
    let all = try await fixture.runner("all").run(fixture.manifest)
    let none = try await BatchRunner(
      options: .init(
        outputDirectory: fixture.folder.appendingPathComponent("none").path, minimumScore: 1.01,
        toolVersion: "test")
    ).run(fixture.manifest)
    #expect(all.beads > 0)
    #expect(none.beads == 0)
  }

  @Test func theSummaryAddsUpTheFlagsOfEachPair() async throws {
    let fixture = try Fixture(
      count: 2, extraLines: "odd\todd.fr\todd.en\n")
    defer { fixture.remove() }
    try Data("Le chat dort. Il est né en 2019. Le chien mange.".utf8)
      .write(to: fixture.folder.appendingPathComponent("odd.fr"))
    try Data("The cat sleeps. He was born in 2018. The dog eats.".utf8)
      .write(to: fixture.folder.appendingPathComponent("odd.en"))
    let summary = try await fixture.runner("out", jobs: 2).run(fixture.manifest)
    #expect(summary.aligned == 3)
    #expect(summary.flags.beads == summary.beads)
    #expect(summary.flags.flaggedBeads == 1)
    #expect(summary.flags.perFlag == [.numberMismatch: 1])
    #expect(summary.flaggedPairs == [.init(id: "odd", beads: 3, flaggedBeads: 1)])
  }

  @Test func theSummaryCountsTheVerdictsAndNamesMisPairedPairs() async throws {
    let fixture = try Fixture(
      count: 0, extraLines: "true\tfr.txt\ten.txt\nwrong\tfr.txt\trev.txt\n")
    defer { fixture.remove() }
    let sample = TestFiles.repository.appendingPathComponent("Corpora/lukashenko-2022")
    let english = try String(
      contentsOf: sample.appendingPathComponent("en.sentences.txt"), encoding: .utf8)
    try Data(contentsOf: sample.appendingPathComponent("fr.sentences.txt"))
      .write(to: fixture.folder.appendingPathComponent("fr.txt"))
    try Data(english.utf8).write(to: fixture.folder.appendingPathComponent("en.txt"))
    // The English sentences in reverse order: no longer the French text's translation.
    try Data(
      english.split(separator: "\n").reversed().joined(separator: "\n\n").utf8
    ).write(to: fixture.folder.appendingPathComponent("rev.txt"))
    let summary = try await BatchRunner(
      options: .init(
        outputDirectory: fixture.folder.appendingPathComponent("out").path,
        lexicon: .none, toolVersion: "test")
    ).run(fixture.manifest)
    #expect(summary.aligned == 2)
    #expect(summary.verdicts == [.translation: 1, .misPaired: 1])
    #expect(summary.misPaired == ["wrong"])
  }

  @Test func lowScoreMakesLowConfidenceFlags() async throws {
    let fixture = try Fixture(count: 1)
    defer { fixture.remove() }
    let summary = try await BatchRunner(
      options: .init(
        outputDirectory: fixture.folder.appendingPathComponent("out").path, toolVersion: "test",
        lowScore: 1.01)
    ).run(fixture.manifest)
    #expect(summary.flags.perFlag[.lowConfidence] == summary.beads)
  }

  @Test func theMostFlaggedPairsComeFirstTiesInManifestOrder() {
    var summary = BatchRunner.Summary()
    for (line, flagged) in [(1, 2), (2, 5), (3, 0), (4, 2)] {
      var tally = FlagTally()
      tally.beads = 10
      tally.flaggedBeads = flagged
      tally.perFlag = flagged > 0 ? [.omission: flagged] : [:]
      summary.add(
        BatchRunner.PairReport(
          entry: .init(
            id: "p\(line)", sourcePath: "s", targetPath: "t", sourceLanguage: "fr",
            targetLanguage: "en", line: line),
          outcome: .aligned(sourceSentences: 10, targetSentences: 10, beads: 10), warnings: [],
          flags: tally))
    }
    #expect(summary.flags.flaggedBeads == 9)
    #expect(summary.flags.perFlag == [.omission: 9])
    #expect(summary.flaggedPairs.map(\.id) == ["p1", "p2", "p4"])
    #expect(summary.mostFlagged(2).map(\.id) == ["p2", "p1"])
    #expect(summary.mostFlagged(5).map(\.id) == ["p2", "p1", "p4"])
  }
}
