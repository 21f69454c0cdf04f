/// Bitext's sentence-boundary decisions for languages with a ``LanguageProfile``.
///
/// The rules look at each *cluster*: a run of terminal punctuation with the closing quotes,
/// brackets and citation marks that follow it (spaces before a closing `»` included). What
/// follows the cluster and the word before it decide:
/// - nothing follows (end of line or paragraph): the paragraph layout already ends the sentence;
/// - no space follows: no boundary (`gaffa.org`, `$100.00`, `J.-C.`), except a lower-case word
///   of three letters or more or a number, a period, then a capitalised word (`world.Today`)
///   outside URLs and e-mail addresses;
/// - a lower-case word follows: a boundary only after a plain period that is not part of an
///   abbreviation, acronym or initial (`?`, `!`, ellipses and closing quotes continue);
/// - a digit follows: a boundary unless the word before is a title (`p. 55`) or abbreviation;
/// - anything else (capital, opening quote, dash, bracket): a boundary, except after a title
///   (`M. Dupont`), an initial (`J. R. R. Tolkien`), an enumerator opening the sentence
///   (`1. The`), or an abbreviation or acronym not followed by a sentence starter (`U.S.
///   Government` but `U.S. How`); the language's one-letter words are not initials after a
///   lower-case word (`you and I. Did`), nor a lower-case letter after a number, a unit that
///   ends a sentence before a capital (`8125 m. La`); a final abbreviation (`J.-C.`) ends a
///   sentence of six words or more before any capital; in languages that write ordinals with a
///   period (German `am 3. Oktober`) a number of up to three digits is read as an abbreviation.
/// - after a closing `»` or `”` glued to a capitalised word (`fini.»Il`): a boundary.
/// Ellipses: `(...)` and `[…]` never end a sentence; `. . .` ends one only with a fourth period.
/// Enumerations (`1) … 2) …`, `a. … b. …`) and bullets start sentences.
struct SentenceRules {
  let profile: LanguageProfile
  /// The longest title or abbreviation, in UTF-16 units: longer plain words skip the lookups.
  let longestAbbreviation: Int

  init(profile: LanguageProfile) {
    self.profile = profile
    longestAbbreviation =
      profile.titles.union(profile.abbreviations).union(profile.finalAbbreviations)
      .map(\.utf16.count).max() ?? 0
  }

  private enum RunKind { case period, questionOrExclamation, ellipsis }

  private enum WordClass {
    case none, title, abbreviation, finalAbbreviation, acronym, initial, unit, number, enumerator
    case word
  }

  /// Whether an ICU boundary after punctuation the rules do not model should be kept.
  static func keepsICUBoundary(_ boundary: Int, in buffer: [UInt16]) -> Bool {
    var p = boundary - 1
    while p >= 0 && CharacterClass.isSpace(buffer[p]) { p -= 1 }
    guard p >= 0, boundary < buffer.count else { return false }
    let u = buffer[p]
    if CharacterClass.isNewline(buffer[boundary - 1]) { return false }
    return
      !(CharacterClass.isTerminator(u) || CharacterClass.isCloser(u)
      || CharacterClass.isLetter(u) || CharacterClass.isDigit(u) || u < 0x80)
  }

  /// Appends the boundaries the rules find in `b` (UTF-16 offsets, where the next sentence
  /// may start after spaces).
  func cuts(in b: UnsafeBufferPointer<UInt16>, into cuts: inout [Int]) {
    let n = b.count
    var i = 0
    var sentenceStart = firstContent(b, from: 0)
    var enumeration = Enumeration.detect(b, at: sentenceStart)
    // ASCII units the loop acts on: tab, LF, space, '!', '.', '?'.
    let asciiMask: UInt64 =
      (1 << 0x09) | (1 << 0x0A) | (1 << 0x20) | (1 << 0x21) | (1 << 0x2E) | (1 << 0x3F)
    while i < n {
      if enumeration == nil {
        // Outside an enumeration only line breaks, terminal punctuation and bullets matter:
        // jump to the next unit that may be one.
        i = TextScan.firstSentenceMark(in: b, from: i)
        if i >= n { break }
      }
      let u = b[i]
      // Fast path: letters, digits and most punctuation need no decision.
      if u < 0x40 {
        if (asciiMask >> UInt64(u)) & 1 == 0 {
          i += 1
          continue
        }
      } else if u < 0xA0 || (u > 0xA0 && u < 0x1680) || (u > 0x3000) {
        i += 1
        continue
      }
      if CharacterClass.isNewline(u) {
        sentenceStart = firstContent(b, from: i + 1)
        enumeration = Enumeration.detect(b, at: sentenceStart)
        i += 1
        continue
      }
      if CharacterClass.isInlineSpace(u) {
        if var e = enumeration, i + 1 < n, let end = e.next(b, at: i + 1) {
          _ = end
          enumeration = e
          cuts.append(i + 1)
          sentenceStart = i + 1
        }
        i += 1
        continue
      }
      if CharacterClass.isBullet(u) && i > sentenceStart && i > 0
        && CharacterClass.isInlineSpace(b[i - 1])
      {
        cuts.append(i)
        sentenceStart = i
        i += 1
        continue
      }
      if CharacterClass.isTerminator(u) {
        let (end, cut) = cluster(b, at: i, sentenceStart: sentenceStart)
        if let cut {
          cuts.append(cut)
          sentenceStart = firstContent(b, from: cut)
        }
        i = max(end, i + 1)
        continue
      }
      i += 1
    }
  }

