/// Reads numbers written in words, so that a number in digits on one side of a bead matches
/// the same number in words on the other (`2,000 men` ~ `deux mille hommes`, `8000` ~
/// `Achttausender`).
///
/// A number is a run of number words and connectors (`and`, `et`, `und`…), each word made of
/// one or more of the language's morphemes (`quatre-vingt-dix` = `quatrevingt` + `dix`,
/// `dreiundzwanzig` = `drei` + `und` + `zwanzig`), optionally followed by an inflection
/// (`Achttausender`). Hundreds multiply what comes before them, thousands and larger close a
/// group: `trois cent mille` = 300 000. Cardinals only; English, French, German, Spanish,
/// Italian, Portuguese and Dutch.
public struct NumberWords: Sendable, Hashable {
  /// The morphemes of the language, folded (lower case, no diacritics), with their values;
  /// connectors have the value 0 and are in ``connectors`` too.
  public var morphemes: [String: Int]
  /// The words that join number words (`and`, `et`, `und`).
  public var connectors: Set<String>
  /// Endings a number word may take (German `er`, `ern`…).
  public var endings: Set<String>

  /// The number words of a language (primary subtag); none for other languages.
  public init(language: String) {
    let table = Self.tables[language] ?? (morphemes: [:], connectors: [], endings: [])
    morphemes = table.morphemes
    connectors = table.connectors
    endings = table.endings
    for connector in connectors { morphemes[connector] = 0 }
  }

  /// The values of the numbers written in words in `text`, canonical as in
  /// ``NumberMention/values``.
  public func values(in text: String) -> Set<String> {
    guard !morphemes.isEmpty else { return [] }
    var values: Set<String> = []
    var run: [Int] = []
    func close() {
      while let last = run.last, last == 0 { run.removeLast() }  // a trailing connector
      if let value = Self.value(of: run) { values.insert(String(value)) }
      run = []
    }
    func read(_ word: String) -> Bool {
      if connectors.contains(word) {
        if !run.isEmpty { run.append(0) }
      } else if let parts = segments(Substring(word)) {
        run += parts
      } else {
        return false
      }
      return true
    }
    for word in text.split(whereSeparator: { !$0.isLetter && $0 != "-" }) {
      let folded = WordFolding.fold(String(word))
      // `quatre-vingt-dix` is one number, `Achttausender-Status` holds one.
      guard !read(folded.filter { $0 != "-" }) else { continue }
      close()
      for part in folded.split(separator: "-") where !read(String(part)) { close() }
    }
    close()
    return values
  }

  /// The values of the morphemes `word` is made of (a connector as 0), nil when it is not a
  /// number word.
  func segments(_ word: Substring) -> [Int]? {
    guard !word.isEmpty else { return nil }
    if let value = morphemes[String(word)] { return value == 0 ? nil : [value] }
    var length = min(word.count - 1, 14)
    while length >= 2 {
      let head = String(word.prefix(length))
      if let value = morphemes[head] {
        let rest = word.dropFirst(length)
        if endings.contains(String(rest)), value != 0 { return [value] }
        if let tail = segments(rest) { return [value] + tail }
      }
      length -= 1
    }
    return nil
  }

  /// The value of a run of morpheme values (connectors as 0), nil when it has none.
  static func value(of run: [Int]) -> Int? {
    guard run.contains(where: { $0 != 0 }) else { return nil }
    var total = 0
    var current = 0
    for value in run where value != 0 {
      if value == 100 {
        current = max(current, 1) * 100
      } else if value >= 1000 {
        total += max(current, 1) * value
        current = 0
      } else {
        current += value
      }
    }
    return total + current
  }

  /// Words to values, for one language.
  private typealias Table = (
    morphemes: [String: Int], connectors: Set<String>, endings: Set<String>
  )

  /// The tables by language; words folded (lower case, no diacritics, no hyphens).
  private static let tables: [String: Table] = [
    "en": (
      words(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen",
        tens: "twenty thirty forty fifty sixty seventy eighty ninety"
      )
      .merging(["hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000]) {
        $1
      },
      ["and"], []
    ),
    "fr": (
      words(
        "zero un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize",
        tens: "vingt trente quarante cinquante soixante"
      )
      .merging([
        "une": 1, "vingts": 20, "quatrevingt": 80, "quatrevingts": 80, "cent": 100, "cents": 100,
        "mille": 1000, "million": 1_000_000, "millions": 1_000_000, "milliard": 1_000_000_000,
        "milliards": 1_000_000_000,
      ]) { $1 },
      ["et"], []
    ),
    "de": (
      words(
        "null eins zwei drei vier funf sechs sieben acht neun zehn elf zwolf dreizehn vierzehn funfzehn sechzehn siebzehn achtzehn neunzehn",
        tens: "zwanzig dreissig vierzig funfzig sechzig siebzig achtzig neunzig"
      )
      .merging([
        "ein": 1, "eine": 1, "hundert": 100, "tausend": 1000, "million": 1_000_000,
        "millionen": 1_000_000, "milliarde": 1_000_000_000, "milliarden": 1_000_000_000,
      ]) { $1 },
      ["und"], ["er", "ern", "ers", "e", "en", "em", "es"]
    ),
    "es": (
      words(
        "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince",
        tens: "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa"
      )
      .merging([
        "un": 1, "una": 1, "dieci": 10, "veinti": 20, "cien": 100, "ciento": 100, "cientos": 100,
        "quinientos": 500, "setecientos": 700, "novecientos": 900, "mil": 1000,
        "millon": 1_000_000, "millones": 1_000_000,
      ]) { $1 },
      ["y"], []
    ),
    "it": (
      words(
        "zero uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove",
        tens: "venti trenta quaranta cinquanta sessanta settanta ottanta novanta"
      )
      .merging([
        "un": 1, "una": 1, "vent": 20, "trent": 30, "quarant": 40, "cinquant": 50, "sessant": 60,
        "settant": 70, "ottant": 80, "novant": 90, "cento": 100, "mille": 1000, "mila": 1000,
        "milione": 1_000_000, "milioni": 1_000_000,
      ]) { $1 },
      [], []
    ),
    "pt": (
      words(
        "zero um dois tres quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove",
        tens: "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa"
      )
      .merging([
        "uma": 1, "duas": 2, "quatorze": 14, "dezasseis": 16, "dezassete": 17, "dezanove": 19,
        "cem": 100, "cento": 100, "duzentos": 200, "trezentos": 300, "quatrocentos": 400,
        "quinhentos": 500, "seiscentos": 600, "setecentos": 700, "oitocentos": 800,
        "novecentos": 900, "mil": 1000, "milhao": 1_000_000, "milhoes": 1_000_000,
      ]) { $1 },
      ["e"], []
    ),
    "nl": (
      words(
        "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien",
        tens: "twintig dertig veertig vijftig zestig zeventig tachtig negentig"
      )
      .merging(["honderd": 100, "duizend": 1000, "miljoen": 1_000_000, "miljard": 1_000_000_000]) {
        $1
      },
      ["en"], []
    ),
  ]

  /// Units from 0 (then 1, 2…) and tens from 20 (then 30, 40…), from words separated by
  /// spaces.
  private static func words(_ units: String, tens: String) -> [String: Int] {
    var table: [String: Int] = [:]
    for (value, word) in units.split(separator: " ").enumerated() { table[String(word)] = value }
    for (index, word) in tens.split(separator: " ").enumerated() {
      table[String(word)] = 20 + 10 * index
    }
    return table
  }
}
