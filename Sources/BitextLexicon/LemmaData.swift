import BitextText

/// Small per-language word lists used by ``Lemmatizer``.
///
/// The lists are data: `Dictionaries/lemmas/<language>.txt`, embedded into the library at
/// development time (see `LemmaData+Data.swift`; a test keeps the two identical).
struct LemmaData: Sendable, Equatable {
  /// Elided forms (without apostrophe) → the full word.
  var elisionExpansions: [String: String] = [:]
  /// Irregular and frequent inflected forms as (lemma, forms) rows, in file order.
  var irregularForms: [(lemma: String, forms: [String])] = []
  /// Plural endings → singular endings, tried in order.
  var pluralEndings: [(plural: String, singular: String)] = []
  /// Folded function words.
  var functionWords: Set<String> = []

  /// Creates empty lists.
  init() {}

  static func == (a: LemmaData, b: LemmaData) -> Bool {
    a.elisionExpansions == b.elisionExpansions && a.functionWords == b.functionWords
      && a.irregularForms.elementsEqual(b.irregularForms) { $0 == $1 }
      && a.pluralEndings.elementsEqual(b.pluralEndings) { $0 == $1 }
  }

  /// ``irregularForms`` as a lookup table: form → lemmas, in the order of the rows.
  var irregularLemmas: [String: [String]] {
    var table: [String: [String]] = [:]
    for (lemma, forms) in irregularForms {
      for form in forms { table[form, default: []].append(lemma) }
    }
    return table
  }

  /// Parses the text of a lemma data file: sections in brackets (`[elisions]`,
  /// `[irregular-forms]`, `[plural-endings]`, `[function-words]`), words separated by spaces,
  /// everything after `#` a comment. Lines of unknown sections are ignored; a malformed line is
  /// thrown as a ``LineIssue`` naming `file` and the line.
  static func parse(_ text: String, file: String) throws(LineIssue) -> LemmaData {
    var data = LemmaData()
    for entry in SectionedData.entries(text) {
      let words = entry.words
      let number = entry.line
      guard let first = words.first else { continue }
      switch entry.section {
      case "elisions":
        guard words.count == 2 else {
          throw LineIssue(
            file: file, line: number, message: "expected an elided word and its full word")
        }
        data.elisionExpansions[words[0]] = words[1]
      case "irregular-forms":
        guard first.count > 1, first.hasSuffix(":"), words.count > 1 else {
          throw LineIssue(file: file, line: number, message: "expected 'lemma: form form …'")
        }
        let lemma = String(first.dropLast())
        let forms = Array(words.dropFirst())
        if let last = data.irregularForms.last, last.lemma == lemma {
          data.irregularForms[data.irregularForms.count - 1].forms += forms
        } else {
          data.irregularForms.append((lemma, forms))
        }
      case "plural-endings":
        guard words.count <= 2 else {
          throw LineIssue(
            file: file, line: number, message: "expected a plural and a singular ending")
        }
        data.pluralEndings.append((words[0], words.count == 2 ? words[1] : ""))
      case "function-words":
        data.functionWords.formUnion(words)
      default:
        break
      }
    }
    return data
  }

  /// The data file of a language, as issues name it.
  static func file(_ language: String) -> String { "Dictionaries/lemmas/\(language).txt" }

  /// The embedded data, parsed once, by language code.
  static let embedded: [String: LemmaData] = embeddedData.reduce(into: [:]) { table, data in
    table[data.key] = try? parse(data.value, file: file(data.key))
  }

  /// Elided forms (without apostrophe) → the full word, per language.
  static let elisionExpansions: [String: [String: String]] = embedded.mapValues(
    \.elisionExpansions)

  /// Irregular and frequent inflected forms → lemmas, per language, both folded as the
  /// lemmatizer folds words (German "ließ" → "liess", matching Swiss spelling and headwords).
  static let irregularLemmas: [String: [String: [String]]] = embedded.mapValues { data in
    var table: [String: [String]] = [:]
    for (lemma, forms) in data.irregularForms {
      let lemma = ICU.foldCase(lemma)
      for form in forms.map(ICU.foldCase) where table[form]?.contains(lemma) != true {
        table[form, default: []].append(lemma)
      }
    }
    return table
  }

  /// Plural endings → singular endings, tried in order, per language.
  static let pluralEndings: [String: [(String, String)]] = embedded.mapValues {
    $0.pluralEndings.map { ($0.plural, $0.singular) }
  }

  /// Function words per language, folded.
  static let functionWords: [String: Set<String>] = embedded.mapValues {
    Set($0.functionWords.map(ICU.foldCase))
  }
}
