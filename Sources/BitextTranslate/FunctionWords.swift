/// Closed-class words of a source language and how a gloss renders them in a target language:
/// articles, prepositions, pronouns, conjunctions, auxiliaries, frequent adverbs and fixed
/// phrases. Written for Bitext (no third-party data).
///
/// An empty `target` drops the word ("ne", "se"). Phrases are written with single spaces between
/// folded tokens, elisions kept with their apostrophe ("c' est", "qu'").
public struct FunctionWords: Sendable {
  /// What a function word is, for the context rules (reordering, article dropping).
  public enum Role: Sendable, Hashable {
    /// An article or other determiner ("les", "ses", "cette").
    case determiner
    /// A definite singular article ("le", "la", "l'"), or a preposition fused with one ("du"):
    /// its "the" is dropped before a proper name.
    case definiteArticle
    /// A preposition ("de", "pour", "selon").
    case preposition
    /// A conjunction or relative word ("et", "que", "qui").
    case conjunction
    /// A personal pronoun ("il", "nous").
    case pronoun
    /// An auxiliary, copula or modal ("a", "est", "peut").
    case auxiliary
    /// A negation particle ("ne", "pas").
    case negation
    /// An adverb or fixed phrase.
    case other
  }

  /// One function word or phrase.
  public struct Entry: Sendable, Hashable {
    /// The rendering in the target language; empty to drop the word.
    public var target: String
    /// What the word is.
    public var role: Role

    /// Creates an entry.
    public init(target: String, role: Role) {
      self.target = target
      self.role = role
    }
  }

  /// Folded word or phrase → entry.
  public var entries: [String: Entry]
  /// The most tokens in a phrase.
  public var longestPhrase: Int

  /// Creates a table from folded words and phrases (tokens separated by single spaces).
  public init(entries: [String: Entry]) {
    self.entries = entries
    self.longestPhrase = entries.keys.map { $0.split(separator: " ").count }.max() ?? 0
  }

  /// No function words: every word goes through the lexicon.
  public static let empty = FunctionWords(entries: [:])

  /// The table for a language pair; empty for pairs without one (only French → English has one).
  public static func table(source: String, target: String) -> FunctionWords {
    source == "fr" && target == "en" ? frenchEnglish : empty
  }

