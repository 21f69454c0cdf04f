import BitextLexicon
import BitextText

/// A lexicon compiled for glossing: for every folded source headword (one word or a phrase of
/// several tokens) the one translation a gloss uses, chosen once when the table is built.
///
/// Choosing among senses, best first: the entry's weight (dictionary sense order, induced
/// probabilities), plus a bonus for a cognate of the source word ("mobilisation" →
/// "mobilization"), plus a small bonus for a target many source words share (a frequent English
/// word), minus a penalty per extra word and per character. Ties go to the alphabetically first
/// target, so the choice is deterministic.
struct SenseTable: Sendable {
  /// Folded single-word headwords written in lower case → gloss.
  var lowercaseWords: [String: String] = [:]
  /// Folded single-word headwords written capitalized ("Russie", "Est") → gloss.
  var capitalizedWords: [String: String] = [:]
  /// Folded multi-token headwords (tokens joined by single spaces) → gloss.
  var phrases: [String: String] = [:]
  /// Stems of lower-case single-word headwords → the gloss of the shortest such headword.
  var stems: [String: String] = [:]
  /// The most tokens in a phrase.
  var longestPhrase = 0

  init() {}

  init(
    lexicon: Lexicon, tokenizer: WordTokenizer, lemmatizer: Lemmatizer,
    functionWords: FunctionWords
  ) {
    // How many source headwords each cleaned target serves: a proxy for its frequency.
    var popularity: [String: Int] = [:]
    var candidates: [String: [(target: String, weight: Double)]] = [:]
    for entry in lexicon.entries {
      guard let target = Self.clean(entry.target) else { continue }
      popularity[target, default: 0] += 1
      candidates[entry.source, default: []].append((target, entry.weight))
    }
    var stemOwners: [String: String] = [:]
    var lower: [String: [(String, Double, String)]] = [:]
    var capital: [String: [(String, Double, String)]] = [:]
    var phrase: [String: [(String, Double, String)]] = [:]
    for headword in candidates.keys.sorted() {
      let tokens = tokenizer.tokens(in: headword)
      guard !tokens.isEmpty, tokens.allSatisfy({ $0.kind != .symbol }) else { continue }
      let keys = tokens.map { GlossTranslator.foldKey($0.text) }
      let rows = candidates[headword]!.map { ($0.target, $0.weight, headword) }
      if keys.count == 1 {
        if tokens[0].isCapitalized {
          capital[keys[0], default: []] += rows
        } else {
          lower[keys[0], default: []] += rows
        }
      } else {
        // phrases made only of function words are the function-word table's business
        guard
          !keys.allSatisfy({ functionWords.entries[$0] != nil || lemmatizer.isFunctionWord($0) })
        else { continue }
        phrase[keys.joined(separator: " "), default: []] += rows
        longestPhrase = max(longestPhrase, keys.count)
      }
    }
    func choose(_ table: [String: [(String, Double, String)]]) -> [String: String] {
      var result: [String: String] = [:]
      result.reserveCapacity(table.count)
      for (key, rows) in table {
        var best: (score: Double, target: String)?
        for (target, weight, headword) in rows {
          let score = Self.score(
            source: headword, target: target, weight: weight, popularity: popularity[target] ?? 1)
          if best == nil || score > best!.score || (score == best!.score && target < best!.target) {
            best = (score, target)
          }
        }
        if let best { result[key] = best.target }
      }
      return result
    }
    lowercaseWords = choose(lower)
    capitalizedWords = choose(capital)
    phrases = choose(phrase)
    for key in lowercaseWords.keys.sorted() {
      guard let stem = lemmatizer.stem(ofFolded: key) else { continue }
      if let owner = stemOwners[stem], owner.count <= key.count { continue }
      stemOwners[stem] = key
    }
    stems = stemOwners.mapValues { lowercaseWords[$0]! }
  }

  /// A dictionary target made usable in running text: verbs lose their "to ", glosses with
  /// placeholders ("sb", "sth", "…") or explanations in brackets are left out.
  static func clean(_ target: String) -> String? {
    var text = target.trimmingCharacters(in: " ")
    if text.hasPrefix("to ") { text = String(text.dropFirst(3)) }
    let words = text.split(separator: " ")
    guard !words.isEmpty,
      !words.contains(where: {
        $0 == "sb" || $0 == "sth" || $0 == "sb's" || $0 == "sth's" || $0 == "someone"
          || $0 == "something" || $0 == "one's"
      }),
      !text.contains(where: { "()[]/…;".contains($0) }), !text.contains("..."),
      !text.hasPrefix("-"), !text.hasSuffix("-")
    else { return nil }
    return text
  }

  static func score(source: String, target: String, weight: Double, popularity: Int) -> Double {
    let wordCount = target.reduce(1) { $1 == " " ? $0 + 1 : $0 }
    let similarity = Cognates.similarity(source, target)
    var score = weight
    if similarity >= 0.5 { score += 0.6 * similarity }
    score += 0.02 * Double(min(popularity, 10))
    score -= 0.25 * Double(wordCount - 1)
    score -= 0.004 * Double(target.count)
    return score
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: Character) -> String {
    var s = Substring(self)
    while s.first == set { s = s.dropFirst() }
    while s.last == set { s = s.dropLast() }
    return String(s)
  }
}
