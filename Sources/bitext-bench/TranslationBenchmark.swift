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

  @Flag(help: "Skip the Apertium table.")
  var noApertium = false

  @Flag(help: "In the Apertium table, only the routes raw and Bitext's auto engine.")
  var short = false

  @Option(help: .hidden)
  var tuning: [Double] = []

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

    if !noApertium {
      try machineTranslationTable(
        documents: [("Sample", [sets[0]]), ("LIMSI dev", books)], gloss: translator)
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

  /// chrF of Apertium's routes, raw, and of ``MachineTranslator`` with each of its steps
  /// switched off, on each set (its documents translated one by one); then speed.
  func machineTranslationTable(
    documents sets: [(name: String, documents: [TestSet])], gloss: GlossTranslator
  ) throws {
    guard let installation = try ApertiumInstallation.discover() else {
      print("\nApertium is not installed: no machine-translation table.")
      return
    }
    let routes = installation.routes(from: "fr", to: "en")
    typealias Variant = (name: String, configuration: MachineTranslator.Configuration)
    var variants: [Variant] = [("gloss", .init(engine: .gloss))]
    for route in routes {
      variants.append(
        (
          "\(route) raw",
          .init(
            engine: .apertium, route: route.description, protectsNames: false,
            protectsTokens: false, repairsLeftovers: false)
        ))
    }
    for route in routes where !short {
      variants.append(("\(route) full", .init(engine: .apertium, route: route.description)))
    }
    variants.append(("auto (Bitext)", .init()))
    for penalty in tuning {
      variants.append(("penalty \(penalty)", .init(leftoverPenalty: penalty)))
    }
    if !short {
      variants += [
        ("no names", .init(protectsNames: false)),
        ("names, route not asked", .init(asksRouteAboutNames: false)),
        ("no token protection", .init(protectsTokens: false)),
        ("no repair", .init(repairsLeftovers: false)),
        ("no word vote", .init(votesOnWords: false)),
        ("two routes", .init(maximumRoutes: 2)),
      ]
    }
    print("")
    print("Machine translation fr → en, corpus chrF (n = 6, β = 2), 1-1 gold beads")
    print("Apertium routes installed: \(routes.map(\.description).joined(separator: ", "))")
    print("")
    print("| Variant | " + sets.map(\.name).joined(separator: " | ") + " | seconds |")
    print("| --- |" + String(repeating: " ---: |", count: sets.count + 1))
    for variant in variants {
      let translator = try MachineTranslator(
        sourceLanguage: "fr", targetLanguage: "en", gloss: gloss, installation: installation,
        configuration: variant.configuration)
      var cells: [String] = []
      let started = Date()
      var sentences = 0
      var leftovers = 0
      var repaired = 0
      for set in sets {
        var hypotheses: [String] = []
        var references: [String] = []
        for document in set.documents {
          let translation = try translator.translate(document.french)
          hypotheses += translation.lines
          references += document.english
          sentences += document.french.count
          leftovers += translation.leftovers
          repaired += translation.repaired
        }
        cells.append(f(ChrF.corpusScore(hypotheses: hypotheses, references: references)))
        if let dump {
          let stem = set.name.hasPrefix("LIMSI") ? "limsi" : "sample"
          let name = variant.name.replacingOccurrences(of: " ", with: "_")
          try write(hypotheses, to: "\(dump)/\(stem).\(name).txt")
        }
      }
      let seconds = Date().timeIntervalSince(started)
      print(
        "| \(variant.name) | " + cells.joined(separator: " | ")
          + " | \(String(format: "%.1f", seconds)) (\(Int(Double(sentences) / seconds)) sentences/s"
          + (leftovers > 0 ? "; leftovers \(leftovers), repaired \(repaired)" : "") + ") |")
    }
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
