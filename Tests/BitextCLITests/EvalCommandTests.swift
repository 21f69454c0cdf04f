import BitextCorpus
import Foundation
import Testing

@testable import BitextCLI

@Suite struct EvalCommandTests {
  func write(_ text: String, _ name: String, in directory: URL) throws -> String {
    let url = directory.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  func directory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "bitext-eval-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  // Gold [0]:[0], [1, 2]:[1], [3]:[]; test [0]:[0], [1]:[1], [2]:[1], [3]:[].
  // Precision: [0]:[0] exact; [1]:[1] and [2]:[1] strict FP, lax TP; [3]:[] exact → strict 2/4, lax 4/4.
  // Recall (no empty sides): [0]:[0] exact, [1, 2]:[1] strict FN, lax TP → strict 1/2, lax 2/2.
  // F1 strict = 0.5, lax = 1.
  @Test func scoresFilesAndPrintsJSON() throws {
    let folder = try directory()
    let gold = try write("[0]:[0]\n[1, 2]:[1]\n[3]:[]\n", "g.beads", in: folder)
    let test = try write("[0]:[0]\n[1]:[1]\n[2]:[1]\n[3]:[]\n", "t.beads", in: folder)
    let command = try EvalCommand.parse(["--gold", gold, "--test", test, "--json"])
    let scores = AlignmentScorer.score(
      gold: [try EvalCommand.readLinks(gold)], test: [try EvalCommand.readLinks(test)])
    #expect(command.gold == [gold] && command.test == [test] && command.json)
    #expect(
      EvalCommand.json(scores)
        == "{\"precision_strict\":0.500000,\"recall_strict\":0.500000,\"f1_strict\":0.500000,\"precision_lax\":1.000000,\"recall_lax\":1.000000,\"f1_lax\":1.000000}\n"
    )
    let table = EvalCommand.table(scores)
    #expect(table.contains("F1         0.5000  1.0000"))
    #expect(table.contains("precision counts: strict 2 TP / 2 FP, lax 4 TP / 0 FP"))
    #expect(table.contains("recall counts:    strict 1 TP / 1 FN, lax 2 TP / 0 FN"))
  }

  @Test func severalFilesPairUpInOrder() throws {
    let command = try EvalCommand.parse(["--gold", "a", "b", "--test", "c", "d"])
    #expect(command.gold == ["a", "b"] && command.test == ["c", "d"])
    #expect {
      _ = try EvalCommand.parse(["--gold", "a", "b", "--test", "c"])
    } throws: { error in
      EvalCommand.message(for: error).contains("2 gold file(s) but 1 test file(s)")
    }
  }

  @Test func malformedGoldNamesTheLine() throws {
    let folder = try directory()
    let gold = try write("[0]:[0]\n[1]-[1]\n", "g.beads", in: folder)
    #expect {
      _ = try EvalCommand.readLinks(gold)
    } throws: { error in
      "\(error)".contains("g.beads:2:")
    }
  }

  @Test func corpusFilesAreScoredByTheirIDs() throws {
    let folder = try directory()
    let jsonl = try write(
      #"{"source_ids":[0,1],"target_ids":[0],"source_text":"a b","target_text":"c"}"# + "\n",
      "t.jsonl", in: folder)
    #expect(try EvalCommand.readLinks(jsonl) == [BeadLink(source: [0, 1], target: [0])])
  }

  @Test(arguments: ["t.tsv", "t.TSV"])
  func tsvIsRefusedBecauseItHoldsNoSentenceIDs(name: String) throws {
    let folder = try directory()
    let gold = try write("[0]:[0]\n", "g.beads", in: folder)
    let test = try write("a\tb\n", name, in: folder)
    #expect(throws: (any Error).self) {
      try EvalCommand.parse(["--gold", gold, "--test", test])
    }
    #expect(throws: Never.self) { try EvalCommand.parse(["--gold", gold, "--test", gold]) }
  }

  @Test func theRefusalSaysWhy() throws {
    let result = try runBitext(["eval", "--gold", "g.beads", "--test", "t.tsv"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("tsv files hold no sentence ids"))
  }
}
