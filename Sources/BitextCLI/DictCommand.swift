import ArgumentParser
import Bitext
import Foundation

/// `bitext dict`: import, learn and look up bilingual lexicons.
struct DictCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dict",
    abstract: "Import, learn and look up bilingual lexicons.",
    discussion: """
      Lexicons live in a data directory (--lexicon-dir, else $BITEXT_LEXICON_DIR,
      else $XDG_DATA_HOME/bitext/lexicons, else ~/.local/share/bitext/lexicons) as
      files named <src>-<tgt>.<name>.tsv:
      source<TAB>target[<TAB>weight[<TAB>provenance]] per line.
      """,
    subcommands: [Import.self, Learn.self, Lookup.self]
  )

  /// The lexicon directory option shared by the subcommands.
  struct DirectoryOptions: ParsableArguments {
    @Option(name: .customLong("lexicon-dir"), help: "The lexicon data directory.")
    var lexiconDirectory: String?

    var store: LexiconStore {
      LexiconStore(directory: lexiconDirectory ?? LexiconStore.defaultDirectory())
    }
  }
}

extension DictCommand {
  /// `bitext dict import freedict fra-eng` / `bitext dict import tsv FILE fr-en --name NAME`.
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Import a FreeDict dictionary or a TSV glossary into the lexicon directory.",
      discussion: """
        freedict PAIR: reads the dictd files of Debian's dict-freedict-PAIR package
        (and of the reverse pair when installed, merged in reversed) and writes
        <src>-<tgt>.freedict.tsv. tsv PAIR FILE: checks a glossary and copies it in
        as <src>-<tgt>.<name>.tsv.
        """)

    @Argument(help: "What to import: freedict or tsv.")
    var kind: String
    @Argument(help: "The language pair, e.g. fra-eng or fr-en.")
    var pair: String
    @Argument(help: "The TSV file (tsv only).")
    var file: String?
    @Option(help: "The lexicon's name in the directory (default: freedict, or the file's name).")
    var name: String?
    @Option(name: .customLong("dictionary-dir"), help: "Where the dictd files are.")
    var dictionaryDirectory: String = FreeDictImporter.debianDirectory
    @Flag(help: "Do not merge in the reverse dictionary.")
    var noReverse = false
    @OptionGroup var directory: DirectoryOptions

    func validate() throws {
      if let name, let reason = LexiconStore.nameProblem(name) {
        throw ValidationError("\(LexiconError.invalidName(name, reason: reason))")
      }
    }

    func run() throws {
      let (source, target) = try FreeDictImporter.parsePair(pair)
      let started = Date()
      switch kind.lowercased() {
      case "freedict":
        guard file == nil else { throw ValidationError("freedict takes no file argument") }
        let importer = FreeDictImporter(
          dictionaryDirectory: dictionaryDirectory, includesReverse: !noReverse)
        let result = try importer.importPair(source: source, target: target)
        Console.warn(result.issues)
        for missing in result.pairsMissing {
          let parts = missing.split(separator: "-")
          Console.note(
            "reverse dictionary \(missing) not installed (apt-get install "
              + "\(FreeDictImporter.debianPackage(source: String(parts[0]), target: String(parts[1]))))"
          )
        }
        let lexiconName = name ?? "freedict"
        let saved = try directory.store.save(
          result.lexicon, name: lexiconName,
          header: [
            "Bitext lexicon \(result.lexicon.sourceLanguage)-\(result.lexicon.targetLanguage)"
              + " imported from FreeDict \(result.pairsRead.joined(separator: " + "))",
            "FreeDict data: GNU General Public License, version 2 or later (https://freedict.org).",
            "source<TAB>target<TAB>weight[<TAB>provenance]",
          ])
        let seconds = Date().timeIntervalSince(started)
        Console.output(
          "\(saved.path): \(result.lexicon.count) entries, \(result.lexicon.sourceHeadwords.count)"
            + " headwords, \(saved.bytes) bytes from \(result.pairsRead.joined(separator: ", "))"
            + " (\(result.articleCounts.map(String.init).joined(separator: " + ")) articles)"
            + " in \(String(format: "%.2f", seconds)) s\n")
      case "tsv":
        guard let file else { throw ValidationError("tsv needs the glossary file") }
        let lexiconName =
          name ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        if let reason = LexiconStore.nameProblem(lexiconName) {
          throw LexiconError.invalidName(lexiconName, reason: reason)
        }
        let read = try LexiconStore.read(
          file: file, sourceLanguage: LanguageCode.twoLetter(source),
          targetLanguage: LanguageCode.twoLetter(target), provenance: lexiconName)
        Console.warn(read.issues)
        let saved = try directory.store.save(
          read.lexicon, name: lexiconName,
          header: ["Bitext lexicon imported from \(URL(fileURLWithPath: file).lastPathComponent)"])
        Console.output("\(saved.path): \(read.lexicon.count) entries, \(saved.bytes) bytes\n")
      default:
        throw ValidationError("unknown kind '\(kind)': use freedict or tsv")
      }
    }
  }

  /// `bitext dict learn --source-lang fr --target-lang en corpus.tmx`.
  struct Learn: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Induce a lexicon from an aligned corpus with IBM Model 1 (both directions).",
      discussion: """
        ALIGNED is a corpus in any format Bitext writes: TMX, TSV, JSON Lines (by
        extension, or --from), or Moses (--from moses, ALIGNED the prefix). Beads
        with text on both sides are the sentence pairs. The lexicon goes into the
        lexicon directory as <src>-<tgt>.<name>.tsv (name: induced), where
        --lexicon auto finds it; -o FILE writes it to a file instead. Lines are
        source<TAB>target<TAB>probability, the probability being the geometric
        mean of both directions.

        Examples:
          bitext dict learn --source-lang fr --target-lang en out/corpus.tmx
          bitext dict learn --source-lang fr --target-lang en pairs.tsv -o induced.tsv
        """)

    @Option(help: "The source language (BCP 47, e.g. fr).")
    var sourceLang: String
    @Option(help: "The target language (BCP 47, e.g. en).")
    var targetLang: String
    @Argument(help: "The aligned corpus (TMX, TSV, JSONL, or a Moses prefix).")
    var aligned: String
    @Option(
      name: .customLong("from"), help: "The corpus format, when the extension does not say it.")
    var inputFormat: CorpusFormat?
    @Option(
      name: .shortAndLong, help: "Write the lexicon to this TSV file, not the lexicon directory.")
    var output: String?
    @Option(help: "The lexicon's name in the lexicon directory.")
    var name: String = "induced"
    @OptionGroup var directory: DirectoryOptions
    @Option(help: "EM iterations.")
    var iterations: Int = 5
    @Option(name: .customLong("min-probability"), help: "Smallest probability kept.")
    var minimumProbability: Double = 0.1
    @Option(name: .customLong("min-count"), help: "Fewest sentences each word must occur in.")
    var minimumCount: Int = 2
    @Option(name: .customLong("max-per-word"), help: "Most translations kept per source word.")
    var maximumPerWord: Int = 5

    func validate() throws {
      guard iterations >= 0, iterations <= 1000 else {
        throw ValidationError("--iterations must be between 0 and 1000")
      }
      guard minimumProbability >= 0, minimumProbability <= 1 else {
        throw ValidationError("--min-probability must be between 0 and 1")
      }
      guard maximumPerWord >= 1 else { throw ValidationError("--max-per-word must be at least 1") }
      if let reason = LexiconStore.nameProblem(name) {
        throw ValidationError("\(LexiconError.invalidName(name, reason: reason))")
      }
      if inputFormat == .beads {
        throw ValidationError(
          "the beads format holds sentence ids, not text: nothing to learn from")
      }
      guard inputFormat != nil || CorpusFormat(pathExtension: extensionOfAligned) != nil else {
        throw ValidationError(
          "cannot tell the format of '\(aligned)' from its extension; pass --from (tmx, tsv, jsonl or moses)"
        )
      }
    }

    private var extensionOfAligned: String { URL(fileURLWithPath: aligned).pathExtension }

    func run() throws {
      let (source, target) = try PairOptions.languages(source: sourceLang, target: targetLang)
      let format = inputFormat ?? CorpusFormat(pathExtension: extensionOfAligned) ?? .tsv
      let reader = CorpusReader(options: .init(sourceLanguage: source, targetLanguage: target))
      let report = try reader.readReport(from: URL(fileURLWithPath: aligned), format: format)
      report.warnings.forEach(Console.warn)
      let corpus = report.corpus
      let learner = LexiconLearner(
        sourceLanguage: source, targetLanguage: target,
        options: .init(
          iterations: iterations, minimumProbability: minimumProbability,
          minimumCount: minimumCount, maximumPerWord: maximumPerWord))
      let (lexicon, pairs) = learner.learn(from: corpus)
      guard pairs > 0 else {
        throw BitextError("\(aligned): no bead with text on both sides: nothing to learn from")
      }
      let header = [
        "Bitext lexicon \(lexicon.sourceLanguage)-\(lexicon.targetLanguage) induced with IBM Model 1"
          + " (\(iterations) iterations, both directions) from \(pairs) sentence pairs of"
          + " \(URL(fileURLWithPath: aligned).lastPathComponent)",
        "source<TAB>target<TAB>probability",
      ]
      let path: String
      if let output {
        try LexiconStore.writeAtomically(
          LexiconTSV.serialize(lexicon, header: header, defaultProvenance: name), to: output)
        path = output
      } else {
        path = try directory.store.save(lexicon, name: name, header: header).path
      }
      Console.output("\(path): \(lexicon.count) entries from \(pairs) sentence pairs\n")
    }
  }

  /// `bitext dict lookup --source-lang fr --target-lang en WORD...`.
  struct Lookup: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show the translations of words from the lexicons of a language pair.")

    @Option(help: "The source language (BCP 47, e.g. fr).")
    var sourceLang: String
    @Option(help: "The target language (BCP 47, e.g. en).")
    var targetLang: String
    @Option(help: "How many translations to show per word.")
    var limit: Int = 10
    @Argument(help: "The words to look up.")
    var words: [String]
    @OptionGroup var directory: DirectoryOptions

    func run() throws {
      let (sourceLanguage, targetLanguage) = try PairOptions.languages(
        source: sourceLang, target: targetLang)
      let store = directory.store
      guard let loaded = try store.load(source: sourceLanguage, target: targetLanguage) else {
        let pair = [sourceLanguage, targetLanguage].map { LanguageCode.threeLetter($0) ?? $0 }
        throw BitextError(
          "no \(sourceLanguage)-\(targetLanguage) lexicon in \(store.directory);"
            + " import one with: bitext dict import freedict \(pair.joined(separator: "-"))")
      }
      Console.warn(loaded.issues)
      let index = LexiconIndex(
        lexicon: loaded.lexicon, sourceLemmatizer: Lemmatizer(language: sourceLanguage),
        targetLemmatizer: Lemmatizer(language: targetLanguage))
      for word in words {
        let translations = index.translations(of: word, limit: limit)
        let shown = translations.map {
          "\($0.target) (\(LexiconTSV.format($0.weight)), \($0.provenance))"
        }
        Console.output("\(word)\t\(shown.isEmpty ? "-" : shown.joined(separator: ", "))\n")
      }
    }
  }
}
