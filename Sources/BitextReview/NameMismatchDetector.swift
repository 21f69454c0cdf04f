import BitextAlign
import BitextCorpus
import BitextText
import Foundation

/// Raises ``BeadFlag/nameMismatch`` when a likely name on one side of a bead has no
/// counterpart on the other.
///
/// A likely name is read by ``NameReader``: a capitalised word inside a sentence, neither first
/// nor after a quote, a colon or a dash, that is not a sentence starter, a title, a day or a
/// month, nor a word the document's side also writes in lower case; headlines have none.
///
/// Its counterpart is loose (``NameCounterparts``), to keep false alarms rare: a word of the
/// other side equal after case and diacritic folding, sharing its first four letters or, for
/// two long words, within an edit distance of 2; a capitalised word sharing its first three
/// letters, within an edit distance of 2 (`Poutine` ~ `Putin`, `Kyiv` ~ `Kiev`) or holding it
/// (`Dorado` ~ `Eldorado`); for an acronym, one with the same letters or a subset of them
/// (`UN` ~ `ONU`). A hyphenated name matches through any of its parts.
///
/// The document decides which names count: a name whose side of the document nowhere holds a
/// counterpart is translated or left out (`Hatter` ~ `Chapelier`), and so is one with no
/// counterpart in two of its beads and more than ``translatedShare`` of them; neither is
/// flagged. A name in ``frequentShare`` of the beads or more (a novel's hero, the subject of an
/// article) is often a pronoun in the translation: it is flagged only when the other side also
/// has a name with no counterpart.
///
/// Languages that capitalise common nouns (``skippedLanguages``) are not checked, nor pairs
/// whose sides are written in different scripts or in a script without case.
///
/// On the LIMSI English–French development books (literary translations), with the gold
/// alignment, it fires on 2.6 % of the correct 1-1 beads and on 31 % of beads pairing a
/// sentence with its neighbour's translation.
public struct NameMismatchDetector: Sendable, Hashable {
  /// Languages whose common nouns are capitalised: pairs with one of them are not checked.
  public var skippedLanguages: Set<String> = ["de", "lb"]
  /// A name with no counterpart in more than this share of the beads it is in (and in two at
  /// least) is translated rather than kept (`Hatter` ~ `Chapelier`, `German` ~ `allemand`):
  /// it is never flagged.
  public var translatedShare = 0.34
  /// A name in this share of the document's beads or more (three at least) is flagged only
  /// when the other side also has a name with no counterpart: translations often use a pronoun
  /// for a frequent name (a novel's hero, the subject of an article).
  public var frequentShare = 0.03
  /// Sentences with this share of capitalised words or more after the first (see
  /// ``NameReader/isHeadline(_:)``) are headlines: none of their words is a name.
  public var titleCaseShare = 0.5
  /// Capitalised words that are not names, by language (primary subtag), in title case:
  /// English days and months.
  public var capitalisedWords: [String: Set<String>] = [
    "en": [
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
      "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December",
    ]
  ]
  /// The most names of each side a reason lists.
  public var listed = 3

  /// Creates a detector.
  public init() {}

