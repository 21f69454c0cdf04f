import BitextLexicon

/// Translation evidence from a compiled ``LexiconIndex``: a source word's translations are
/// resolved to target keys (folded form, lemma, or stem), so inflected target words match.
///
/// The keys found for each word are remembered, for every copy of the value: a batch of
/// documents looks most of its words up once.
public struct LexiconEvidence: TranslationEvidence {
  /// The index consulted.
  public let index: LexiconIndex
  /// The most translations considered per source word (best first).
  public let translationLimit: Int
  private let sourceMemo = KeyMemo()
  private let targetMemo = KeyMemo()

  /// Creates evidence over an index.
  public init(index: LexiconIndex, translationLimit: Int = 40) {
    self.index = index
    self.translationLimit = translationLimit
  }

  /// Creates evidence from a lexicon, compiling it with lemmatizers of its languages.
  public init(lexicon: Lexicon, translationLimit: Int = 40) {
    self.init(
      index: LexiconIndex(
        lexicon: lexicon, sourceLemmatizer: Lemmatizer(language: lexicon.sourceLanguage),
        targetLemmatizer: Lemmatizer(language: lexicon.targetLanguage)),
      translationLimit: translationLimit)
  }

  /// The target keys of the word's translations.
  public func translationKeys(ofSource word: String) -> [String] {
    sourceMemo.keys(of: word) { resolveTranslationKeys(ofSource: word) }
  }

  private func resolveTranslationKeys(ofSource word: String) -> [String] {
    var keys: [String] = []
    for translation in index.translations(of: word, limit: translationLimit) {
      let parts = translation.target.split(separator: " ").map(String.init)
      for part in parts {
        if parts.count > 1, index.targetLemmatizer.isFunctionWord(index.targetLemmatizer.fold(part))
        {
          continue
        }
        if let key = index.targetKey(for: part) { keys.append(String(key.rawValue)) }
      }
    }
    return keys
  }

  /// The target key of the word.
  public func keys(ofTarget word: String) -> [String] {
    targetMemo.keys(of: word) { index.targetKey(for: word).map { [String($0.rawValue)] } ?? [] }
  }
}
