import Foundation
import Testing

@Suite struct BatchCommandTests {
  /// Writes two small pairs, one missing pair and a manifest; returns the folder.
  private func fixture(extra: String = "") throws -> URL {
    let folder = try temporaryDirectory()
    for index in 0..<2 {
      try Data("Le chien \(index) mange. Il pleut à Lyon. Nous partons demain.".utf8)
        .write(to: folder.appendingPathComponent("d\(index).fr"))
      try Data("The dog \(index) eats. It rains in Lyon. We leave tomorrow.".utf8)
        .write(to: folder.appendingPathComponent("d\(index).en"))
    }
    let manifest = "# pairs\nd0\td0.fr\td0.en\nd1\td1.fr\td1.en\tfr\ten\n" + extra
    try Data(manifest.utf8).write(to: folder.appendingPathComponent("pairs.tsv"))
    return folder
  }

  private func batch(_ folder: URL, _ extra: [String] = []) throws -> CLIResult {
    try runBitext(
      [
        "batch", folder.appendingPathComponent("pairs.tsv").path, "--out",
        folder.appendingPathComponent("out").path, "--source-lang", "fr", "--target-lang", "en",
        "--lexicon", "none",
      ] + extra)
  }

  @Test func writesOneFilePerPairAndResumes() throws {
    let folder = try fixture()
    defer { try? FileManager.default.removeItem(at: folder) }
    let first = try batch(folder, ["--format", "tsv"])
    #expect(first.status == 0)
    #expect(first.stderr.contains("2 aligned, 0 skipped"))
    #expect(first.stderr.contains("\n  flags: no bead flagged\n"))
    #expect(!first.stderr.contains("most flagged"))
    let out = folder.appendingPathComponent("out")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == [
        "d0.tsv", "d1.tsv",
      ])
    let tsv = String(
      decoding: try Data(contentsOf: out.appendingPathComponent("d1.tsv")), as: UTF8.self)
    #expect(tsv.hasPrefix("Le chien 1 mange.\tThe dog 1 eats.\t"))