  private func firstContent(_ b: UnsafeBufferPointer<UInt16>, from start: Int) -> Int {
    var i = start
    while i < b.count && CharacterClass.isInlineSpace(b[i]) { i += 1 }
    return i
  }

  /// Whether a straight or curly quote at `k` closes (rather than opens or is an apostrophe).
  /// The language's own closing quotes (German `“`) close when no letter or digit follows.
  private func closes(_ b: UnsafeBufferPointer<UInt16>, _ k: Int) -> Bool {
    let u = b[k]
    let own = profile.closingQuotes.contains(u)
    guard own || CharacterClass.isCloser(u) else { return false }
    if own || u == 0x22 || u == 0x27 || u == 0x2019 {
      guard k + 1 < b.count else { return true }
      let next = b[k + 1]
      return !(CharacterClass.isLetter(next) || CharacterClass.isDigit(next))
    }
    return true
  }

  /// A citation mark `[12]` starting at `k`: returns the offset after `]`.
  private func citationEnd(_ b: UnsafeBufferPointer<UInt16>, _ k: Int) -> Int? {
    guard b[k] == 0x5B else { return nil }
    var j = k + 1
    while j < b.count && j - k <= 4 && CharacterClass.isDigit(b[j]) { j += 1 }
    guard j > k + 1, j < b.count, b[j] == 0x5D else { return nil }
    return j + 1
  }

