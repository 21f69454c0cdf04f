/// True and mis-paired document pairs built from gold-aligned development documents, for the
/// document verdict: whole documents, and passages of a fixed number of gold beads, each paired
/// with its own translation and with another passage's.
enum DocumentPairs {
  /// The two sides of a document pair.
  struct Pair {
    var source: [String]
    var target: [String]
  }

  /// The true pairs and the mis-paired ones of one kind of case.
  struct Cases {
    var truePairs: [Pair]
    var misPaired: [Pair]
  }

  /// Whole documents (each source against every other document's target), passages of 100
  /// and of 25 gold beads (each against the passage half the document away and against the
  /// same passage of the next document).
  static func cases(_ documents: [AlignmentBenchmark.Document]) -> [(String, Cases)] {
    var result: [(String, Cases)] = []
    var whole = Cases(
      truePairs: documents.map { Pair(source: $0.source, target: $0.target) }, misPaired: [])
    for a in documents.indices {
      for b in documents.indices where b != a {
        whole.misPaired.append(Pair(source: documents[a].source, target: documents[b].target))
      }
    }
    result.append(("whole documents", whole))
    for size in [100, 25] {
      let passages = documents.map { passagesOf($0, beads: size) }
      var cases = Cases(truePairs: passages.flatMap { $0 }, misPaired: [])
      for (d, mine) in passages.enumerated() {
        for (k, passage) in mine.enumerated() {
          if mine.count > 1 {
            let other = mine[(k + mine.count / 2) % mine.count]
            if other.target != passage.target {
              cases.misPaired.append(Pair(source: passage.source, target: other.target))
            }
          }
          if passages.count > 1 {
            let next = passages[(d + 1) % passages.count]
            if !next.isEmpty {
              cases.misPaired.append(
                Pair(source: passage.source, target: next[k % next.count].target))
            }
          }
        }
      }
      result.append(("passages of \(size) beads", cases))
    }
    return result
  }

  /// The document cut into passages of `beads` consecutive gold beads, leaving out those
  /// where fewer than half of the beads have two sides.
  static func passagesOf(_ document: AlignmentBenchmark.Document, beads: Int) -> [Pair] {
    var passages: [Pair] = []
    var start = 0
    while start + beads <= document.gold.count {
      let links = document.gold[start..<(start + beads)]
      start += beads
      // A passage made mostly of insertions and deletions is no translation pair.
      guard 2 * links.filter({ !$0.source.isEmpty && !$0.target.isEmpty }).count >= beads else {
        continue
      }
      let sources = links.flatMap(\.source)
      let targets = links.flatMap(\.target)
      if let s0 = sources.min(), let s1 = sources.max(), let t0 = targets.min(),
        let t1 = targets.max()
      {
        passages.append(
          Pair(
            source: Array(document.source[s0...s1]), target: Array(document.target[t0...t1])))
      }
    }
    return passages
  }
}
