/// The forms under which a word is looked up in a lexicon.
public struct LemmaKeys: Hashable, Sendable {
  /// The case-folded form, apostrophes normalized, an elided article expanded ("L'" → "le").
  public var folded: String
  /// Lemmas of an irregular or frequent inflected form ("était" → "être", "des" → "de"),
  /// tried right after the folded form.
  public var lemmas: [String]
  /// Singular forms guessed from plural endings ("mères" → "mère", "chevaux" → "cheval"),
  /// tried before the stem; empty for languages without rules.
  public var singulars: [String]
  /// The Snowball stem of the folded form; `nil` when the language has no stemmer or the stem
  /// is shorter than the lemmatizer's guard (short stems match unrelated words).
  public var stem: String?

  /// Creates keys.
  public init(folded: String, lemmas: [String] = [], singulars: [String] = [], stem: String?) {
    self.folded = folded
    self.lemmas = lemmas
    self.singulars = singulars
    self.stem = stem
  }
}
