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

  /// Irregular and frequent inflected forms → lemma, per language, as (lemma, forms) rows:
  /// the auxiliaries and common irregular verbs, contracted articles, possessives.
  static let irregularForms: [String: [(String, [String])]] = [
    "fr": [
      (
        "avoir",
        [
          "a", "ai", "as", "avons", "avez", "ont", "avait", "avais", "avaient", "avions",
          "aviez", "aura", "aurai", "auras", "aurons", "aurez", "auront", "aurait", "aurais",
          "auraient", "ait", "aie", "aies", "aient", "ayant", "eu", "eue", "eus", "eut", "eurent",
        ]
      ),
      (
        "être",
        [
          "est", "es", "suis", "sommes", "êtes", "sont", "était", "étais", "étaient",
          "étions", "étiez", "sera", "serai", "seras", "serons", "serez", "seront", "serait",
          "serais", "seraient", "soit", "sois", "soient", "soyons", "étant", "été", "fut", "fus",
          "furent", "fût",
        ]
      ),
      (
        "aller",
        [
          "va", "vais", "vas", "allons", "allez", "vont", "ira", "irai", "iront", "irait",
          "aille", "allait", "allé", "allée", "allés",
        ]
      ),
      (
        "faire",
        [
          "fait", "fais", "faisons", "faites", "font", "faisait", "faisaient", "fera",
          "ferai", "feront", "ferait", "fasse", "fassent", "faite", "faits",
        ]
      ),
      (
        "pouvoir",
        [
          "peut", "peux", "pouvons", "pouvez", "peuvent", "pouvait", "pourra",
          "pourrait", "pourraient", "puisse", "puissent", "pu",
        ]
      ),
      (
        "devoir",
        [
          "doit", "dois", "devons", "devez", "doivent", "devait", "devra", "devrons",
          "devrait", "devraient", "doive", "dû", "due", "dus",
        ]
      ),
      (
        "vouloir",
        [
          "veut", "veux", "voulons", "voulez", "veulent", "voulait", "voudra",
          "voudrait", "veuille", "voulu",
        ]
      ),
      (
        "savoir",
        [
          "sait", "sais", "savons", "savez", "savent", "savait", "saura", "saurait",
          "sache", "su",
        ]
      ),
      (
        "dire",
        [
          "dit", "dis", "disons", "dites", "disent", "disait", "dira", "dirait", "dise",
          "dits", "dite",
        ]
      ),
      (
        "voir",
        [
          "voit", "vois", "voyons", "voyez", "voient", "voyait", "verra", "verrait", "vu",
          "vue", "vus",
        ]
      ),
      (
        "venir",
        [
          "vient", "viens", "venons", "venez", "viennent", "venait", "viendra",
          "viendrait", "vienne", "venu", "venue", "venus",
        ]
      ),
      (
        "prendre",
        [
          "prend", "prends", "prenons", "prenez", "prennent", "prenait", "prendra",
          "prendrait", "prenne", "pris", "prise", "prises",
        ]
      ),
      ("mettre", ["met", "mets", "mettons", "mettez", "mettent", "mettait", "mis", "mise"]),
      ("naître", ["né", "née", "nés", "nées", "naît", "naquit"]),
      ("vivre", ["vit", "vis", "vivent", "vivait", "vécu"]),
      ("de", ["du", "des"]), ("à", ["au", "aux"]), ("ce", ["cet", "cette", "ces"]),
      ("celui", ["celle", "ceux", "celles"]), ("son", ["sa", "ses"]), ("mon", ["ma", "mes"]),
      ("ton", ["ta", "tes"]), ("notre", ["nos"]), ("votre", ["vos"]), ("leur", ["leurs"]),
      ("le", ["la", "les"]), ("un", ["une"]), ("ne", ["n'"]), ("non", ["ne"]),
      ("quel", ["quelle", "quels", "quelles"]), ("tout", ["toute", "tous", "toutes"]),
    ],
    "en": [
      ("be", ["is", "am", "are", "was", "were", "been", "being", "'s", "'re", "'m"]),
      ("have", ["has", "had", "having", "'ve", "'d"]), ("do", ["does", "did", "done", "doing"]),
      ("go", ["goes", "went", "gone", "going"]), ("say", ["says", "said"]),
      ("make", ["makes", "made"]), ("take", ["takes", "took", "taken"]),
      ("come", ["comes", "came"]), ("see", ["sees", "saw", "seen"]),
      ("know", ["knows", "knew", "known"]), ("get", ["gets", "got", "gotten"]),
      ("give", ["gives", "gave", "given"]), ("find", ["finds", "found"]),
      ("think", ["thinks", "thought"]), ("tell", ["tells", "told"]),
      ("become", ["becomes", "became"]), ("leave", ["leaves", "left"]),
      ("bring", ["brings", "brought"]), ("begin", ["begins", "began", "begun"]),
      ("keep", ["keeps", "kept"]), ("hold", ["holds", "held"]), ("write", ["wrote", "written"]),
      ("stand", ["stood"]), ("lose", ["lost"]), ("pay", ["paid"]), ("meet", ["met"]),
      ("lead", ["led"]), ("fight", ["fought"]), ("man", ["men"]), ("woman", ["women"]),
      ("child", ["children"]), ("person", ["people"]), ("will", ["'ll", "would"]),
      ("can", ["could"]), ("shall", ["should"]), ("may", ["might"]),
    ],
  ]

  /// ``irregularForms`` as a lookup table: form → lemmas.
  static let irregularLemmas: [String: [String: [String]]] = irregularForms.mapValues { rows in
    var table: [String: [String]] = [:]
    for (lemma, forms) in rows {
      for form in forms { table[form, default: []].append(lemma) }
    }
    return table
  }

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