  /// French → English.
  public static let frenchEnglish: FunctionWords = {
    var table: [String: Entry] = [:]
    func add(_ role: Role, _ rows: [(String, String)]) {
      for (source, target) in rows { table[source] = Entry(target: target, role: role) }
    }
    add(
      .definiteArticle,
      [
        ("le", "the"), ("la", "the"), ("l'", "the"), ("du", "of the"), ("de la", "of the"),
        ("de l'", "of the"), ("au", "to the"), ("à la", "to the"), ("à l'", "to the"),
      ])
    add(
      .determiner,
      [
        ("les", "the"), ("un", "a"), ("une", "a"), ("des", ""), ("ce", "this"), ("cet", "this"),
        ("cette", "this"), ("ces", "these"), ("son", "his"), ("sa", "his"), ("ses", "his"),
        ("leur", "their"), ("leurs", "their"), ("notre", "our"), ("nos", "our"),
        ("votre", "your"), ("vos", "your"), ("mon", "my"), ("ma", "my"), ("mes", "my"),
        ("ton", "your"), ("ta", "your"), ("tes", "your"), ("chaque", "each"),
        ("plusieurs", "several"), ("quelques", "some"), ("aucun", "no"), ("aucune", "no"),
        ("tout", "all"), ("toute", "all"), ("tous", "all"), ("toutes", "all"),
        ("certains", "some"), ("certaines", "some"), ("autre", "other"), ("autres", "other"),
        ("quel", "which"), ("quelle", "which"), ("quels", "which"), ("quelles", "which"),
        ("tout le", "all the"), ("toute la", "all the"), ("tous les", "all the"),
        ("toutes les", "all the"), ("un autre", "another"), ("une autre", "another"),
        ("aux", "to the"),
      ])
    add(
      .preposition,
      [
        ("de", "of"), ("d'", "of"), ("à", "to"), ("en", "in"), ("dans", "in"), ("sur", "on"),
        ("sous", "under"), ("par", "by"), ("pour", "for"), ("avec", "with"), ("sans", "without"),
        ("contre", "against"), ("entre", "between"), ("vers", "towards"), ("chez", "at"),
        ("parmi", "among"), ("malgré", "despite"), ("selon", "according to"),
        ("après", "after"), ("avant", "before"), ("depuis", "since"), ("pendant", "during"),
        ("durant", "during"), ("lors de", "during"), ("lors du", "during the"),
        ("lors des", "during the"), ("jusqu'", "until"), ("jusque", "until"),
        ("jusqu' à", "until"), ("jusqu' au", "until the"), ("envers", "towards"),
        ("hors", "outside"), ("outre", "besides"), ("près de", "near"), ("loin de", "far from"),
        ("à cause de", "because of"), ("à cause du", "because of the"),
        ("en raison de", "because of"), ("en raison du", "because of the"),
        ("grâce à", "thanks to"), ("grâce au", "thanks to the"), ("au cours de", "during"),
        ("au cours du", "during the"), ("à partir de", "from"), ("à partir du", "from the"),
        ("au sein de", "within"), ("au sein du", "within the"), ("face à", "facing"),
        ("afin de", "in order to"), ("afin d'", "in order to"), ("par rapport à", "compared to"),
        ("en dehors de", "outside"), ("autour de", "around"), ("au lieu de", "instead of"),
        ("à propos de", "about"), ("auprès de", "with"), ("à travers", "through"),
        ("au nom de", "on behalf of"), ("en tant que", "as"), ("environ", "about"),
        ("comme", "as"),
      ])
    add(
      .conjunction,
      [
        ("et", "and"), ("ou", "or"), ("mais", "but"), ("donc", "so"), ("car", "because"),
        ("ni", "nor"), ("que", "that"), ("qu'", "that"), ("qui", "who"), ("dont", "whose"),
        ("où", "where"), ("si", "if"), ("quand", "when"), ("lorsque", "when"),
        ("lorsqu'", "when"), ("puisque", "since"), ("puisqu'", "since"),
        ("quoique", "although"), ("parce que", "because"), ("parce qu'", "because"),
        ("bien que", "although"), ("bien qu'", "although"), ("alors que", "while"),
        ("alors qu'", "while"), ("tandis que", "while"), ("tandis qu'", "while"),
        ("ainsi que", "as well as"), ("afin que", "so that"), ("pour que", "so that"),
        ("dès que", "as soon as"), ("avant que", "before"), ("après que", "after"),
        ("même si", "even if"), ("lequel", "which"), ("laquelle", "which"),
        ("lesquels", "which"), ("lesquelles", "which"), ("auquel", "to which"),
        ("duquel", "of which"), ("ce que", "what"), ("ce qu'", "what"), ("ce qui", "what"),
      ])
    add(
      .pronoun,
      [
        ("je", "I"), ("j'", "I"), ("tu", "you"), ("il", "he"), ("elle", "she"), ("on", "one"),
        ("nous", "we"), ("vous", "you"), ("ils", "they"), ("elles", "they"), ("me", "me"),
        ("m'", "me"), ("te", "you"), ("t'", "you"), ("se", ""), ("s'", ""), ("lui", "him"),
        ("eux", "them"), ("moi", "me"), ("toi", "you"), ("soi", "oneself"), ("y", "there"),
        ("cela", "that"), ("ça", "that"), ("ceci", "this"), ("celui", "the one"),
        ("celle", "the one"), ("ceux", "those"), ("celles", "those"), ("c'", "it"),
        ("il y a", "there is"), ("il y avait", "there was"), ("il y aura", "there will be"),
        ("il s' agit de", "it is about"), ("il s' agit d'", "it is about"),
        ("il faut", "it is necessary"),
      ])
    add(
      .auxiliary,
      [
        ("est", "is"), ("sont", "are"), ("était", "was"), ("étaient", "were"),
        ("sera", "will be"), ("seront", "will be"), ("serait", "would be"),
        ("seraient", "would be"), ("été", "been"), ("être", "be"), ("suis", "am"),
        ("sommes", "are"), ("êtes", "are"), ("es", "are"), ("a", "has"), ("ont", "have"),
        ("avait", "had"), ("avaient", "had"), ("aura", "will have"), ("auront", "will have"),
        ("aurait", "would have"), ("ai", "have"), ("avons", "have"), ("avez", "have"),
        ("avoir", "have"), ("ayant", "having"), ("c' est", "it is"), ("c' était", "it was"),
        ("ce sont", "they are"), ("a été", "was"), ("ont été", "were"),
        ("avait été", "had been"), ("est-ce que", ""), ("peut", "can"), ("peuvent", "can"),
        ("pourrait", "could"), ("pourraient", "could"), ("doit", "must"), ("doivent", "must"),
        ("devrait", "should"), ("devraient", "should"), ("va", "will"), ("vont", "will"),
      ])
    add(
      .negation,
      [
        ("ne", ""), ("n'", ""), ("pas", "not"), ("non", "not"), ("jamais", "never"),
        ("rien", "nothing"), ("plus", "more"), ("guère", "hardly"),
      ])
    add(
      .other,
      [
        ("très", "very"), ("moins", "less"), ("aussi", "also"), ("déjà", "already"),
        ("encore", "still"), ("toujours", "always"), ("ainsi", "thus"), ("alors", "then"),
        ("puis", "then"), ("ensuite", "then"), ("enfin", "finally"), ("seulement", "only"),
        ("cependant", "however"), ("pourtant", "yet"), ("toutefois", "however"),
        ("même", "even"), ("bien", "well"), ("trop", "too"), ("peu", "little"),
        ("beaucoup", "much"), ("ici", "here"), ("là", "there"), ("oui", "yes"),
        ("aujourd'hui", "today"), ("hier", "yesterday"), ("demain", "tomorrow"),
        ("maintenant", "now"), ("notamment", "notably"), ("également", "also"),
        ("peut-être", "perhaps"), ("c'est-à-dire", "that is"), ("plus de", "more than"),
        ("moins de", "less than"), ("beaucoup de", "many"), ("d' abord", "first"),
        ("de plus", "moreover"), ("en effet", "indeed"), ("tout de suite", "immediately"),
        ("par exemple", "for example"), ("en outre", "furthermore"), ("en fait", "in fact"),
        ("de nouveau", "again"), ("à nouveau", "again"), ("tant", "so much"),
        ("presque", "almost"), ("plutôt", "rather"), ("vraiment", "really"),
        ("surtout", "especially"), ("comment", "how"), ("pourquoi", "why"),
        ("combien", "how many"), ("dit", "said"), ("répondit", "answered"),
        ("demanda", "asked"), ("s' écria", "cried"), ("reprit", "resumed"),
      ])
    return FunctionWords(entries: table)
  }()
}
