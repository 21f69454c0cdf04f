/// Combines the outputs several routes give for one line, in two steps: the output the others
/// agree with most is chosen (highest summed chrF against the other outputs, less a penalty:
/// a minimum-Bayes-risk choice), then its words are put to the vote (as ROVER combines speech
/// recognizers): each other output is aligned with it word by word (edit distance, case
/// ignored), and where every other output has the same different word in the same place, or
/// the same words inserted between the same two words, theirs replace its own.
enum RouteCombination {
  /// The index of the candidate with the highest summed chrF against the others less its
  /// penalty (the first on a tie; the only one when there is one).
  static func backbone(_ candidates: [String], penalties: [Double]? = nil) -> Int {
    guard candidates.count > 1 else { return 0 }
    var best = 0
    var bestScore = -Double.infinity
    for (i, candidate) in candidates.enumerated() {
      var score = 0.0
      for (j, other) in candidates.enumerated() where j != i {
        score += ChrF.sentenceScore(hypothesis: candidate, reference: other)
      }
      score -= penalties?[i] ?? 0
      if score > bestScore {
        best = i
        bestScore = score
      }
    }
    return best
  }

  /// `backbone` with the words every one of `others` agrees on instead of its own.
  static func vote(backbone: String, others: [String]) -> String {
    let words = backbone.split(separator: " ").map(String.init)
    guard !words.isEmpty, !others.isEmpty else { return backbone }
    let alignments = others.map { align(words, $0.split(separator: " ").map(String.init)) }
    var out: [String] = []
    for position in 0...words.count {
      let inserted = alignments.map { $0.insertions[position] }
      if !inserted[0].isEmpty, inserted.allSatisfy({ $0 == inserted[0] }) {
        out += inserted[0]
      }
      guard position < words.count else { break }
      let replacements = alignments.map { $0.words[position] }
      if let first = replacements[0], replacements.allSatisfy({ $0 == first }) {
        out.append(first)
      } else {
        out.append(words[position])
      }
    }
    return out.joined(separator: " ")
  }

  /// How another output lines up with the backbone's words.
  struct Alignment {
    /// Per backbone word, the other output's word in its place, nil when it has none there.
    var words: [String?]
    /// Per gap (before word i, and after the last), the words the other output has there.
    var insertions: [[String]]
  }

  /// The word alignment of `other` with `backbone` of least edit distance (case ignored);
  /// on ties, a match or substitution before a deletion before an insertion.
  static func align(_ backbone: [String], _ other: [String]) -> Alignment {
    let a = backbone.map { $0.lowercased() }
    let b = other.map { $0.lowercased() }
    let width = b.count + 1
    var distance = [Int](repeating: 0, count: (a.count + 1) * width)
    for i in 0...a.count { distance[i * width] = i }
    for j in 0...b.count { distance[j] = j }
    if !a.isEmpty, !b.isEmpty {
      for i in 1...a.count {
        for j in 1...b.count {
          let substitution = distance[(i - 1) * width + j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
          let deletion = distance[(i - 1) * width + j] + 1
          let insertion = distance[i * width + j - 1] + 1
          distance[i * width + j] = min(substitution, deletion, insertion)
        }
      }
    }
    var result = Alignment(
      words: [String?](repeating: nil, count: a.count),
      insertions: [[String]](repeating: [], count: a.count + 1))
    var i = a.count
    var j = b.count
    while i > 0 || j > 0 {
      let here = distance[i * width + j]
      if i > 0, j > 0,
        here == distance[(i - 1) * width + j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
      {
        result.words[i - 1] = other[j - 1]
        i -= 1
        j -= 1
      } else if i > 0, here == distance[(i - 1) * width + j] + 1 {
        i -= 1
      } else {
        result.insertions[i].insert(other[j - 1], at: 0)
        j -= 1
      }
    }
    return result
  }
}
