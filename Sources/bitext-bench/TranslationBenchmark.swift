import ArgumentParser
import BitextCorpus
import BitextLexicon
import BitextText
import BitextTranslate
import Foundation

/// Gloss translation quality: corpus chrF (character 6-grams, β = 2, whitespace ignored, as
/// sacrebleu's chrF) of `GlossTranslator` French → English against the English side of the 1-1
/// beads of the sample article and of the LIMSI development books, next to a first-sense
/// word-for-word baseline computed in the same run; then throughput.
struct TranslationBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "translation",
    abstract: "chrF of the gloss translator against a first-sense word-for-word baseline.")

  @Option(help: "The LIMSI development set (<Book>.en, <Book>.fr, <Book>.enfr).")
  var eval = "../shared/eval/alignment/limsi-en-fr-dev"

  @Option(help: "The sample folder (fr.sentences.txt, en.sentences.txt, gold.beads).")
  var sample = "Corpora/lukashenko-2022"

  @Option(name: .customLong("lexicon-dir"), help: "The lexicon data directory.")
  var lexiconDirectory: String?

  @Option(help: "Write hypotheses and references here (for an outside chrF cross-check).")
  var dump: String?

  @Flag(help: "Also measure each rule switched off.")
  var ablation = false

  /// French sentences with their English references.
  struct TestSet {
    var name: String
    var french: [String]
    var english: [String]
  }

  func run() throws {
    let loaded = try EvalData.storedFrenchEnglishLexicon(directory: lexiconDirectory)
    let lexicon = loaded.lexicon
    var sets = [try sampleSet()]
    let books = try limsiBooks()
    sets.append(
      TestSet(
        name: "LIMSI dev (\(books.count) books)", french: books.flatMap(\.french),
        english: books.flatMap(\.english)))

    let started = Date()
    let translator = GlossTranslator(lexicon: lexicon, sourceLanguage: "fr", targetLanguage: "en")
    let buildSeconds = Date().timeIntervalSince(started)
    let baseline = FirstSenseBaseline(lexicon: lexicon)

    var variants: [(String, GlossTranslator.Configuration)] = []
    if ablation {
      variants = [
        ("no function words", .init(usesFunctionWords: false)),
        ("no reordering", .init(reordersAdjectives: false)),
        ("no lemmas", .init(usesLemmas: false)),
        ("no inflection", .init(inflects: false)),
        ("no phrases", .init(maximumPhraseLength: 1)),
      ]
    }
    let ablated = variants.map {
      (
        $0.0,
        GlossTranslator(
          lexicon: lexicon, sourceLanguage: "fr", targetLanguage: "en", configuration: $0.1)
      )
    }

    print("Gloss translation fr → en, corpus chrF (n = 6, β = 2), 1-1 gold beads")
    print(
      "Lexicon: \(loaded.files.map { URL(fileURLWithPath: $0.path).lastPathComponent }.joined(separator: ", ")) (\(lexicon.count) entries)"
    )
    print("")
    var header = "| Set | Pairs | Baseline (first sense) | Gloss | Δ |"
    var rule = "| --- | ---: | ---: | ---: | ---: |"
    for (name, _) in ablated {
      header += " \(name) |"
      rule += " ---: |"
    }
    print(header)
    print(rule)
    for set in sets {
      let base = set.french.map(baseline.translate)
      let gloss = set.french.map { translator.translate($0).text }
      let baseScore = ChrF.corpusScore(hypotheses: base, references: set.english)
      let glossScore = ChrF.corpusScore(hypotheses: gloss, references: set.english)
      var line =
        "| \(set.name) | \(set.french.count) | \(f(baseScore)) | \(f(glossScore)) | \(f(glossScore - baseScore, sign: true)) |"
      for (_, variant) in ablated {
        let output = set.french.map { variant.translate($0).text }
        line += " \(f(ChrF.corpusScore(hypotheses: output, references: set.english))) |"
      }
      print(line)
      if let dump {
        try FileManager.default.createDirectory(atPath: dump, withIntermediateDirectories: true)
        let stem = set.name.hasPrefix("LIMSI") ? "limsi" : "sample"
        try write(set.french, to: "\(dump)/\(stem).fr.txt")
        try write(set.english, to: "\(dump)/\(stem).ref.txt")
        try write(base, to: "\(dump)/\(stem).baseline.txt")
        try write(gloss, to: "\(dump)/\(stem).gloss.txt")
      }
    }

    // Throughput: every French sentence of the LIMSI books, three passes.
    let all = sets.last!.french
    let timer = Date()
    var characters = 0
    for _ in 0..<3 {
      for sentence in all { characters &+= translator.translate(sentence).text.utf8.count }
    }
    let seconds = Date().timeIntervalSince(timer)
    print("")
    print(
      "Speed: \(Int(Double(all.count * 3) / seconds)) sentences/s on one core"
        + " (\(all.count * 3) sentences, \(characters) output bytes); lexicon compiled in"
        + " \(String(format: "%.2f", buildSeconds)) s (\(translator.headwordCount) headwords)")
  }

  func f(_ value: Double, sign: Bool = false) -> String {
    (sign && value >= 0 ? "+" : "") + String(format: "%.2f", value)
  }

  func write(_ lines: [String], to path: String) throws {
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: path, atomically: true, encoding: .utf8)
  }

  /// The 1-1 beads of the sample (source = French).
  func sampleSet() throws -> TestSet {
    let path = "\(sample)/gold.beads"
    let pairs = try EvalData.oneToOnePairs(
      EvalData.gold(path), source: EvalData.lines("\(sample)/fr.sentences.txt", keepBlank: false),
      target: EvalData.lines("\(sample)/en.sentences.txt", keepBlank: false), path: path)
    return TestSet(
      name: "Sample (lukashenko-2022)", french: pairs.map(\.source), english: pairs.map(\.target))
  }

  /// The 1-1 beads of each LIMSI book (source = English, target = French).
  func limsiBooks() throws -> [TestSet] {
    let names = try FileManager.default.contentsOfDirectory(atPath: eval)
      .filter { $0.hasSuffix(".enfr") }.map { String($0.dropLast(5)) }.sorted()
    guard !names.isEmpty else { throw ValidationError("\(eval): no <Book>.enfr gold files") }
    return try names.map { book in
      let path = "\(eval)/\(book).enfr"
      let pairs = try EvalData.oneToOnePairs(
        EvalData.gold(path), source: EvalData.lines("\(eval)/\(book).en"),
        target: EvalData.lines("\(eval)/\(book).fr"), path: path)
      return TestSet(name: book, french: pairs.map(\.target), english: pairs.map(\.source))
    }
  }
}