    let second = try batch(folder, ["--format", "tsv"])
    #expect(second.status == 0)
    #expect(second.stderr.contains("0 aligned, 2 skipped"))
    #expect(!second.stderr.contains("flags:"))
    let forced = try batch(folder, ["--format", "tsv", "--force", "--quiet"])
    #expect(forced.stderr.contains("2 aligned, 0 skipped"))
  }

  @Test func theSummaryAddsUpTheFlagsAndNamesTheMostFlaggedPairs() throws {
    let folder = try fixture(extra: "odd\todd.fr\todd.en\n")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("Le chat dort. Il est né en 2019. Le chien mange.".utf8)
      .write(to: folder.appendingPathComponent("odd.fr"))
    try Data("The cat sleeps. He was born in 2018. The dog eats.".utf8)
      .write(to: folder.appendingPathComponent("odd.en"))
    let result = try batch(folder, ["--jobs", "2", "--quiet"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("3 aligned, 0 skipped"))
    #expect(result.stderr.contains("\n  flags: 1 bead flagged — number mismatch 1\n"))
    #expect(result.stderr.contains("\n  most flagged: odd (1 of 3)\n"))
    let strict = try batch(folder, ["--quiet", "--force", "--low-score", "1.01"])
    #expect(strict.stderr.contains("flags: 9 beads flagged — low confidence 9, number mismatch 1"))
  }

  @Test func aFailedPairIsReportedTheOthersWrittenAndTheStatusIsOne() throws {
    let folder = try fixture(extra: "gone\tnothing.fr\td0.en\n")
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try batch(folder, ["--jobs", "2"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("gone (manifest line 4) failed"))
    #expect(result.stderr.contains("nothing.fr: no such file"))
    let names = try FileManager.default.contentsOfDirectory(
      atPath: folder.appendingPathComponent("out").path)
    #expect(names.sorted() == ["d0.jsonl", "d1.jsonl"])
  }

  @Test func aBadManifestLineStopsEverythingBeforeWork() throws {
    let folder = try fixture(extra: "d0\td0.fr\td0.en\n")
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try batch(folder)
    #expect(result.status != 0)
    #expect(result.stderr.contains("pairs.tsv:4: duplicate id \"d0\""))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
  }

  @Test func progressLinesWhenStandardErrorIsNotATerminal() throws {
    let folder = try fixture()
    defer { try? FileManager.default.removeItem(at: folder) }
    let loud = try batch(folder)
    #expect(loud.stderr.contains("2/2 pairs (100%)"))
    let quiet = try batch(folder, ["--force", "--quiet"])
    #expect(!quiet.stderr.contains("pairs (100%)"))
  }

  @Test func jobCountsGiveIdenticalFiles() throws {
    let folder = try fixture()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try batch(folder, ["--jobs", "1", "--format", "tmx"])
    let out = folder.appendingPathComponent("out")
    let one = try ["d0.tmx", "d1.tmx"].map { try Data(contentsOf: out.appendingPathComponent($0)) }
    _ = try batch(folder, ["--jobs", "2", "--format", "tmx", "--force"])
    let two = try ["d0.tmx", "d1.tmx"].map { try Data(contentsOf: out.appendingPathComponent($0)) }
    #expect(one == two)
    #expect(one[0] != one[1])
  }

  @Test func mosesWritesTheTwoSidesOfEachPair() throws {
    let folder = try fixture()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try batch(folder, ["--format", "moses", "--min-score", "0"])
    #expect(result.status == 0, "\(result.stderr)")
    let out = folder.appendingPathComponent("out")
    #expect(
      Set(try FileManager.default.contentsOfDirectory(atPath: out.path))
        == ["d0.fr", "d0.en", "d1.fr", "d1.en"])
    #expect(
      try String(contentsOf: out.appendingPathComponent("d0.en"), encoding: .utf8)
        .hasPrefix("The dog 0 eats."))
  }

  @Test func anUnknownFormatIsAUsageError() throws {
    let folder = try fixture()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try batch(folder, ["--format", "xml"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("unknown format 'xml'"))
  }

  @Test func forceReplacesAnOutputLinkNotItsTarget() throws {
    let folder = try fixture()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(try batch(folder, ["--format", "tsv", "--quiet"]).status == 0)
    let out = folder.appendingPathComponent("out")
    let theirs = folder.appendingPathComponent("theirs.tsv")
    try Data("theirs\n".utf8).write(to: theirs)
    let link = out.appendingPathComponent("d0.tsv").path
    try FileManager.default.removeItem(atPath: link)
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: theirs.path)
    let forced = try batch(folder, ["--format", "tsv", "--force", "--quiet"])
    #expect(forced.status == 0, "\(forced.stderr)")
    #expect(try String(contentsOf: theirs, encoding: .utf8) == "theirs\n")
    #expect(try String(contentsOfFile: link, encoding: .utf8).hasPrefix("Le chien 0 mange."))
  }

  @Test func aSecondRunOnTheSameOutputFailsNamingTheFirst() throws {
    let folder = try fixture()
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    let held = open(out.appendingPathComponent(".bitext-batch.lock").path, O_RDWR | O_CREAT, 0o644)
    defer { _ = close(held) }
    #expect(flock(held, LOCK_EX | LOCK_NB) == 0)
    _ = Array("\(getpid())\n".utf8).withUnsafeBytes { write(held, $0.baseAddress, $0.count) }
    let result = try batch(folder, ["--format", "tsv"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("another bitext batch run (process \(getpid()))"))
    #expect(result.stderr.contains(out.path))
    #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("d0.tsv").path))
  }

  @Test func aManifestFromAPipeResolvesPathsAgainstTheCurrentFolder() throws {
    let folder = try fixture()
    defer { try? FileManager.default.removeItem(at: folder) }
    let manifest = "d0\t\(folder.path)/d0.fr\t\(folder.path)/d0.en\nd1\td1.fr\td1.en\n"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    // A process substitution is a pipe named /dev/fd/N: relative paths cannot be relative to it.
    process.arguments = [
      "-c",
      "cd \"$1\" && printf '%s' \"$2\" | \"$0\" batch /dev/stdin --out out --source-lang fr --target-lang en --lexicon none --quiet",
      bitextExecutable().path, folder.path, manifest,
    ]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(
      FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/d1.jsonl").path))
  }
}
