/// Splits normalized text into paragraphs and sentences: ICU proposes, Bitext's rules dispose.
///
/// How it works:
/// 1. **Paragraphs and lines.** A blank line ends a paragraph. Inside a paragraph a single
///    newline is hard-wrapping and reads as a space, unless the paragraph is a block of short
///    unpunctuated lines (a list or a menu), the line before is a short unpunctuated heading
///    followed by a capitalised line, or the next line opens with a dialogue dash or a bullet; with
///    ``lineBreaksAreSentences`` every newline ends a sentence.
/// 2. **ICU.** For a language without Bitext rules, the system ICU sentence break iterator
///    (`<language>@ss=standard`) over the unwrapped text decides. With rules, ICU runs when the
///    text holds terminal punctuation the rules do not model (。, ؟, ।… — Unicode's
///    Sentence_Terminal characters of other scripts) and its boundaries after them are kept.
/// 3. **Rules** (``SentenceRules``) decide at each run of terminal punctuation (`.` `?` `!` `…`)
///    with the closing quotes and brackets that follow it (`?\u{A0}»`, `."`, `.)`, `.[4]`):
///    abbreviations and titles from the language's data, initials, acronyms, enumerations,
///    ellipses (`...`, `…`, `. . .`), lower-case continuations after `?`/`!` and closing quotes,
///    URLs and e-mail addresses, numbers.
///
/// Every sentence keeps its paragraph index and its UTF-8 range in the input text.
public struct SentenceSegmenter: Sendable {
  /// The language knowledge used.
  public var profile: LanguageProfile
  /// When true, every line break ends a sentence (for one-sentence-per-line input).
  public var lineBreaksAreSentences: Bool

  /// Creates a segmenter for a language profile.
  public init(profile: LanguageProfile, lineBreaksAreSentences: Bool = false) {
    self.profile = profile
    self.lineBreaksAreSentences = lineBreaksAreSentences
  }

  /// Creates a segmenter for a BCP 47 language code (`"fr"`, `"en"`…).
  public init(language: String, lineBreaksAreSentences: Bool = false) {
    self.init(
      profile: LanguageProfile.named(language), lineBreaksAreSentences: lineBreaksAreSentences)
  }

  /// The sentences of a normalized text (see ``Normalizer``), in order.
  public func sentences(in text: String) throws(TextInputError) -> [Sentence] {
    try sentences(units: ICU.utf16(text), utf8: Array(text.utf8))
  }

  /// The sentences of a normalized text given both as UTF-16 code units and UTF-8 bytes (the
  /// same text; sentence ranges are offsets into `utf8`).
  public func sentences(units: consuming [UInt16], utf8 bytes: [UInt8]) throws(TextInputError)
    -> [Sentence]
  {
    if units.isEmpty { return [] }
    // The layout turns soft newlines into spaces in place: trimming and UTF-8 offsets treat
    // both alike, so the result reads the same buffer.
    let layout = ParagraphLayout(
      units: consume units, lineBreaksAreSentences: lineBreaksAreSentences)
    var cuts = layout.hardCuts
    if profile.hasRules {
      let rules = SentenceRules(profile: profile)
      layout.buffer.withUnsafeBufferPointer { buffer in
        rules.cuts(in: buffer, into: &cuts)
      }
      if layout.hasForeignTerminators {
        for boundary in try icuBoundaries(layout.buffer)
        where SentenceRules.keepsICUBoundary(boundary, in: layout.buffer) {
          cuts.append(boundary)
        }
      }
    } else {
      cuts.append(contentsOf: try icuBoundaries(layout.buffer))
    }
    cuts.sort()
    cuts.append(layout.buffer.count)
    return makeSentences(
      bytes: bytes, units: layout.buffer, cuts: cuts, paragraphStarts: layout.paragraphStarts,
      softNewlines: layout.softNewlines, narrowedNewlines: layout.narrowedNewlines)
  }