  /// Decides at the terminal punctuation starting at `i`. Returns where the cluster ends and the
  /// boundary to add, if any.
  private func cluster(
    _ b: UnsafeBufferPointer<UInt16>, at i: Int, sentenceStart: Int
  ) -> (Int, Int?) {
    let n = b.count
    // Spaced ellipsis ". . ." (three or more periods separated by single spaces).
    if b[i] == 0x2E, i + 2 < n, b[i + 1] == 0x20, b[i + 2] == 0x2E {
      return spacedEllipsis(b, at: i)
    }
    var j = i
    var runStart = i
    var runEnd = i
    var endsWithCloser = false
    while j < n {
      let u = b[j]
      if CharacterClass.isTerminator(u) {
        if endsWithCloser || j != runEnd { runStart = j }
        j += 1
        runEnd = j
        endsWithCloser = false
        continue
      }
      if let end = citationEnd(b, j) {
        j = end
        endsWithCloser = true
        continue
      }
      if closes(b, j) {
        j += 1
        endsWithCloser = true
        continue
      }
      if CharacterClass.isInlineSpace(u) {
        var k = j
        while k < n && CharacterClass.isInlineSpace(b[k]) { k += 1 }
        if k < n && closes(b, k) && b[k] != 0x22 && b[k] != 0x27 {
          j = k
          continue
        }
        // A doubled apostrophe after a space closes a quotation (Dutch `,,Ja. ''`).
        if k + 1 < n && b[k] == 0x27 && b[k + 1] == 0x27
          && (k + 2 == n || CharacterClass.isSpace(b[k + 2]))
        {
          j = k + 2
          endsWithCloser = true
          continue
        }
      }
      break
    }
    let kind = runKind(b, runStart, runEnd)
    // (...) and […] mark an omission.
    if kind == .ellipsis, runStart > 0, b[runStart - 1] == 0x28 || b[runStart - 1] == 0x5B,
      runEnd < n, b[runEnd] == 0x29 || b[runEnd] == 0x5D
    {
      return (j, nil)
    }
    var k = j
    while k < n && CharacterClass.isInlineSpace(b[k]) { k += 1 }
    if k >= n || CharacterClass.isNewline(b[k]) { return (j, nil) }
    let next = b[k]
    let spaced = k > j

    if !spaced {
      if kind == .period && !endsWithCloser && j == i + 1
        && joinedSentenceStart(b, period: i, next: k)
      {
        return (j, j)
      }
      // `fin. »Il partit` written `fin.»Il`: a closing guillemet or curly quote glued to a
      // capitalised word.
      if endsWithCloser, b[j - 1] == 0xBB || b[j - 1] == 0x201D, k + 1 < n,
        CharacterClass.isUpper(b[k]), CharacterClass.isLower(b[k + 1])
      {
        return (j, j)
      }
      return (j, nil)
    }

    let word = wordClass(b, before: runStart, sentenceStart: sentenceStart)
    if CharacterClass.isLower(next) {
      if endsWithCloser || kind != .period { return (j, nil) }
      switch word {
      case .title, .abbreviation, .finalAbbreviation, .acronym, .initial, .unit, .enumerator:
        return (j, nil)
      default: return (j, j)
      }
    }
    if CharacterClass.isDigit(next) {
      if kind == .period && !endsWithCloser {
        switch word {
        case .title, .abbreviation, .finalAbbreviation, .acronym, .initial, .unit: return (j, nil)
        default: return (j, j)
        }
      }
      return (j, j)
    }
    // A capital, an opening quote or bracket, a dash, a symbol.
    if kind != .period || endsWithCloser {
      if case .enumerator = word, kind == .period { return (j, nil) }
      return (j, j)
    }
    switch word {
    case .title, .enumerator:
      return (j, nil)
    case .initial:
      if isOneLetterWordAfterLowercase(b, before: runStart) { return (j, j) }
      return (j, nil)
    case .unit:
      // `50 v. Chr.`, `476 d. C.`: the letter opens a two-word abbreviation.
      return (j, continuesAbbreviation(b, letter: b[runStart - 1], at: k) ? nil : j)
    case .finalAbbreviation:
      if startsSentence(b, at: k) || wordCount(b, from: sentenceStart, to: runStart) >= 6 {
        return (j, j)
      }
      return (j, nil)
    case .abbreviation, .acronym:
      // A title after the abbreviation ("at 6 P.M. Mr. Smith") starts a sentence only when the
      // sentence so far is long enough to be one ("At 5 a.m. Mr. Smith" is not).
      if startsSentence(b, at: k)
        || (startsWithTitle(b, at: k) && wordCount(b, from: sentenceStart, to: runStart) >= 4)
      {
        return (j, j)
      }
      return (j, nil)
    default:
      return (j, j)
    }
  }

