import BitextText

/// The words of one side that can carry evidence, as ids of the side's distinct lower-cased
/// forms: per sentence distinct, at most ``SideFeatures/maximumWords``, symbols and elided
/// articles left out. Also the per-sentence counts the costs need (lengths, marks).
struct TokenizedSide: Sendable {
  /// The number of sentences.
  var count: Int
  /// The side's distinct lower-cased forms, each with the first token written that way.
  var forms: [(token: Token, folded: String)]
  /// The form ids of each sentence's kept words, in order: sentence `k` has
  /// `words[wordStarts[k]..<wordStarts[k + 1]]`.
  var words: [Int32]
  /// Where each sentence's words start in ``words``; one more entry than sentences.
  var wordStarts: [Int]
  /// Each sentence's length in Unicode scalars, white space excluded.
  var lengths: [Double]
  /// Question marks (`?`, `¿`) in each sentence.
  var questionMarks: [Int]
  /// Exclamation marks (`!`, `¡`) in each sentence.
  var exclamationMarks: [Int]

  init(_ sentences: [String], language: String) {
    let tokenizer = WordTokenizer(language: language)
    var formIDs: [String: Int32] = [:]
    var forms: [(token: Token, folded: String)] = []
    // The last sentence each form was kept in: a form is kept once per sentence.
    var lastSentence: [Int] = []
    var words: [Int32] = []
    var wordStarts = [0]
    words.reserveCapacity(sentences.count * 12)
    wordStarts.reserveCapacity(sentences.count + 1)
    for (index, sentence) in sentences.enumerated() {
      var kept = 0
      for token in tokenizer.tokens(in: sentence) where token.kind != .symbol {
        if kept == SideFeatures.maximumWords { break }
        // an elided article
        if token.text.hasSuffix("'") || token.text.hasSuffix("\u{2019}") { continue }
        let folded = token.text.lowercased()
        let id: Int32
        if let known = formIDs[folded] {
          id = known
          if lastSentence[Int(id)] == index { continue }
        } else {
          id = Int32(forms.count)
          formIDs[folded] = id
          forms.append((token, folded))
          lastSentence.append(index)
        }
        lastSentence[Int(id)] = index
        words.append(id)
        kept += 1
      }
      wordStarts.append(words.count)
    }
    self.count = sentences.count
    self.forms = forms
    self.words = words
    self.wordStarts = wordStarts
    lengths = sentences.map(Self.length(of:))
    questionMarks = sentences.map { $0.unicodeScalars.count { $0 == "?" || $0 == "¿" } }
    exclamationMarks = sentences.map { $0.unicodeScalars.count { $0 == "!" || $0 == "¡" } }
  }

  /// Length in Unicode scalars, white space excluded (ASCII white space tested directly).
  static func length(of sentence: String) -> Double {
    var count = 0
    for scalar in sentence.unicodeScalars {
      if scalar.isASCII {
        if scalar != " " && scalar != "\t" && scalar != "\n" && scalar != "\r"
          && scalar != "\u{0B}" && scalar != "\u{0C}"
        {
          count += 1
        }
      } else if !scalar.properties.isWhitespace {
        count += 1
      }
    }
    return Double(count)
  }
}