/// The baseline: every word replaced by its first dictionary translation (as written, else
/// case-folded), or kept when the lexicon lacks it; no phrases, no reordering, no function-word
/// rules.
struct FirstSenseBaseline: Sendable {
  let lexicon: Lexicon
  let tokenizer = WordTokenizer(language: "fr")
  let lemmatizer = Lemmatizer(language: "fr", usesStems: false, guessesSingulars: false)

  func translate(_ sentence: String) -> String {
    tokenizer.tokens(in: sentence).map { token in
      guard token.kind == .word else { return token.text }
      if let first = lexicon.translations(of: token.text).first { return first.target }
      if let first = lexicon.translations(of: lemmatizer.fold(token.text)).first {
        return first.target
      }
      return token.text
    }.joined(separator: " ")
  }
}

/// Character n-gram F-score (Popović 2015) as sacrebleu computes chrF: white space removed,
/// character n-grams of orders 1…6 counted per sentence and summed over the corpus, an F-β score
/// per order, averaged over the orders.
enum ChrF {
  /// Per order: hypothesis n-grams, reference n-grams, matched n-grams.
  struct Statistics {
    var counts = [Int](repeating: 0, count: 3 * 6)
  }

  static func corpusScore(
    hypotheses: [String], references: [String], order: Int = 6, beta: Double = 2
  ) -> Double {
    precondition(hypotheses.count == references.count)
    var totals = [Int](repeating: 0, count: 3 * order)
    for (hypothesis, reference) in zip(hypotheses, references) {
      let h = characters(hypothesis)
      let r = characters(reference)
      for n in 1...order {
        let hc = ngrams(h, n)
        let rc = ngrams(r, n)
        var matches = 0
        for (gram, count) in hc { matches += min(count, rc[gram] ?? 0) }
        totals[3 * (n - 1)] += max(0, h.count - n + 1)
        totals[3 * (n - 1) + 1] += max(0, r.count - n + 1)
        totals[3 * (n - 1) + 2] += matches
      }
    }
    return score(totals, order: order, beta: beta)
  }

  static func score(_ totals: [Int], order: Int, beta: Double) -> Double {
    let epsilon = 1e-16
    let factor = beta * beta
    var sum = 0.0
    var effectiveOrder = 0
    for n in 0..<order {
      let hyp = totals[3 * n]
      let ref = totals[3 * n + 1]
      let match = totals[3 * n + 2]
      let precision = hyp > 0 ? Double(match) / Double(hyp) : epsilon
      let recall = ref > 0 ? Double(match) / Double(ref) : epsilon
      let denominator = factor * precision + recall
      sum += denominator > 0 ? (1 + factor) * precision * recall / denominator : epsilon
      if hyp > 0 && ref > 0 { effectiveOrder += 1 }
    }
    return effectiveOrder == 0 ? 0 : 100 * sum / Double(effectiveOrder)
  }

  static func characters(_ text: String) -> [Unicode.Scalar] {
    text.unicodeScalars.filter { !$0.properties.isWhitespace }
  }

  static func ngrams(_ scalars: [Unicode.Scalar], _ n: Int) -> [String: Int] {
    guard scalars.count >= n else { return [:] }
    var result: [String: Int] = [:]
    for i in 0...(scalars.count - n) {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[i..<i + n])
      result[String(view), default: 0] += 1
    }
    return result
  }
}
