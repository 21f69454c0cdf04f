/// Character classes of Unicode scalars, decided without Unicode property lookups for ASCII
/// and Latin-1 (most scalars of most texts): the checks run on every word of a corpus.
enum ScalarClass {
  /// Whether `scalar` is a letter.
  @inline(__always)
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
    if value < 0x100 {
      return (value >= 0xC0 && value != 0xD7 && value != 0xF7) || value == 0xAA || value == 0xB5
        || value == 0xBA
    }
    return scalar.properties.isAlphabetic
  }

  /// Whether `scalar` is an upper-case letter.
  @inline(__always)
  static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value >= 0x41 && value <= 0x5A }
    if value < 0x100 { return value >= 0xC0 && value <= 0xDE && value != 0xD7 }
    return scalar.properties.isUppercase
  }

  /// Whether `scalar` is a lower-case letter.
  @inline(__always)
  static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value >= 0x61 && value <= 0x7A }
    if value < 0x100 {
      return value >= 0xDF && value != 0xF7 || value == 0xAA || value == 0xB5 || value == 0xBA
    }
    return scalar.properties.isLowercase
  }

  /// Whether `scalar` is white space.
  @inline(__always)
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
    return scalar.properties.isWhitespace
  }

  /// The number of letters of `text` and how many of them are upper case.
  static func letters(of text: some StringProtocol) -> (letters: Int, capitals: Int) {
    var letters = 0
    var capitals = 0
    for scalar in text.unicodeScalars where isLetter(scalar) {
      letters += 1
      if isUppercase(scalar) { capitals += 1 }
    }
    return (letters, capitals)
  }

  /// Whether `text` starts with an upper-case letter.
  static func startsUppercase(_ text: some StringProtocol) -> Bool {
    text.unicodeScalars.first.map(isUppercase) ?? false
  }

  /// Whether `text` starts with a lower-case letter.
  static func startsLowercase(_ text: some StringProtocol) -> Bool {
    text.unicodeScalars.first.map(isLowercase) ?? false
  }
}
