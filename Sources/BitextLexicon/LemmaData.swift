/// Small per-language word lists used by ``Lemmatizer``, written for Bitext.
enum LemmaData {
  /// Elided forms (without apostrophe) → the full word.
  static let elisionExpansions: [String: [String: String]] = [
    "fr": [
      "l": "le", "d": "de", "j": "je", "m": "me", "t": "te", "s": "se", "n": "ne", "c": "ce",
      "qu": "que", "jusqu": "jusque", "lorsqu": "lorsque", "puisqu": "puisque",
      "quoiqu": "quoique", "presqu": "presque",
    ],
    "it": ["l": "lo", "d": "di", "un": "una", "dell": "dello", "all": "allo", "nell": "nello"],
  ]

  /// Plural endings → singular endings, tried in order.
  static let pluralEndings: [String: [(String, String)]] = [
    "fr": [("aux", "al"), ("eaux", "eau"), ("s", ""), ("x", "")],
    "en": [("ies", "y"), ("ves", "f"), ("es", ""), ("s", "")],
  ]

  /// Function words per language, folded.
  static let functionWords: [String: Set<String>] = [
    "fr": [
      "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "au", "aux", "à", "a", "en",
      "et", "ou", "se", "s'", "sa", "son", "ses", "sur", "par", "pour", "dans", "avec", "que",
      "qui", "ne", "pas", "il", "elle", "on", "ce", "cette", "y", "faire", "être", "avoir",
    ],
    "en": [
      "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "and", "or", "be",
      "is", "are", "as", "it", "its", "one", "one's", "oneself", "someone", "something", "sb",
      "sth", "up", "out", "off", "from", "into", "do", "make", "have", "not",
    ],
    "de": [
      "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
      "eines", "und", "oder", "von", "zu", "zum", "zur", "im", "in", "an", "am", "auf", "mit",
      "für", "sich", "etwas", "jemandem", "jemanden", "jemand", "jemandes", "nicht", "sein",
      "haben", "werden",
    ],
  ]
}
