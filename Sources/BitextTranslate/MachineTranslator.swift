import BitextText
import Foundation

/// Translates a document's lines with the best engine installed: Apertium (direct or through
/// pivot languages, several routes combined) when it has routes for the pair, else the gloss
/// translator.
///
/// With Apertium, per route: the names the document shows (see `NameFinder`) that the route
/// would mangle — a name the route, given it alone, leaves marked as unknown, such as
/// "Loukachenko" made Catalan "Lukaixenka" — and every number, URL, e-mail address and token
/// with markup symbols are protected (see `TokenProtection`); the document goes through each
/// mode in one process (``ApertiumEngine``); the words it left untranslated are replaced by the
/// gloss of the source word they align with (`LeftoverRepair`). With several routes, each line
/// keeps the route's output the others agree with most (highest summed chrF against the other
/// routes' outputs, less ``Configuration/leftoverPenalty`` per word left untranslated: a
/// minimum-Bayes-risk choice), and with three or more, a word every other route replaces in
/// the same place is replaced (`RouteCombination`). Each choice was measured with
/// `bitext-bench translation` (README).
public struct MachineTranslator: Sendable {
  /// Which engine to use.
  public enum Engine: String, Sendable, Hashable, CaseIterable {
    /// Apertium when installed with a route for the pair, else the gloss (with a warning).
    case auto
    /// Apertium; an error when it or a route for the pair is missing.
    case apertium
    /// The word-for-word gloss translator.
    case gloss
  }

  /// The translator's settings.
  public struct Configuration: Sendable, Hashable {
    /// The engine.
    public var engine: Engine
    /// The Apertium route to use, by its languages (`fr-es-en`); nil: the best ones.
    public var route: String?
    /// The most Apertium routes combined line by line.
    public var maximumRoutes: Int
    /// Whether names are protected from the engine.
    public var protectsNames: Bool
    /// Whether numbers, URLs, e-mail addresses and markup-like tokens are protected.
    public var protectsTokens: Bool
    /// Whether a name is protected only when the route, given it alone, leaves it unknown
    /// (false: every name the document shows is protected).
    public var asksRouteAboutNames: Bool
    /// Whether words the engine left untranslated are replaced with the gloss.
    public var repairsLeftovers: Bool
    /// The time limit of each Apertium process.
    public var timeLimit: ApertiumEngine.TimeLimit
    /// What each word a route left untranslated costs its line in the consensus (chrF points;
    /// 5 measured best on the sample and LIMSI, 0 to 20 tried).
    public var leftoverPenalty: Double
    /// Whether, with three routes or more, the chosen line's words are put to the vote of the
    /// others (see `RouteCombination`).
    public var votesOnWords: Bool

    /// Creates a configuration; by default the best engine installed, up to three routes
    /// combined and voted on, names and tokens protected, leftovers repaired.
    public init(
      engine: Engine = .auto, route: String? = nil, maximumRoutes: Int = 3,
      protectsNames: Bool = true, protectsTokens: Bool = true, asksRouteAboutNames: Bool = true,
      repairsLeftovers: Bool = true, timeLimit: ApertiumEngine.TimeLimit = .init(),
      leftoverPenalty: Double = 5, votesOnWords: Bool = true
    ) {
      self.leftoverPenalty = leftoverPenalty
      self.votesOnWords = votesOnWords
      self.engine = engine
      self.route = route
      self.maximumRoutes = maximumRoutes
      self.protectsNames = protectsNames
      self.protectsTokens = protectsTokens
      self.asksRouteAboutNames = asksRouteAboutNames
      self.repairsLeftovers = repairsLeftovers
      self.timeLimit = timeLimit
    }
  }

  /// A translated document.
  public struct Translation: Sendable, Hashable {
    /// One translation per input line.
    public var lines: [String]
    /// Per line, what made it: `mt:apertium:fr-ca-en`, `mt:gloss`; empty for an empty line.
    public var origins: [String]
    /// Per line, the source words left untranslated.
    public var unknownWords: [[String]]
    /// Per line, the number of words of the source line.
    public var sourceWords: [Int]
    /// Words the engine left untranslated, in all.
    public var leftovers = 0
    /// Of those, the ones replaced with a gloss.
    public var repaired = 0
    /// Tokens protected from the engine (names, numbers, URLs…), over all routes.
    public var protectedTokens = 0
    /// Lines whose protected tokens the engine lost, translated by the gloss instead.
    public var fallbackLines = 0

