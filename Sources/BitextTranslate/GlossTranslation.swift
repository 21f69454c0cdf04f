/// The gloss of one source sentence: the target-language text, the words that were not found,
/// and how each piece of the source was rendered.
public struct GlossTranslation: Sendable, Hashable {
  /// How one piece of the source sentence was rendered.
  public struct Token: Sendable, Hashable {
    /// How the piece was found.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
      /// A function word or fixed phrase of the built-in table ("le" → "the", "ne … pas").
      case functionWord = "function"
      /// A multi-word lexicon entry matched as a whole ("il y a", "Amérique du Nord").
      case phrase
      /// A word found as written in the lexicon.
      case word
      /// A word found through its lemma, singular or stem ("forces" → "force" → "forces").
      case lemma
      /// A number, passed through (French decimal comma and digit groups made English).
      case number
      /// A capitalized word the lexicon does not know, taken as a name and passed through.
      case name
      /// Punctuation or a symbol.
      case punctuation
      /// A word the lexicon does not know, kept as written.
      case unknown
    }

    /// The source text of the piece (words of a phrase joined by spaces).
    public var source: String
    /// Its rendering; empty when the target language drops it ("ne", "se").
    public var target: String
    /// How it was found.
    public var kind: Kind

    /// Creates a token.
    public init(source: String, target: String, kind: Kind) {
      self.source = source
      self.target = target
      self.kind = kind
    }
  }

  /// The source sentence.
  public var source: String
  /// The gloss.
  public var text: String
  /// The source words that were not found (names excluded), in order of first occurrence.
  public var unknownWords: [String]
  /// The pieces of the sentence, in target order (after reordering).
  public var tokens: [Token]

  /// Creates a translation.
  public init(source: String, text: String, unknownWords: [String], tokens: [Token]) {
    self.source = source
    self.text = text
    self.unknownWords = unknownWords
    self.tokens = tokens
  }
}
