/// Classification of UTF-16 code units for the segmenter's hot loops.
///
/// Only BMP characters matter for sentence punctuation; letters outside the BMP (surrogates)
/// count as letters of no case.
enum CharacterClass {
  static func isInlineSpace(_ u: UInt16) -> Bool {
    switch u {
    case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
    default: false
    }
  }

  static func isNewline(_ u: UInt16) -> Bool { u == 0x0A || u == 0x2028 || u == 0x2029 }

  static func isSpace(_ u: UInt16) -> Bool { isInlineSpace(u) || isNewline(u) }

  /// `.` `?` `!` `…` and the double punctuation marks.
  static func isTerminator(_ u: UInt16) -> Bool {
    switch u {
    case 0x2E, 0x3F, 0x21, 0x2026, 0x203C, 0x2047, 0x2048, 0x2049: true
    default: false
    }
  }

  /// Sentence-terminal punctuation of other scripts (Unicode Sentence_Terminal), which ICU's
  /// rules handle.
  static func isForeignTerminator(_ u: UInt16) -> Bool {
    guard (u >= 0x0589 && u < 0x2000) || u == 0x203D || (u >= 0x2E2E && u < 0xD800) || u > 0xDFFF,
      let s = scalar(u)
    else { return false }
    return s.properties.isSentenceTerminal
  }

  static func isQuestionOrExclamation(_ u: UInt16) -> Bool {
    u == 0x3F || u == 0x21 || u == 0x203C || u == 0x2047 || u == 0x2048 || u == 0x2049
  }

  /// Closing quotes and brackets (straight quotes included: context decides).
  static func isCloser(_ u: UInt16) -> Bool {
    switch u {
    case 0xBB, 0x201D, 0x22, 0x27, 0x2019, 0x203A, 0x29, 0x5D, 0x7D, 0x300D, 0x300F: true
    default: false
    }
  }

  /// Opening quotes and brackets (straight quotes included: context decides).
  static func isOpener(_ u: UInt16) -> Bool {
    switch u {
    case 0xAB, 0x201C, 0x201E, 0x22, 0x27, 0x2018, 0x201A, 0x2039, 0x28, 0x5B, 0x7B, 0x300C,
      0x300E, 0xBF, 0xA1:
      true
    default: false
    }
  }

  /// Dashes that open a line of dialogue or an inserted clause.
  static func isDash(_ u: UInt16) -> Bool {
    u == 0x2014 || u == 0x2013 || u == 0x2012 || u == 0x2015
  }

  /// List bullets.
  static func isBullet(_ u: UInt16) -> Bool {
    switch u {
    case 0x2022, 0x2023, 0x2043, 0x25E6, 0x25AA, 0x25CF, 0x25A0, 0x2219, 0x25B8, 0x27A2: true
    default: false
    }
  }

  static func scalar(_ u: UInt16) -> Unicode.Scalar? { Unicode.Scalar(UInt32(u)) }

  static func isLetter(_ u: UInt16) -> Bool {
    if u < 0x80 { return (u | 0x20) >= 0x61 && (u | 0x20) <= 0x7A }
    if u >= 0xD800 && u <= 0xDFFF { return true }
    guard let s = scalar(u) else { return false }
    return s.properties.isAlphabetic
  }

  static func isUpper(_ u: UInt16) -> Bool {
    if u < 0x80 { return u >= 0x41 && u <= 0x5A }
    guard let s = scalar(u) else { return false }
    return s.properties.isUppercase
  }

  static func isLower(_ u: UInt16) -> Bool {
    if u < 0x80 { return u >= 0x61 && u <= 0x7A }
    guard let s = scalar(u) else { return false }
    return s.properties.isLowercase
  }

  static func isDigit(_ u: UInt16) -> Bool { u >= 0x30 && u <= 0x39 }
}