    /// What the user should know about this translation: lines the engine could not
    /// translate whole.
    public var warnings: [String] {
      guard fallbackLines > 0 else { return [] }
      return [
        "\(fallbackLines) line(s) lost a protected name, number or address in Apertium: "
          + "translated with the gloss instead (kept as written when there is no lexicon)"
      ]
    }
  }

  /// The source language.
  public let sourceLanguage: String
  /// The target language.
  public let targetLanguage: String
  /// The settings.
  public let configuration: Configuration
  /// The Apertium routes that will be used, best first; empty when the gloss translates.
  public let routes: [ApertiumRoute]
  /// What the user should know about the choice (the gloss used for lack of Apertium…).
  public let warnings: [String]
  let engine: ApertiumEngine?
  let gloss: GlossTranslator?
  let tokenizer: WordTokenizer

  /// Chooses the engine for `source` → `target`. `gloss` is the gloss translator (nil without a
  /// lexicon), `installation` the Apertium found on the machine (nil: none).
  public init(
    sourceLanguage source: String, targetLanguage target: String, gloss: GlossTranslator?,
    installation: ApertiumInstallation?, configuration: Configuration = Configuration()
  ) throws(TranslationError) {
    sourceLanguage = LanguageTag.primaryLanguage(source)
    targetLanguage = LanguageTag.primaryLanguage(target)
    self.configuration = configuration
    self.gloss = gloss
    tokenizer = WordTokenizer(language: sourceLanguage)
    let install =
      ApertiumInstallation.installCommand(from: sourceLanguage, to: targetLanguage)
      ?? "apt-get install apertium (Debian packages no pair for \(sourceLanguage)-\(targetLanguage))"
    var available: [ApertiumRoute] = []
    var missing: String?
    if configuration.engine != .gloss {
      if let installation {
        available = installation.routes(from: sourceLanguage, to: targetLanguage)
        if available.isEmpty {
          missing =
            "no Apertium route from \(sourceLanguage) to \(targetLanguage) is installed: \(install)"
        }
      } else {
        missing = "Apertium is not installed: \(install)"
      }
    }
    if let wanted = configuration.route, missing == nil {
      available = available.filter { $0.description == wanted }
      if available.isEmpty {
        let offered =
          installation?.routes(from: sourceLanguage, to: targetLanguage)
          .map(\.description).joined(separator: ", ") ?? ""
        throw TranslationError("no installed Apertium route \(wanted) (installed: \(offered))")
      }
    }
    var notes: [String] = []
    switch configuration.engine {
    case .gloss:
      guard gloss != nil else {
        throw TranslationError("the gloss translator needs a lexicon for the pair")
      }
      available = []
    case .apertium:
      if let missing { throw TranslationError(missing) }
    case .auto:
      if let missing {
        guard gloss != nil else {
          throw TranslationError(missing + " (and there is no lexicon for the gloss translator)")
        }
        notes.append(missing + "; translating with the gloss translator instead")
      }
    }
    routes = Array(available.prefix(max(1, configuration.maximumRoutes)))
    warnings = notes
    engine =
      routes.isEmpty
      ? nil
      : installation.map {
        ApertiumEngine(executable: $0.executable, timeLimit: configuration.timeLimit)
      }
  }

  /// What marks this translator's output: `mt:apertium:fr-ca-en+fr-es-en`, `mt:gloss`.
  public var origin: String {
    routes.isEmpty
      ? "mt:gloss" : "mt:apertium:" + routes.map(\.description).joined(separator: "+")
  }

