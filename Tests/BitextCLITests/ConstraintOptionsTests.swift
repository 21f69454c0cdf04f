import Foundation
import Testing

/// `--constraints`, `--anchors` and `--drop-unaligned` on `bitext align` and `bitext run`, on
/// the sample's presegmented sentences.
@Suite struct ConstraintOptionsTests {
  static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Corpora/lukashenko-2022")

  /// The sample's sentences, one a line, without the paragraph breaks.
  func sentences(_ language: String) throws -> [String] {
    try String(
      contentsOf: Self.sample.appendingPathComponent("\(language).sentences.txt"), encoding: .utf8
    ).split(separator: "\n").map(String.init)
  }

  /// The two sides written as presegmented files in `folder`.
  func sides(in folder: URL) throws -> (source: String, target: String) {
    let source = folder.appendingPathComponent("fr.txt")
    let target = folder.appendingPathComponent("en.txt")
    try (try sentences("fr").joined(separator: "\n") + "\n").write(
      to: source, atomically: true, encoding: .utf8)
    try (try sentences("en").joined(separator: "\n") + "\n").write(
      to: target, atomically: true, encoding: .utf8)
    return (source.path, target.path)
  }

  func align(_ extra: [String], in folder: URL) throws -> CLIResult {
    let (source, target) = try sides(in: folder)
    return try runBitext(
      [
        "align", "--source-lang", "fr", "--target-lang", "en", "--lexicon", "none",
        "--presegmented", "--document", "sample", source, target,
      ] + extra)
  }

  /// A corrections file confirming beads given as (source ids, target ids, target position).
  func corrections(
    _ beads: [([Int], [Int], Int?)], in folder: URL, counts: (Int, Int)? = nil
  ) throws -> String {
    let french = try sentences("fr")
    let english = try sentences("en")
    let confirmed = beads.map { s, t, at in
      CorrectionSetJSON.bead(
        source: s, target: t, targetAt: at, hash: hash(s.map { french[$0] }, t.map { english[$0] }))
    }
    let json = CorrectionSetJSON.file(
      document: "sample", sourceSentences: counts?.0 ?? french.count,
      targetSentences: counts?.1 ?? english.count, beads: confirmed)
    let path = folder.appendingPathComponent("corrections.json")
    try json.write(to: path, atomically: true, encoding: .utf8)
    return path.path
  }

  /// The bead hash, written out from its definition (64-bit FNV-1a with separators).
  func hash(_ source: [String], _ target: [String]) -> String {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    var bytes: [UInt8] = []
    for sentence in source { bytes += Array(sentence.utf8) + [0x1E] }
    bytes.append(0x1D)
    for sentence in target { bytes += Array(sentence.utf8) + [0x1E] }
    for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
    let digits = String(h, radix: 16)
    return "fnv1a64:" + String(repeating: "0", count: 16 - digits.count) + digits
  }

  @Test func confirmedBeadsAreKeptExactly() throws {
    let folder = try temporaryDirectory()
    let file = try corrections([([3, 4], [3], nil), ([5], [], 4)], in: folder)
    let result = try align(["--constraints", file], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.contains("[3, 4]:[3]"))
    #expect(lines.contains("[5]:[]"))
    #expect(lines.first == "[0]:[0]")
  }

  @Test func staleCorrectionsAreAnErrorNamingTheFile() throws {
    let folder = try temporaryDirectory()
    let file = try corrections([([3], [3], nil)], in: folder, counts: (40, 35))
    let result = try align(["--constraints", file], in: folder)
    #expect(result.status != 0)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr.contains("corrections.json was made for 40 source and 35 target sentences"))
  }

  @Test func anchorsAreFollowedAndContradictionsNamed() throws {
    let folder = try temporaryDirectory()
    let anchors = folder.appendingPathComponent("anchors.txt")
    try "# the second paragraph starts together\n2 2\n".write(
      to: anchors, atomically: true, encoding: .utf8)
    let result = try align(["--anchors", anchors.path], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.split(separator: "\n").contains { $0.hasPrefix("[2") && $0.contains(":[2") })

    let file = try corrections([([3, 4], [3], nil)], in: folder)
    try "4 3\n".write(to: anchors, atomically: true, encoding: .utf8)
    let crossing = try align(["--constraints", file, "--anchors", anchors.path], in: folder)
    #expect(crossing.status != 0)
    #expect(crossing.stderr.contains("anchor (4, 3) overlaps or crosses bead [3, 4]:[3]"))
  }

  @Test func unalignedSentencesCanBeLeftOutOfTSV() throws {
    let folder = try temporaryDirectory()
    let file = try corrections([([5], [], 5)], in: folder)
    let kept = try align(["--constraints", file, "--format", "tsv"], in: folder)
    let dropped = try align(
      ["--constraints", file, "--format", "tsv", "--drop-unaligned"], in: folder)
    #expect(kept.status == 0 && dropped.status == 0, "\(kept.stderr)\(dropped.stderr)")
    let keptLines = kept.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    let droppedLines = dropped.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(keptLines.contains { $0.hasPrefix("\t") || $0.contains("\t\t") })
    #expect(!droppedLines.contains { $0.hasPrefix("\t") || $0.contains("\t\t") })
    #expect(droppedLines.count < keptLines.count)
  }

  @Test func runRefusesConstraintsWithoutATarget() throws {
    let folder = try temporaryDirectory()
    let (source, _) = try sides(in: folder)
    let result = try runBitext([
      "run", source, "--source-lang", "fr", "--target-lang", "en", "--anchors", "x.txt", "--out",
      folder.appendingPathComponent("out").path,
    ])
    #expect(result.status != 0)
    #expect(result.stderr.contains("--constraints and --anchors need a target text"))
  }
}

/// Corrections files written by hand, as a review page exports them.
enum CorrectionSetJSON {
  static func bead(source: [Int], target: [Int], targetAt: Int?, hash: String) -> String {
    "{\"source_ids\":\(source),\"target_ids\":\(target),"
      + (targetAt.map { "\"target_at\":\($0)," } ?? "") + "\"hash\":\"\(hash)\"}"
  }

  static func file(
    document: String, sourceSentences: Int, targetSentences: Int, beads: [String]
  ) -> String {
    """
    {"format":"bitext-corrections","version":1,"documents":[{"document":"\(document)","source_lang":"fr","target_lang":"en","source_sentences":\(sourceSentences),"target_sentences":\(targetSentences),"confirmed":[\(beads.joined(separator: ","))]}]}
    """
  }
}

@Suite struct DropUnalignedTests {
  @Test func anOutputLeftEmptySaysSo() throws {
    let folder = try temporaryDirectory()
    let source = folder.appendingPathComponent("fr.txt")
    let target = folder.appendingPathComponent("en.txt")
    try "Bonjour.\n".write(to: source, atomically: true, encoding: .utf8)
    try "\n".write(to: target, atomically: true, encoding: .utf8)
    let result = try runBitext([
      "align", "--source-lang", "fr", "--target-lang", "en", "--lexicon", "none",
      "--presegmented", "--format", "tsv", "--drop-unaligned", source.path, target.path,
    ])
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("--drop-unaligned left none of the 1 beads in the tsv output"))
  }
}
