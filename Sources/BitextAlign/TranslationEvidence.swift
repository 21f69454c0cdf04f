/// Word-level translation knowledge for the aligner, in a form independent of where it comes
/// from (a bilingual dictionary, a learned table, a glossary).
///
/// Both sides map words to *match keys* in one shared space: a source word to the keys of its
/// possible translations, a target word to its own key(s). A source word and a target word
/// translate each other when their key lists meet.
public protocol TranslationEvidence: Sendable {
  /// The keys of the translations of a source word (empty when unknown).
  func translationKeys(ofSource word: String) -> [String]
  /// The keys a target word is known under (empty when unknown).
  func keys(ofTarget word: String) -> [String]
}
