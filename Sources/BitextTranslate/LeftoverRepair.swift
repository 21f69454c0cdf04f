import BitextText
import Foundation

/// Repairs what a route left untranslated. Apertium marks a word its dictionaries do not know
/// with `*` (passed on as written: a source word, or through a pivot a word of the pivot
/// language) and one its transfer could not handle with `@`; `#` marks a word the generator
/// could not inflect (its lemma is in the target language already).
///
/// Each `*` or `@` word is aligned with a word of the source sentence: the most similar in
/// spelling (character-bigram Dice coefficient, case and accents ignored, at least
/// ``minimumSimilarity``), nearer positions (relative to the sentence lengths) breaking
/// near-ties; each source word serves once. It is then replaced by the gloss translator's
/// rendering of that source word when the lexicon has one; otherwise it is kept as written.
/// Every mark is removed.
struct LeftoverRepair: Sendable {
  /// The least spelling similarity for a leftover to be aligned with a source word.
  static let minimumSimilarity = 0.3
  /// How much a difference of relative position (0…1) costs against similarity.
  static let positionWeight = 0.3

  let tokenizer: WordTokenizer
  /// The gloss of one source word, or nil when the lexicon has none.
  let gloss: (@Sendable (String) -> String?)?

  /// What a repair did to one line.
  struct Outcome: Sendable, Hashable {
    /// The repaired line.
    var text: String
    /// The marked words found.
    var leftovers: Int
    /// Those replaced with a gloss.
    var repaired: Int
    /// The leftovers kept as written (marks removed).
    var unrepaired: [String]
  }

  /// The line with its marked words repaired against `source`.
  func repair(_ translation: String, source: String) -> Outcome {
    let words = translation.split(separator: " ", omittingEmptySubsequences: false)
    let marked = words.indices.filter { index in
      guard let first = words[index].first, "*#@".contains(first) else { return false }
      return words[index].contains(where: \.isLetter)
    }
    guard !marked.isEmpty else {
      return Outcome(text: translation, leftovers: 0, repaired: 0, unrepaired: [])
    }
    let sourceWords = tokenizer.tokens(in: source).filter { $0.kind == .word }.map(\.text)
    let foldedSource = sourceWords.map(Self.fold)
    var used = Set<Int>()
    var out = words.map(String.init)
    var leftovers = 0
    var repaired = 0
    var unrepaired: [String] = []
    for index in marked {
      let piece = words[index]
      let marks = piece.prefix(while: { "*#@".contains($0) })
      let rest = piece.dropFirst(marks.count)
      let word = rest.prefix(while: { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" })
      let tail = rest.dropFirst(word.count)
      guard !word.isEmpty else {
        out[index] = String(rest)
        continue
      }
      // "#": the lemma is target language already; only the mark goes.
      guard marks.contains("*") || marks.contains("@") else {
        out[index] = String(rest)
        continue
      }
      leftovers += 1
      var replacement: String?
      if let gloss,
        let aligned = align(
          String(word), at: index, of: words.count, among: foldedSource, used: used)
      {
        used.insert(aligned)
        if let rendering = gloss(sourceWords[aligned]) {
          replacement =
            word.first?.isUppercase == true
            ? rendering.prefix(1).uppercased() + rendering.dropFirst() : rendering
        }
      }
      if let replacement {
        repaired += 1
        out[index] = replacement + tail
      } else {
        unrepaired.append(String(word))
        out[index] = String(rest)
      }
    }
    return Outcome(
      text: out.joined(separator: " "), leftovers: leftovers, repaired: repaired,
      unrepaired: unrepaired)
  }

  /// The index of the source word `word` (at position `index` of `count` output words) is
  /// aligned with, or nil.
  func align(_ word: String, at index: Int, of count: Int, among source: [String], used: Set<Int>)
    -> Int?
  {
    let folded = Self.fold(word)
    let position = count > 1 ? Double(index) / Double(count - 1) : 0
    var best: (index: Int, score: Double)?
    for (candidate, form) in source.enumerated() where !used.contains(candidate) {
      let similarity = form == folded ? 1 : Self.dice(folded, form)
      guard similarity >= Self.minimumSimilarity else { continue }
      let relative = source.count > 1 ? Double(candidate) / Double(source.count - 1) : 0
      let score = similarity - Self.positionWeight * abs(relative - position)
      if best == nil || score > best!.score { best = (candidate, score) }
    }
    return best?.index
  }

  /// Lower case without accents.
  static func fold(_ word: String) -> String {
    word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  /// The Dice coefficient of the two words' character bigrams (as multisets).
  static func dice(_ a: String, _ b: String) -> Double {
    let x = Array(a)
    let y = Array(b)
    guard x.count > 1, y.count > 1 else { return 0 }
    var counts: [String: Int] = [:]
    for i in 0..<(x.count - 1) { counts[String(x[i...i + 1]), default: 0] += 1 }
    var shared = 0
    for i in 0..<(y.count - 1) {
      let gram = String(y[i...i + 1])
      if let available = counts[gram], available > 0 {
        shared += 1
        counts[gram] = available - 1
      }
    }
    return 2 * Double(shared) / Double(x.count - 1 + y.count - 1)
  }
}
