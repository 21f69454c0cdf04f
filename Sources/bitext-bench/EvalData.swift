import ArgumentParser
import BitextCorpus
import BitextLexicon
import BitextText
import Foundation

/// Reading the development data: sentence files (one sentence per line) and gold alignments in
/// the beads format.
enum EvalData {
  /// The lines of a sentence file (``TextFile/lines(_:)``); `keepBlank: false` leaves out blank
  /// lines.
  static func lines(_ path: String, keepBlank: Bool = true) throws -> [String] {
    let result = TextFile.lines(try TextFile.read(path)).map(String.init)
    return keepBlank ? result : result.filter { !$0.allSatisfy(\.isWhitespace) }
  }

  /// The beads of a gold alignment file.
  static func gold(_ path: String) throws -> [BeadLink] {
    try BeadsFormat.parse(TextFile.read(path), path: path)
  }

  /// The sentence pairs of the 1-1 beads of `gold`, an error naming `path` when a bead lies
  /// outside the sentence lists.
  static func oneToOnePairs(
    _ gold: [BeadLink], source: [String], target: [String], path: String
  ) throws -> [(source: String, target: String)] {
    try gold.filter { $0.source.count == 1 && $0.target.count == 1 }.map { bead in
      guard bead.source[0] < source.count, bead.target[0] < target.count else {
        throw ValidationError("\(path): bead \(bead) outside the sentence files")
      }
      return (source[bead.source[0]], target[bead.target[0]])
    }
  }

  /// The fr–en lexicon of the lexicon store (`directory`, else the default one), with what its
  /// files said; an error saying how to import it when there is none.
  static func storedFrenchEnglishLexicon(
    directory: String?
  ) throws -> LexiconStore.Loaded {
    let directory = directory ?? LexiconStore.defaultDirectory()
    guard let loaded = try LexiconStore(directory: directory).load(source: "fr", target: "en")
    else {
      throw ValidationError(
        "no fr-en lexicon in \(directory): run `bitext dict import freedict fra-eng`")
    }
    return loaded
  }

  /// For `choice` "none" nothing; else the user's lexicon store for the pair if it has one,
  /// else the installed FreeDict files (a line says which).
  static func lexicon(_ choice: String, source: String, target: String) -> Lexicon? {
    guard choice != "none" else { return nil }
    let store = LexiconStore(directory: LexiconStore.defaultDirectory())
    if let loaded = try? store.load(source: source, target: target), !loaded.lexicon.isEmpty {
      print("(\(source)-\(target) lexicon: \(loaded.lexicon.count) entries from the lexicon store)")
      return loaded.lexicon
    }
    guard let imported = try? FreeDictImporter().importPair(source: source, target: target) else {
      print("(no \(source)-\(target) dictionary installed: aligning without one)")
      return nil
    }
    print(
      "(\(source)-\(target) lexicon: \(imported.lexicon.count) entries from FreeDict \(imported.pairsRead.joined(separator: ", ")))"
    )
    return imported.lexicon
  }
}