  private func runKind(_ b: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> RunKind {
    var periods = 0
    for p in start..<end {
      if CharacterClass.isQuestionOrExclamation(b[p]) { return .questionOrExclamation }
      if b[p] == 0x2026 { return .ellipsis }
      if b[p] == 0x2E { periods += 1 }
    }
    return periods >= 2 ? .ellipsis : .period
  }

  private func spacedEllipsis(_ b: UnsafeBufferPointer<UInt16>, at i: Int) -> (Int, Int?) {
    let n = b.count
    var k = i
    var dots = 0
    var last = i
    while k < n && b[k] == 0x2E {
      dots += 1
      last = k
      if k + 2 < n && b[k + 1] == 0x20 && b[k + 2] == 0x2E { k += 2 } else { break }
    }
    var j = last + 1
    while j < n && closes(b, j) { j += 1 }
    var m = j
    while m < n && CharacterClass.isInlineSpace(b[m]) { m += 1 }
    let atEnd = m >= n || CharacterClass.isNewline(b[m])
    if atEnd || dots < 4 { return (j, nil) }
    let attached = i > 0 && !CharacterClass.isSpace(b[i - 1])
    if attached { return (j, i + 1) }  // "word. . . . Next": the first period ends the sentence
    return (j, CharacterClass.isLower(b[m]) ? nil : j)
  }

  /// `world.Today`, `1,000.That`: a sentence glued to the previous one, outside URLs and
  /// e-mail addresses.
  private func joinedSentenceStart(_ b: UnsafeBufferPointer<UInt16>, period: Int, next: Int)
    -> Bool
  {
    let n = b.count
    guard CharacterClass.isUpper(b[next]), next + 1 < n, CharacterClass.isLower(b[next + 1])
    else { return false }
    var letters = 0
    var digits = 0
    var p = period - 1
    while p >= 0 && (CharacterClass.isLetter(b[p]) || CharacterClass.isDigit(b[p])) {
      if CharacterClass.isLetter(b[p]) { letters += 1 } else { digits += 1 }
      p -= 1
    }
    let lowerBefore = period > 0 && CharacterClass.isLower(b[period - 1])
    let lowerWord =
      letters >= 2 && digits == 0 && b[(p + 1)..<period].allSatisfy(CharacterClass.isLower)
    guard
      (letters >= 3 && digits == 0 && lowerBefore)
        || (letters == 0 && digits > 0 && !profile.ordinalPeriod) || lowerWord
    else {
      return false
    }
    switch listedClass(String(decoding: b[(p + 1)..<period], as: UTF16.self)) {
    case .title?, .abbreviation?: return false
    default: break
    }
    // The whole token must not be a URL, an e-mail address or a file name.
    var s = period
    while s > 0 && !CharacterClass.isSpace(b[s - 1]) { s -= 1 }
    var e = period
    while e < n && !CharacterClass.isSpace(b[e]) { e += 1 }
    var previous: UInt16 = 0
    for p in s..<e {
      if b[p] == 0x40 || b[p] == 0x2F || b[p] == 0x5C { return false }  // @ / \
      if p > s && b[p] == 0x2E && previous == 0x2E { return false }
      previous = b[p]
    }
    return true
  }

  /// The token before `end` (non-space run), stripped of leading openers, dashes and bullets.
  private func token(
    _ b: UnsafeBufferPointer<UInt16>, before end: Int, notBefore floor: Int = 0
  ) -> (start: Int, text: [UInt16]) {
    var s = end
    while s > floor && !CharacterClass.isSpace(b[s - 1]) { s -= 1 }
    while s < end
      && (CharacterClass.isOpener(b[s]) || CharacterClass.isBullet(b[s])
        || CharacterClass.isDash(b[s]))
    {
      s += 1
    }
    return (s, Array(b[s..<end]))
  }

  private func wordClass(
    _ b: UnsafeBufferPointer<UInt16>, before end: Int, sentenceStart: Int
  ) -> WordClass {
    // Fast path, no allocation: a plain word of letters longer than any abbreviation.
    var s = end
    let floor = min(sentenceStart, end)
    var plain = true
    while s > floor && !CharacterClass.isSpace(b[s - 1]) {
      if !CharacterClass.isLetter(b[s - 1]) { plain = false }
      s -= 1
    }
    if plain && end - s > max(longestAbbreviation, 1) && s > floor { return .word }
    let (start, units) = token(b, before: end, notBefore: floor)
    guard let last = units.last,
      CharacterClass.isLetter(last) || CharacterClass.isDigit(last) || last == 0xB0
    else { return .none }
    var text = String(decoding: units, as: UTF16.self)
    // l'art. → art., l'O.T.A.N. → O.T.A.N.
    var elided = units[...]
    if let apostrophe = units.lastIndex(where: { $0 == 0x27 || $0 == 0x2019 }) {
      elided = units[(apostrophe + 1)...]
      text = String(decoding: elided, as: UTF16.self)
    }
    if let listed = listedClass(text) { return listed }
    // Two-word abbreviations written with a space (`a. C`, `v. Chr`).
    if units.count <= 3, start >= 2 + floor, b[start - 1] == 0x20, b[start - 2] == 0x2E {
      let previous = token(b, before: start - 2, notBefore: floor)
      if !previous.text.isEmpty, previous.text.count <= 3,
        let listed = listedClass(String(decoding: previous.text, as: UTF16.self) + ". " + text)
      {
        return listed
      }
    }
    // J.-M., J.-C.: hyphenated initials of compound first names.
    // The unit test first: the string search is costly and can only match where it passes.
    if Self.hasPeriodHyphen(elided) && text.contains(".-")
      && units.allSatisfy({ !CharacterClass.isLower($0) })
    {
      return .initial
    }
    var letters = 0
    var digits = 0
    for u in units {
      if CharacterClass.isLetter(u) {
        letters += 1
      } else if CharacterClass.isDigit(u) {
        digits += 1
      }
    }
    var bulletStart = sentenceStart
    while bulletStart < b.count
      && (CharacterClass.isBullet(b[bulletStart]) || CharacterClass.isInlineSpace(b[bulletStart]))
    {
      bulletStart += 1
    }
    // An enumeration may also open after a colon (`two ways: 1. by land, 2. by sea`).
    let before = lastContent(b, before: start, floor: floor)
    let afterColon = before.map { $0 < start - 1 && b[$0] == 0x3A } ?? false
    let opensSentence = start == sentenceStart || start == bulletStart || afterColon
    if opensSentence
      && ((digits > 0 && digits <= 3 && letters == 0 && digits == units.count)
        || (units.count == 1 && letters == 1))
    {
      return .enumerator
    }
    if units.count == 1 && letters == 1 {
      // `8481 m.`: a lower-case letter after a number is a unit symbol, not an initial.
      if CharacterClass.isLower(units[0]), let p = before, p < start - 1,
        CharacterClass.isDigit(b[p])
      {
        return .unit
      }
      return .initial
    }
    if letters == 0 && digits > 0 {
      return profile.ordinalPeriod && digits <= 3 && digits == units.count ? .abbreviation : .number
    }
    if elided.contains(0x2E) && digits == 0 {
      // U.S, Ph.D, a.m, J.-M: every piece between periods is one to three letters.
      var piece = 0
      var valid = true
      for u in elided {
        if u == 0x2E {
          if piece == 0 || piece > 3 { valid = false }
          piece = 0
        } else if CharacterClass.isLetter(u) {
          piece += 1
        } else if u != 0x2D {
          valid = false
        }
      }
      if valid && piece >= 1 && piece <= 3 { return .acronym }
    }
    if units.count <= 4 && profile.abbreviations.contains(text.lowercased()) {
      return .abbreviation
    }
    return .word
  }

  /// Whether a period is directly followed by a hyphen-minus somewhere in `units` (`J.-C`).
  static func hasPeriodHyphen(_ units: ArraySlice<UInt16>) -> Bool {
    var previous: UInt16 = 0
    for u in units {
      if previous == 0x2E && u == 0x2D { return true }
      previous = u
    }
    return false
  }

  /// Whether `letter`, a period, a space and the word at `k` with its period form a two-word
  /// abbreviation of the language (`v. Chr`, `a. C`).
  private func continuesAbbreviation(_ b: UnsafeBufferPointer<UInt16>, letter: UInt16, at k: Int)
    -> Bool
  {
    var e = k
    while e < b.count && CharacterClass.isLetter(b[e]) { e += 1 }
    guard e > k, e < b.count, b[e] == 0x2E else { return false }
    return listedClass(String(decoding: [letter, 0x2E, 0x20] + Array(b[k..<e]), as: UTF16.self))
      != nil
  }

  /// The class of a word the language's data lists as a title or (final) abbreviation.
  private func listedClass(_ text: String) -> WordClass? {
    if profile.titles.contains(text) { return .title }
    if profile.abbreviations.contains(text) { return .abbreviation }
    if profile.finalAbbreviations.contains(text) { return .finalAbbreviation }
    return nil
  }

  /// The offset of the last character before `start` that is not an inline space, from
  /// `floor` on; nil when there is none.
  private func lastContent(_ b: UnsafeBufferPointer<UInt16>, before start: Int, floor: Int)
    -> Int?
  {
    var p = start
    while p > floor && CharacterClass.isInlineSpace(b[p - 1]) { p -= 1 }
    return p > floor ? p - 1 : nil
  }

  /// `and I. Did`: a one-letter word of the language after a lower-case word ends the sentence.
  private func isOneLetterWordAfterLowercase(_ b: UnsafeBufferPointer<UInt16>, before end: Int)
    -> Bool
  {
    let (start, units) = token(b, before: end)
    let text = String(decoding: units, as: UTF16.self)
    guard profile.singleLetterWords.contains(text) else { return false }
    var p = start
    while p > 0 && CharacterClass.isSpace(b[p - 1]) { p -= 1 }
    guard p > 0 else { return false }
    let previous = token(b, before: p)
    guard let first = previous.text.first else { return false }
    return CharacterClass.isLower(first)
  }

  /// Whether the word at `k` is a title of the language followed by a period (`Mr.`).
  private func startsWithTitle(_ b: UnsafeBufferPointer<UInt16>, at k: Int) -> Bool {
    var e = k
    while e < b.count && CharacterClass.isLetter(b[e]) { e += 1 }
    guard e > k, e < b.count, b[e] == 0x2E else { return false }
    return profile.titles.contains(String(decoding: b[k..<e], as: UTF16.self))
  }

  /// The number of space-separated words in `start..<end`.
  private func wordCount(_ b: UnsafeBufferPointer<UInt16>, from start: Int, to end: Int) -> Int {
    var count = 0
    var inWord = false
    for p in start..<max(start, end) {
      let space = CharacterClass.isSpace(b[p])
      if !space && !inWord { count += 1 }
      inWord = !space
    }
    return count
  }

  /// Whether the word at `k` (after opening quotes and brackets) is a sentence starter of the
  /// language; dashes and quotes opening dialogue count as starters.
  private func startsSentence(_ b: UnsafeBufferPointer<UInt16>, at k: Int) -> Bool {
    var i = k
    if CharacterClass.isDash(b[i]) { return true }
    while i < b.count && (CharacterClass.isOpener(b[i]) || CharacterClass.isInlineSpace(b[i])) {
      i += 1
    }
    var e = i
    while e < b.count && CharacterClass.isLetter(b[e]) { e += 1 }
    guard e > i else { return false }
    let word = String(decoding: b[i..<e], as: UTF16.self)
    if profile.starters.contains(word) { return true }
    if e < b.count && (b[e] == 0x27 || b[e] == 0x2019) {
      let elided = String(decoding: b[i...e], as: UTF16.self)
      if profile.starters.contains(elided) { return true }
    }
    return false
  }
}

/// An enumeration opening a line (`1.`, `2)`, `a.`, `• 9.`): the following items start
/// sentences of their own.
struct Enumeration {
  enum Delimiter: Equatable { case period, parenthesis, periodParenthesis }
  var number: Int?
  var letter: UInt16?
  var delimiter: Delimiter