  /// Translates `lines` (no line breaks inside), one output line per input line.
  public func translate(_ lines: [String]) throws(TranslationError) -> Translation {
    let sourceWords = lines.map { line in
      tokenizer.tokens(in: line).filter { $0.kind == .word }.count
    }
    guard let engine, !routes.isEmpty else {
      return glossTranslation(lines, sourceWords: sourceWords)
    }
    var found = Set<String>()
    if configuration.protectsNames {
      var isUnknownName: ((String) -> Bool)?
      if let translator = gloss { isUnknownName = { Self.isUnknownName($0, translator) } }
      found = NameFinder(language: sourceLanguage).names(in: lines, isUnknownName: isUnknownName)
    }
    let names = found
    // The routes run at the same time; each result lands in its own slot.
    let outcomes = RouteResults(count: routes.count)
    DispatchQueue.concurrentPerform(iterations: routes.count) { index in
      outcomes.set(
        index,
        Result { () throws(TranslationError) -> RouteOutput in
          try translate(lines, route: routes[index], engine: engine, names: names)
        })
    }
    var outputs: [RouteOutput] = []
    for result in outcomes.results() {
      switch result {
      case .success(let output): outputs.append(output)
      case .failure(let error): throw error
      }
    }
    var translation = Translation(
      lines: [], origins: [], unknownWords: [], sourceWords: sourceWords)
    for output in outputs {
      translation.protectedTokens += output.protectedTokens
    }
    for index in lines.indices {
      guard !lines[index].allSatisfy(\.isWhitespace) else {
        translation.lines.append("")
        translation.origins.append("")
        translation.unknownWords.append([])
        continue
      }
      let candidates = outputs.map { $0.lines[index] }
      let chosen = RouteCombination.backbone(
        candidates.map(\.text),
        penalties: candidates.map { configuration.leftoverPenalty * Double($0.unknown.count) })
      let line = candidates[chosen]
      var text = line.text
      if configuration.votesOnWords, candidates.count > 2 {
        text = RouteCombination.vote(
          backbone: line.text,
          others: candidates.indices.filter { $0 != chosen }.map { candidates[$0].text })
      }
      translation.lines.append(Self.typeset(text, language: targetLanguage))
      translation.origins.append(text == line.text ? line.origin : origin)
      translation.unknownWords.append(line.unknown)
      translation.leftovers += line.leftovers
      translation.repaired += line.repaired
      if line.fallback { translation.fallbackLines += 1 }
    }
    return translation
  }

  /// One route's rendering of one line.
  struct RouteLine: Sendable {
    var text: String
    var origin: String
    var unknown: [String] = []
    var leftovers = 0
    var repaired = 0
    var fallback = false
  }

  /// One route's rendering of the document.
  struct RouteOutput: Sendable {
    var lines: [RouteLine]
    var protectedTokens: Int
  }

  /// The document through one route: names asked about, tokens protected, one process per
  /// mode, placeholders restored, leftovers repaired.
  func translate(
    _ lines: [String], route: ApertiumRoute, engine: ApertiumEngine, names: Set<String>
  ) throws(TranslationError) -> RouteOutput {
    var protectedNames = names
    if configuration.asksRouteAboutNames, !names.isEmpty {
      let asked = names.sorted()
      let answers: [String]
      do {
        answers = try engine.translate(asked, route: route)
      } catch {
        // A name asked alone: blame the first line that holds it.
        guard let index = error.line else { throw error }
        let name = asked[index]
        throw TranslationError(
          error.message + " (the name “\(name)” asked alone)",
          line: lines.firstIndex { $0.contains(name) })
      }
      protectedNames = Set(
        zip(asked, answers).filter { $0.1.contains(where: { "*@#".contains($0) }) }.map(\.0))
    }
    let protection = TokenProtection(lines: lines)
    let protected = lines.map { line in
      protection.protect(line, othersThanNames: configuration.protectsTokens) {
        protectedNames.contains(String($0))
      }
    }
    let raw = try engine.translate(protected.map(\.line), route: route)
    var glossOfWord: (@Sendable (String) -> String?)?
    if configuration.repairsLeftovers, let translator = gloss {
      glossOfWord = { Self.glossOfWord($0, translator) }
    }
    var repair = LeftoverRepair(tokenizer: tokenizer, gloss: glossOfWord)
    repair.foldsAccents =
      configuration.repairsLeftovers && Self.writtenWithoutAccents.contains(targetLanguage)
    var result: [RouteLine] = []
    var protectedCount = 0
    for (index, text) in raw.enumerated() {
      protectedCount += protected[index].tokens.count
      guard let restored = protection.restore(text, tokens: protected[index].tokens) else {
        // The engine lost or repeated a placeholder: the gloss keeps every token.
        var line = glossLine(lines[index])
        line.fallback = true
        result.append(line)
        continue
      }
      let outcome = repair.repair(restored, source: lines[index])
      result.append(
        RouteLine(
          text: Self.keepingFinalPunctuation(of: lines[index], in: outcome.text),
          origin: route.origin, unknown: outcome.unrepaired,
          leftovers: outcome.leftovers, repaired: outcome.repaired))
    }
    return RouteOutput(lines: result, protectedTokens: protectedCount)
  }