  private func icuBoundaries(_ buffer: [UInt16]) throws(TextInputError) -> [Int] {
    do {
      let breaker = try ICUBreaker(kind: .sentence, locale: profile.language + "@ss=standard")
      return try breaker.boundaries(buffer)
    } catch {
      throw .icu(error)
    }
  }

  private func makeSentences(
    bytes: [UInt8], units: [UInt16], cuts: [Int], paragraphStarts: [Int], softNewlines: [Int],
    narrowedNewlines: [Int]
  ) -> [Sentence] {
    var result: [Sentence] = []
    result.reserveCapacity(cuts.count)
    var nextSoftNewline = 0
    var offsets = UTF8OffsetWalker(units: units, narrowed: narrowedNewlines)
    var paragraph = 0
    var start = 0
    var lastCut = -1
    // One pass over borrowed buffers: slicing the arrays would retain them for every sentence.
    bytes.withUnsafeBufferPointer { bytes in
      units.withUnsafeBufferPointer { units in
        for cut in cuts where cut != lastCut {
          lastCut = cut
          var a = start
          var b = min(cut, units.count)
          start = max(start, b)
          while a < b && CharacterClass.isSpace(units[a]) { a += 1 }
          while b > a && CharacterClass.isSpace(units[b - 1]) { b -= 1 }
          if a >= b { continue }
          while paragraph + 1 < paragraphStarts.count && paragraphStarts[paragraph + 1] <= a {
            paragraph += 1
          }
          let byteStart = offsets.offset(at: a)
          let byteEnd = offsets.offset(at: b)
          let slice = UnsafeBufferPointer(rebasing: bytes[byteStart..<byteEnd])
          var sentence = String(decoding: slice, as: UTF8.self)
          while nextSoftNewline < softNewlines.count && softNewlines[nextSoftNewline] < a {
            nextSoftNewline += 1
          }
          if nextSoftNewline < softNewlines.count && softNewlines[nextSoftNewline] < b {
            sentence = Self.unwrap(sentence)
          }
          result.append(Sentence(text: sentence, paragraph: paragraph, range: byteStart..<byteEnd))
        }
      }
    }
    return result
  }

  /// Joins hard-wrapped lines: each newline and the spaces around it become one space.
  static func unwrap(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var pendingNewline = false
    var spaces = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "\n" || scalar == "\u{2028}" || scalar == "\u{2029}" {
        pendingNewline = true
        spaces = String.UnicodeScalarView()
      } else if scalar.properties.isWhitespace {
        if !pendingNewline { spaces.append(scalar) }
      } else {
        if pendingNewline {
          out.append(" ")
        } else {
          out.append(contentsOf: spaces)
        }
        spaces = String.UnicodeScalarView()
        pendingNewline = false
        out.append(scalar)
      }
    }
    return String(out)
  }
}

/// Maps increasing UTF-16 offsets of the layout's buffer to UTF-8 offsets of the text, in one
/// forward pass.
///
/// Widths come from the buffer, branch-free, and the layout's rewrites are accounted for: a
/// soft U+2028 or U+2029 became a one-byte space there but is three bytes in the text, so each
/// such position before the target adds two bytes.
struct UTF8OffsetWalker {
  let units: [UInt16]
  let narrowed: [Int]
  private var position = 0
  private var byteOffset = 0
  private var nextNarrowed = 0

  init(units: [UInt16], narrowed: [Int] = []) {
    self.units = units
    self.narrowed = narrowed
  }

  mutating func offset(at target: Int) -> Int {
    if target < position {
      position = 0
      byteOffset = 0
      nextNarrowed = 0
    }
    let end = min(max(target, position), units.count)
    var offset = byteOffset
    if position < end {
      offset += units.withUnsafeBufferPointer { u in
        TextScan.utf8Length(of: UnsafeBufferPointer(rebasing: u[position..<end]))
      }
    }
    let p = end
    while nextNarrowed < narrowed.count && narrowed[nextNarrowed] < p {
      offset += 2
      nextNarrowed += 1
    }
    position = p
    byteOffset = offset
    return offset
  }
}