  /// The notes of the beads of one document, in order: `Dupont only in source`. `languages`
  /// are the corpus's source and target languages.
  public func notes(for beads: [AlignedBead], languages: (String, String)) -> [BeadFlagNote?] {
    let none = [BeadFlagNote?](repeating: nil, count: beads.count)
    guard !skippedLanguages.contains(LanguageTag.primaryLanguage(languages.0)),
      !skippedLanguages.contains(LanguageTag.primaryLanguage(languages.1))
    else { return none }
    let links = LinkScanner()
    func tokens(_ sentences: [AlignedSentence], _ tokenizer: WordTokenizer) -> [[Token]] {
      sentences.map { tokenizer.tokens(in: links.removingLinks(from: $0.text)) }
    }
    let tokenizers = (WordTokenizer(language: languages.0), WordTokenizer(language: languages.1))
    // Bead by bead on all processors: each bead's result depends on that bead only.
    let work = ParallelWork(threads: ProcessInfo.processInfo.activeProcessorCount)
    let source = work.map(beads.count) { tokens(beads[$0].source, tokenizers.0) }
    let target = work.map(beads.count) { tokens(beads[$0].target, tokenizers.1) }
    guard let script = CasedScript.dominant(in: source), CasedScript.dominant(in: target) == script
    else { return none }
    let vocabularies = (source: SideVocabulary(source), target: SideVocabulary(target))
    let readers = (
      NameReader(
        profile: tokenizers.0.profile, commonWords: commonWords(languages.0),
        vocabulary: vocabularies.source, share: titleCaseShare),
      NameReader(
        profile: tokenizers.1.profile, commonWords: commonWords(languages.1),
        vocabulary: vocabularies.target, share: titleCaseShare)
    )
    // Each bead's names with no counterpart, and how often each name is matched or not.
    let read = work.map(beads.count) {
      index -> (names: ([String], [String]), only: ([String], [String])) in
      guard !beads[index].hasEmptySource, !beads[index].hasEmptyTarget else {
        return (([], []), ([], []))
      }
      let sourceNames = readers.0.names(in: source[index])
      let targetNames = readers.1.names(in: target[index])
      return (
        (sourceNames, targetNames),
        (
          unmatched(sourceNames, in: target[index], vocabularies.target),
          unmatched(targetNames, in: source[index], vocabularies.source)
        )
      )
    }
    var found: [(source: [String], target: [String])] = []
    var tallies = (source: NameTally(), target: NameTally())
    for bead in read {
      tallies.source.add(bead.names.0, unmatched: bead.only.0)
      tallies.target.add(bead.names.1, unmatched: bead.only.1)
      found.append(bead.only)
    }
    // Whether each side may hold a counterpart of a name, once per name.
    var held: (source: [String: Bool], target: [String: Bool]) = ([:], [:])
    var notes: [BeadFlagNote?] = []
    for names in found {
      // Names the other side never holds and translated names never count; frequent ones only
      // when the other side has a name of its own with no counterpart.
      var onlySource = names.source.filter { name in
        let kept = held.target[name] ?? vocabularies.target.mayHold(name)
        held.target[name] = kept
        return kept && !isTranslated(name, tallies.source)
      }
      var onlyTarget = names.target.filter { name in
        let kept = held.source[name] ?? vocabularies.source.mayHold(name)
        held.source[name] = kept
        return kept && !isTranslated(name, tallies.target)
      }
      let bothSides = !onlySource.isEmpty && !onlyTarget.isEmpty
      if !bothSides {
        onlySource.removeAll { isFrequent($0, tallies.source, beads: beads.count) }
        onlyTarget.removeAll { isFrequent($0, tallies.target, beads: beads.count) }
      }
      let parts = [(onlySource, "source"), (onlyTarget, "target")].compactMap { names, side in
        names.isEmpty
          ? nil : "\(NumberMismatchDetector.list(names, limit: listed)) only in \(side)"
      }
      notes.append(
        parts.isEmpty ? nil : BeadFlagNote(.nameMismatch, parts.joined(separator: "; ")))
    }
    return notes
  }

  /// The capitalised words of `language` that are not names.
  private func commonWords(_ language: String) -> Set<String> {
    capitalisedWords[LanguageTag.primaryLanguage(language)] ?? []
  }

  /// Whether a name has no counterpart in two beads or more, and in more than
  /// ``translatedShare`` of its beads: translated rather than kept.
  private func isTranslated(_ name: String, _ tally: NameTally) -> Bool {
    let key = WordFolding.fold(name)
    let total = tally.beads[key] ?? 0
    let unmatched = tally.unmatched[key] ?? 0
    return unmatched >= 2 && Double(unmatched) > translatedShare * Double(total)
  }

  /// Whether a name is in ``frequentShare`` of the document's beads or more (three at least).
  private func isFrequent(_ name: String, _ tally: NameTally, beads: Int) -> Bool {
    let total = tally.beads[WordFolding.fold(name)] ?? 0
    return total >= 3 && Double(total) >= frequentShare * Double(beads)
  }

  /// The names of `names` with no counterpart in `sentences`, each written once.
  private func unmatched(
    _ names: [String], in sentences: [[Token]], _ vocabulary: SideVocabulary
  ) -> [String] {
    guard !names.isEmpty else { return [] }
    let counterparts = NameCounterparts(sentences.flatMap { $0 }, vocabulary: vocabulary)
    var seen: Set<String> = []
    return names.filter { !counterparts.matches($0) && seen.insert($0).inserted }
  }

}