  /// The document through the gloss translator alone.
  func glossTranslation(_ lines: [String], sourceWords: [Int]) -> Translation {
    var translation = Translation(
      lines: [], origins: [], unknownWords: [], sourceWords: sourceWords)
    for line in lines {
      let rendered = glossLine(line)
      translation.lines.append(Self.typeset(rendered.text, language: targetLanguage))
      translation.origins.append(rendered.origin)
      translation.unknownWords.append(rendered.unknown)
    }
    return translation
  }

  /// One line through the gloss translator (as written when there is none).
  func glossLine(_ line: String) -> RouteLine {
    guard !line.allSatisfy(\.isWhitespace) else { return RouteLine(text: "", origin: "") }
    guard let gloss else { return RouteLine(text: line, origin: "") }
    let translated = gloss.translate(line)
    return RouteLine(text: translated.text, origin: "mt:gloss", unknown: translated.unknownWords)
  }

  /// Target languages whose words carry no accents: a leftover kept in one loses its accents.
  static let writtenWithoutAccents: Set<String> = ["en"]

  /// Characters that end a sentence.
  static let finalPunctuation: Set<Character> = [".", "!", "?", "…"]
  /// Closing quotes and brackets that may follow it.
  static let closers: Set<Character> = ["»", "”", "’", "\"", "'", ")", "]"]

  /// `translation` with the final punctuation of `source` put back when the engine dropped it
  /// (Apertium drops a period after an unknown word at the end of a line).
  static func keepingFinalPunctuation(of source: String, in translation: String) -> String {
    let sourceCore = source.reversed().drop(while: { $0.isWhitespace || closers.contains($0) })
    guard let final = sourceCore.first, finalPunctuation.contains(final) else {
      return translation
    }
    var text = Substring(translation)
    while text.last?.isWhitespace == true { text.removeLast() }
    var closing = ""
    while let last = text.last, closers.contains(last) {
      closing.insert(last, at: closing.startIndex)
      text.removeLast()
    }
    while text.last?.isWhitespace == true { text.removeLast() }
    guard let last = text.last, !finalPunctuation.contains(last), !":;".contains(last) else {
      return translation
    }
    return String(text) + String(final) + closing
  }

  /// The line with runs of spaces made one and, for English, French guillemets made English
  /// quotation marks (« x » → “x”): engines pass the source's typography through.
  static func typeset(_ line: String, language: String) -> String {
    var out = ""
    var previous: Character = " "
    for character in line {
      if character == " ", previous == " " || previous == "“" { continue }
      switch (language, character) {
      case ("en", "«"):
        out.append("“")
        previous = "“"
        continue
      case ("en", "»"):
        if out.last == " " { out.removeLast() }
        out.append("”")
      default:
        out.append(character)
      }
      previous = character
    }
    while out.last == " " { out.removeLast() }
    return out
  }

  /// Whether the gloss translator takes a capitalized word for a name it does not know.
  static func isUnknownName(_ word: String, _ translator: GlossTranslator) -> Bool {
    let tokens = translator.translate(word).tokens
    return tokens.count == 1 && tokens[0].kind == .name
  }

  /// The gloss of one word, when the lexicon or the function-word table has one.
  static func glossOfWord(_ word: String, _ translator: GlossTranslator) -> String? {
    let translated = translator.translate(word)
    let known: Set<GlossTranslation.Token.Kind> = [.word, .lemma, .phrase, .functionWord]
    guard translated.tokens.contains(where: { known.contains($0.kind) }) else { return nil }
    // The pieces' own renderings: the whole text starts with a capital, as a sentence does.
    let rendering = translated.tokens.map(\.target).filter { !$0.isEmpty }.joined(separator: " ")
    return rendering.isEmpty ? nil : rendering
  }
}

/// The routes' results, written from concurrent iterations, each into its own slot.
final class RouteResults: @unchecked Sendable {
  private var slots: [Result<MachineTranslator.RouteOutput, TranslationError>?]
  private let lock = NSLock()

  init(count: Int) {
    slots = Array(repeating: nil, count: count)
  }

  func set(_ index: Int, _ result: Result<MachineTranslator.RouteOutput, TranslationError>) {
    lock.lock()
    slots[index] = result
    lock.unlock()
  }

  func results() -> [Result<MachineTranslator.RouteOutput, TranslationError>] {
    lock.lock()
    defer { lock.unlock() }
    return slots.map { $0! }
  }
}
