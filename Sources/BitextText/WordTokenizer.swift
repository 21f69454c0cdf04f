/// A word-level token of a sentence.
public struct Token: Hashable, Sendable {
  /// What a token is made of.
  public enum Kind: Hashable, Sendable {
    /// Letters (possibly with inner hyphens, apostrophes or digits): "mobilisation", "anti-guerre".
    case word
    /// Digits with optional inner separators: "300 000" is two tokens, "3,5" and "1.000" are one.
    case number
    /// Anything else that is not white space: punctuation, symbols, emoji.
    case symbol
  }

  /// The token as written in the text.
  public var text: String
  /// The token's kind.
  public var kind: Kind
  /// Whether the token starts with an upper-case letter.
  public var isCapitalized: Bool

  /// Creates a token.
  public init(text: String, kind: Kind, isCapitalized: Bool) {
    self.text = text
    self.kind = kind
    self.isCapitalized = isCapitalized
  }
}

/// Splits sentences into word, number and symbol tokens.
///
/// Words keep inner hyphens and apostrophes ("aujourd'hui", "c'est-à-dire"), except that a
/// leading elided article or pronoun of the language (French "l'", "qu'", "jusqu'"…, from
/// ``LanguageProfile/elisions``) becomes a token of its own, apostrophe included.
public struct WordTokenizer: Sendable {
  /// The language knowledge used (elisions).
  public var profile: LanguageProfile

  /// Creates a tokenizer for a language profile.
  public init(profile: LanguageProfile) {
    self.profile = profile
  }

  /// Creates a tokenizer for a BCP 47 language code (`"fr"`, `"en"`…).
  public init(language: String) {
    self.profile = LanguageProfile.named(language)
  }

  /// The tokens of a text, in order.
  public func tokens(in text: String) -> [Token] {
    var text = text
    text.makeContiguousUTF8()
    return text.utf8.withContiguousStorageIfAvailable { bytes in
      tokens(in: text, bytes: bytes)
    } ?? []
  }

  /// The tokens of `text`, whose UTF-8 bytes are `bytes`; each token's string is copied from
  /// the bytes.
  private func tokens(in text: String, bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
    var result: [Token] = []
    let scalars = Array(text.unicodeScalars)
    // offsets[k]: where scalar k starts in the bytes
    var offsets: [Int] = []
    offsets.reserveCapacity(scalars.count + 1)
    var offset = 0
    for scalar in scalars {
      offsets.append(offset)
      offset += UTF8.width(scalar)
    }
    offsets.append(offset)
    func string(_ from: Int, _ to: Int) -> String {
      String(
        decoding: UnsafeBufferPointer(rebasing: bytes[offsets[from]..<offsets[to]]), as: UTF8.self)
    }
    var i = 0
    let n = scalars.count
    while i < n {
      let scalar = scalars[i]
      if Self.isSpace(scalar) {
        i += 1
        continue
      }
      if Self.isLetter(scalar) || Self.isDigit(scalar) {
        var j = i + 1
        var hasLetter = Self.isLetter(scalar)
        while j < n {
          let s = scalars[j]
          if Self.isLetter(s) || Self.isDigit(s) || Self.isMark(s) {
            if Self.isLetter(s) { hasLetter = true }
            j += 1
          } else if Self.isJoiner(s), j + 1 < n,
            Self.isLetter(scalars[j + 1]) || Self.isDigit(scalars[j + 1])
          {
            // inner hyphen or apostrophe: keep when letters/digits follow
            if !hasLetter && Self.isApostrophe(s) { break }
            j += 1
          } else if !hasLetter, s == "," || s == ".", j + 1 < n, Self.isDigit(scalars[j + 1]) {
            j += 1  // 3,5 or 1.000
          } else {
            break
          }
        }
        appendWord(scalars, i..<j, hasLetter: hasLetter, string: string, into: &result)
        i = j
        continue
      }
      // one symbol per grapheme cluster: combining marks, emoji ZWJ sequences, flags,
      // skin tones and keycaps stay whole
      let j = i + Self.clusterLength(scalars, from: i)
      result.append(Token(text: string(i, j), kind: .symbol, isCapitalized: false))
      i = j
    }
    return result
  }

  /// Appends the word of `scalars[range]`, splitting leading elisions; `string(a, b)` is the
  /// text of scalars `a..<b`.
  private func appendWord(
    _ scalars: [Unicode.Scalar], _ range: Range<Int>, hasLetter: Bool,
    string: (Int, Int) -> String, into result: inout [Token]
  ) {
    var start = range.lowerBound
    if hasLetter && !profile.elisions.isEmpty {
      // split leading elisions: l'homme → l' homme; jusqu'à → jusqu' à
      var k = start
      while k < range.upperBound {
        if Self.isApostrophe(scalars[k]) {
          let key = string(start, k).lowercased()
          if profile.elisions.contains(key), k + 1 < range.upperBound {
            result.append(
              Token(
                text: string(start, k + 1), kind: .word, isCapitalized: Self.isUpper(scalars[start])
              ))
            start = k + 1
            k = start
            continue
          }
          break
        }
        k += 1
      }
    }
    result.append(
      Token(
        text: string(start, range.upperBound), kind: hasLetter ? .word : .number,
        isCapitalized: Self.isUpper(scalars[start])))
  }

  /// The number of scalars of the extended grapheme cluster starting at `i`, as Swift's
  /// `Character` reads it; the common case (an ASCII or plain scalar followed by a space, a
  /// letter or ASCII) is decided without building a string.
  static func clusterLength(_ scalars: [Unicode.Scalar], from i: Int) -> Int {
    let n = scalars.count
    guard i + 1 < n else { return 1 }
    let next = scalars[i + 1]
    let regional = (0x1F1E6...0x1F1FF).contains(scalars[i].value)
    if !regional && next.value < 0x300 && !(next.value == 0x0A && scalars[i] == "\r") {
      return 1
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[i..<min(n, i + 64)])
    return String(view).first?.unicodeScalars.count ?? 1
  }

  // ASCII is decided without looking up Unicode properties (most of the scalars of most texts).
  @inline(__always)
  static func isSpace(_ s: Unicode.Scalar) -> Bool {
    if s.isASCII { return s == " " || (s.value >= 0x09 && s.value <= 0x0D) }
    return s.properties.isWhitespace
  }
  @inline(__always)
  static func isLetter(_ s: Unicode.Scalar) -> Bool {
    if s.isASCII { return (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A }
    return s.properties.isAlphabetic && !isMark(s)
  }
  @inline(__always)
  static func isDigit(_ s: Unicode.Scalar) -> Bool {
    if s.isASCII { return s.value >= 0x30 && s.value <= 0x39 }
    return s.properties.numericType == .decimal
  }
  @inline(__always)
  static func isUpper(_ s: Unicode.Scalar) -> Bool {
    if s.isASCII { return s.value >= 0x41 && s.value <= 0x5A }
    return s.properties.isUppercase
  }
  static func isMark(_ s: Unicode.Scalar) -> Bool {
    if s.value < 0x300 { return false }
    switch s.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }
  static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
    s == "'" || s == "\u{2019}" || s == "\u{02BC}"
  }
  static func isJoiner(_ s: Unicode.Scalar) -> Bool {
    isApostrophe(s) || s == "-" || s == "\u{2010}" || s == "\u{2011}"
  }
}
