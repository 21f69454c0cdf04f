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
/// rendering of that source word when the lexicon has one; otherwise it is kept as written (for
/// English without accents: "effarée" → "effaree", nearer its English cognate). Every mark is
/// removed; a mark may also follow a hyphen ("big-*inquisiteur").
struct LeftoverRepair: Sendable {
  /// The least spelling similarity for a leftover to be aligned with a source word.
  static let minimumSimilarity = 0.3
  /// How much a difference of relative position (0…1) costs against similarity.
  static let positionWeight = 0.3

  let tokenizer: WordTokenizer
  /// The gloss of one source word, or nil when the lexicon has none.
  let gloss: (@Sendable (String) -> String?)?
  /// Whether a leftover kept as written loses its accents (for a target language written
  /// without them: English).
  var foldsAccents = false

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
    let pieces = translation.split(separator: " ", omittingEmptySubsequences: false)
    var outcome = Outcome(text: translation, leftovers: 0, repaired: 0, unrepaired: [])
    guard translation.contains(where: { "*#@".contains($0) }) else { return outcome }
    let sourceWords = tokenizer.tokens(in: source).filter { $0.kind == .word }.map(\.text)
    let foldedSource = sourceWords.map(Self.fold)
    var used = Set<Int>()
    var out: [String] = []
    for (index, piece) in pieces.enumerated() {
      var rebuilt = ""
      var rest = Substring(piece)
      // A mark starts a word: at the start of the piece or after a non-letter ("big-*word").
      while let mark = Self.firstMark(in: rest) {
        rebuilt += rest[rest.startIndex..<mark]
        let marks = rest[mark...].prefix(while: { "*#@".contains($0) })
        let afterMarks = rest[marks.endIndex...]
        let word = afterMarks.prefix(while: { $0.isLetter || $0 == "'" || $0 == "’" })
        rest = afterMarks[word.endIndex...]
        // "#": the lemma is target language already; only the mark goes.
        guard marks.contains("*") || marks.contains("@") else {
          rebuilt += word
          continue
        }
        outcome.leftovers += 1
        var replacement: String?
        if let gloss,
          let aligned = align(
            String(word), at: index, of: pieces.count, among: foldedSource, used: used)
        {
          used.insert(aligned)
          if let rendering = gloss(sourceWords[aligned]) {
            replacement =
              word.first?.isUppercase == true
              ? rendering.prefix(1).uppercased() + rendering.dropFirst() : rendering
          }
        }
        if let replacement {
          outcome.repaired += 1
          rebuilt += replacement
        } else {
          outcome.unrepaired.append(String(word))
          rebuilt +=
            foldsAccents
            ? String(word).folding(options: .diacriticInsensitive, locale: nil) : String(word)
        }
      }
      rebuilt += rest
      out.append(rebuilt)
    }
    outcome.text = out.joined(separator: " ")
    return outcome
  }

  /// Where the first unknown-word mark of `text` is: a run of `*`, `#`, `@` at the start or
  /// after a character that is no letter or digit, followed by a letter.
  static func firstMark(in text: Substring) -> Substring.Index? {
    var previous: Character?
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if "*#@".contains(character), previous.map({ !$0.isLetter && !$0.isNumber }) ?? true {
        let after = text[index...].drop(while: { "*#@".contains($0) })
        if after.first?.isLetter == true { return index }
      }
      previous = character
      index = text.index(after: index)
    }
    return nil
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
    Cognates.dice(Array(a), Array(b))
  }
}