  /// Detects an enumerator at `start` (after bullets and spaces).
  static func detect(_ b: UnsafeBufferPointer<UInt16>, at start: Int) -> Enumeration? {
    var i = start
    while i < b.count && (CharacterClass.isBullet(b[i]) || CharacterClass.isInlineSpace(b[i])) {
      i += 1
    }
    guard let (value, letter, end, delimiter) = parse(b, at: i) else { return nil }
    guard end < b.count, CharacterClass.isInlineSpace(b[end]) else { return nil }
    return Enumeration(number: value, letter: letter, delimiter: delimiter)
  }

  private static func parse(_ b: UnsafeBufferPointer<UInt16>, at i: Int)
    -> (Int?, UInt16?, Int, Delimiter)?
  {
    var j = i
    var number: Int?
    var letter: UInt16?
    while j < b.count && j - i < 3 && CharacterClass.isDigit(b[j]) {
      number = (number ?? 0) * 10 + Int(b[j] - 0x30)
      j += 1
    }
    if number == nil {
      guard j < b.count, b[j] >= 0x61 && b[j] <= 0x7A else { return nil }
      letter = b[j]
      j += 1
    }
    guard j < b.count else { return nil }
    if b[j] == 0x2E && j + 1 < b.count && b[j + 1] == 0x29 {
      return (number, letter, j + 2, .periodParenthesis)
    }
    if b[j] == 0x2E { return (number, letter, j + 1, .period) }
    if b[j] == 0x29 { return (number, letter, j + 1, .parenthesis) }
    return nil
  }

  /// If the next item of this enumeration starts at `i` (optionally after a bullet), advances
  /// and returns where its marker ends.
  mutating func next(_ b: UnsafeBufferPointer<UInt16>, at i: Int) -> Int? {
    var k = i
    while k < b.count && (CharacterClass.isBullet(b[k]) || CharacterClass.isInlineSpace(b[k])) {
      k += 1
    }
    guard k < b.count, CharacterClass.isDigit(b[k]) || (b[k] >= 0x61 && b[k] <= 0x7A) else {
      return nil
    }
    guard let (value, nextLetter, end, delimiter) = Self.parse(b, at: k),
      delimiter == self.delimiter, end < b.count, CharacterClass.isInlineSpace(b[end])
    else { return nil }
    if let number, value == number + 1 {
      self.number = value
      return end
    }
    if let letter, let nextLetter, nextLetter == letter + 1 {
      self.letter = nextLetter
      return end
    }
    return nil
  }
}
