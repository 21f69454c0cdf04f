import BitextLexicon

/// Translation evidence learned from the texts being aligned: word pairs of an IBM Model 1
/// table (``IBMModel1``) trained on the sentence pairs a first alignment is confident about,
/// as hunalign does in its second pass. Words are matched by stem (by folded form where the
/// language has no stemmer), so the table generalizes over inflections.
public struct InducedEvidence: TranslationEvidence {
  /// Source word key → target word keys.
  public let translations: [String: [String]]
  let sourceLemmatizer: Lemmatizer
  let targetLemmatizer: Lemmatizer

  /// Keeps the pairs of `table` (trained on ``key(of:lemmatizer:)`` forms) whose probability
  /// reaches `minimumProbability`, both words seen in `minimumCount` sentences, at most
  /// `maximumPerWord` per source word; pairs with a function word on either side are left
  /// out (the dictionary and the length model already see those).
  public init(
    table: TranslationTable, sourceLanguage: String, targetLanguage: String,
    minimumProbability: Double = 0.1, minimumCount: Int = 2, maximumPerWord: Int = 3
  ) {
    let sourceLemmatizer = Lemmatizer(language: sourceLanguage)
    let targetLemmatizer = Lemmatizer(language: targetLanguage)
    var translations: [String: [String]] = [:]
    for entry in table.entries(
      minimumProbability: minimumProbability, minimumCount: minimumCount,
      maximumPerWord: maximumPerWord)
    where !sourceLemmatizer.isFunctionWord(entry.source)
      && !targetLemmatizer.isFunctionWord(entry.target)
    {
      translations[entry.source, default: []].append(entry.target)
    }
    self.translations = translations
    self.sourceLemmatizer = sourceLemmatizer
    self.targetLemmatizer = targetLemmatizer
  }

  /// The form a word is trained and matched under: its stem, else its folded form.
  public static func key(of word: String, lemmatizer: Lemmatizer) -> String {
    let folded = lemmatizer.fold(word)
    return lemmatizer.stem(ofFolded: folded) ?? folded
  }

  /// The keys of the word's learned translations.
  public func translationKeys(ofSource word: String) -> [String] {
    translations[Self.key(of: word, lemmatizer: sourceLemmatizer)] ?? []
  }

  /// The word's key.
  public func keys(ofTarget word: String) -> [String] {
    [Self.key(of: word, lemmatizer: targetLemmatizer)]
  }
}
