import ArgumentParser
import BitextLexicon
import BitextText
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

  /// A failure reported to the user (exit code 1).
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  static func report(_ issues: [LexiconIssue], limit: Int = 20) {
    for issue in issues.prefix(limit) { warn("warning: \(issue)") }
    if issues.count > limit {
      warn("warning: \(issues.count - limit) more malformed line(s) skipped")
    }
  }

  static func warn(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
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

    func run() throws {
      let (source, target) = try FreeDictImporter.parsePair(pair)
      let started = Date()
      switch kind.lowercased() {
      case "freedict":
        guard file == nil else { throw ValidationError("freedict takes no file argument") }
        let importer = FreeDictImporter(
          dictionaryDirectory: dictionaryDirectory, includesReverse: !noReverse)
        let result = try importer.importPair(source: source, target: target)
        DictCommand.report(result.issues)
        for missing in result.pairsMissing {
          let parts = missing.split(separator: "-")
          DictCommand.warn(
            "note: reverse dictionary \(missing) not installed (apt-get install "
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
        print(
          "\(saved.path): \(result.lexicon.count) entries, \(result.lexicon.sourceHeadwords.count)"
            + " headwords, \(saved.bytes) bytes from \(result.pairsRead.joined(separator: ", "))"
            + " (\(result.articleCounts.map(String.init).joined(separator: " + ")) articles)"
            + " in \(String(format: "%.2f", seconds)) s")
      case "tsv":
        guard let file else { throw ValidationError("tsv needs the glossary file") }
        let lexiconName =
          name ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        guard !lexiconName.isEmpty, !lexiconName.contains("/") else {
          throw ValidationError("invalid lexicon name '\(lexiconName)'")
        }
        let read = try LexiconStore.read(
          file: file, sourceLanguage: LanguageCode.twoLetter(source),
          targetLanguage: LanguageCode.twoLetter(target), provenance: lexiconName)
        DictCommand.report(read.issues)
        let saved = try directory.store.save(
          read.lexicon, name: lexiconName,
          header: ["Bitext lexicon imported from \(URL(fileURLWithPath: file).lastPathComponent)"])
        print("\(saved.path): \(read.lexicon.count) entries, \(saved.bytes) bytes")
      default:
        throw ValidationError("unknown kind '\(kind)': use freedict or tsv")
      }
    }
  }

  /// `bitext dict learn --source-lang fr --target-lang en ALIGNED -o out.tsv`.
  struct Learn: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Induce a lexicon from aligned sentences with IBM Model 1 (both directions).",
      discussion: """
        ALIGNED is a TSV file of sentence pairs (source<TAB>target per line) or a
        JSON Lines corpus (.jsonl, fields source_text and target_text). Writes
        source<TAB>target<TAB> probability lines, the probability being the
        geometric mean of both directions.
        """)

    @Option(name: .customLong("source-lang"), help: "The source language (e.g. fr).")
    var sourceLanguage: String
    @Option(name: .customLong("target-lang"), help: "The target language (e.g. en).")
    var targetLanguage: String
    @Argument(help: "The aligned corpus (TSV pairs or JSONL).")
    var aligned: String
    @Option(name: .shortAndLong, help: "The TSV lexicon to write.")
    var output: String
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
    }

    func run() throws {
      let text = try Self.readText(aligned)
      let (pairs, issues) = Self.sentencePairs(text, file: aligned)
      DictCommand.report(issues)
      guard !pairs.isEmpty else {
        throw DictCommand.Failure(description: "\(aligned): no sentence pairs")
      }
      let tokenized = Self.tokenize(pairs, source: sourceLanguage, target: targetLanguage)
      let table = IBMModel1.trainSymmetric(pairs: tokenized, iterations: iterations)
      let lexicon = table.lexicon(
        sourceLanguage: LanguageCode.twoLetter(sourceLanguage),
        targetLanguage: LanguageCode.twoLetter(targetLanguage),
        minimumProbability: minimumProbability, minimumCount: minimumCount,
        maximumPerWord: maximumPerWord)
      let header = [
        "Bitext lexicon \(lexicon.sourceLanguage)-\(lexicon.targetLanguage) induced with IBM Model 1"
          + " (\(iterations) iterations, both directions) from \(pairs.count) sentence pairs of"
          + " \(URL(fileURLWithPath: aligned).lastPathComponent)",
        "source<TAB>target<TAB>probability",
      ]
      try LexiconStore.writeAtomically(
        LexiconTSV.serialize(lexicon, header: header, defaultProvenance: "induced"), to: output)
      print("\(output): \(lexicon.count) entries from \(pairs.count) sentence pairs")
    }

    static func readText(_ path: String) throws -> String {
      try TextFile.read(path)
    }

    /// Sentence pairs from TSV (`source<TAB>target`) or JSON Lines (`source_text`, `target_text`).
    static func sentencePairs(_ text: String, file: String) -> ([(String, String)], [LexiconIssue])
    {
      var pairs: [(String, String)] = []
      var issues: [LexiconIssue] = []
      var lineNumber = 0
      for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
        lineNumber += 1
        let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
        if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") { continue }
        if line.hasPrefix("{") {
          guard
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            let source = object["source_text"] as? String,
            let target = object["target_text"] as? String
          else {
            issues.append(
              LexiconIssue(
                file: file, line: lineNumber,
                message: "expected a JSON object with source_text and target_text"))
            continue
          }
          pairs.append((source, target))
          continue
        }
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count >= 2 else {
          issues.append(
            LexiconIssue(file: file, line: lineNumber, message: "expected source<TAB>target"))
          continue
        }
        pairs.append((String(fields[0]), String(fields[1])))
      }
      return (pairs, issues)
    }

    /// Word tokens, folded, per side.
    static func tokenize(_ pairs: [(String, String)], source: String, target: String) -> [(
      [String], [String]
    )] {
      let sourceTokenizer = WordTokenizer(language: LanguageCode.twoLetter(source))
      let targetTokenizer = WordTokenizer(language: LanguageCode.twoLetter(target))
      let sourceLemmatizer = Lemmatizer(language: source, usesStems: false)
      let targetLemmatizer = Lemmatizer(language: target, usesStems: false)
      return pairs.map { pair in
        (
          sourceTokenizer.tokens(in: pair.0).filter { $0.kind == .word }.map {
            sourceLemmatizer.fold($0.text)
          },
          targetTokenizer.tokens(in: pair.1).filter { $0.kind == .word }.map {
            targetLemmatizer.fold($0.text)
          }
        )
      }
    }
  }

  /// `bitext dict lookup --source-lang fr --target-lang en WORD...`.
  struct Lookup: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show the translations of words from the lexicons of a language pair.")

    @Option(name: .customLong("source-lang"), help: "The source language (e.g. fr).")
    var sourceLanguage: String
    @Option(name: .customLong("target-lang"), help: "The target language (e.g. en).")
    var targetLanguage: String
    @Option(help: "How many translations to show per word.")
    var limit: Int = 10
    @Argument(help: "The words to look up.")
    var words: [String]
    @OptionGroup var directory: DirectoryOptions

    func run() throws {
      let store = directory.store
      guard let loaded = try store.load(source: sourceLanguage, target: targetLanguage) else {
        throw DictCommand.Failure(
          description: "no \(sourceLanguage)-\(targetLanguage) lexicon in \(store.directory);"
            + " import one with: bitext dict import freedict \(sourceLanguage)-\(targetLanguage)")
      }
      DictCommand.report(loaded.issues)
      let index = LexiconIndex(
        lexicon: loaded.lexicon, sourceLemmatizer: Lemmatizer(language: sourceLanguage),
        targetLemmatizer: Lemmatizer(language: targetLanguage))
      for word in words {
        let translations = index.translations(of: word, limit: limit)
        let shown = translations.map {
          "\($0.target) (\(LexiconTSV.format($0.weight)), \($0.provenance))"
        }
        print("\(word)\t\(shown.isEmpty ? "-" : shown.joined(separator: ", "))")
      }
    }
  }
}
