import BitextLexicon

@testable import BitextTranslate

/// A small French → English lexicon written for the tests.
func tinyLexicon(_ rows: [(String, String, Double)] = defaultRows) -> Lexicon {
  Lexicon(
    sourceLanguage: "fr", targetLanguage: "en",
    entries: rows.map { LexiconEntry(source: $0.0, target: $0.1, weight: $0.2, provenance: "test") }
  )
}

let defaultRows: [(String, String, Double)] = [
  ("pomme de terre", "potato", 1), ("pomme", "apple", 1), ("terre", "earth", 1),
  ("homme", "man", 1), ("armée", "army", 1), ("force", "force", 1),
  ("biélorusse", "Belarusian", 1), ("armé", "armed", 1), ("président", "president", 1),
  ("Russie", "Russia", 1), ("déclarer", "declare", 1), ("manger", "eat", 1), ("chat", "cat", 1),
  ("soldat", "soldier", 1), ("maison", "house", 1), ("maison", "home", 0.5),
  ("mobilisation", "call-up", 1), ("mobilisation", "mobilization", 1), ("partiel", "partial", 1),
  ("grand", "big", 1), ("noir", "black", 1),
]

func translator(
  _ rows: [(String, String, Double)] = defaultRows,
  configuration: GlossTranslator.Configuration = .init()
) -> GlossTranslator {
  GlossTranslator(
    lexicon: tinyLexicon(rows), sourceLanguage: "fr", targetLanguage: "en",
    configuration: configuration)
}
