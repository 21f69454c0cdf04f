/// Spelling similarity of a source word and a candidate translation, used to prefer cognates
/// ("mobilisation" → "mobilization" over "call-up").
enum Cognates {
  /// The Dice coefficient of the two words' character bigrams, accents and case removed, in
  /// [0, 1]; 0 when either side is shorter than 4 letters.
  static func similarity(_ a: String, _ b: String) -> Double {
    let x = plain(a)
    let y = plain(b)
    guard x.count >= 4, y.count >= 4 else { return 0 }
    return dice(x, y)
  }

  /// The Dice coefficient of two letter sequences' bigrams (as multisets), in [0, 1]; 0 when
  /// either has fewer than two letters.
  static func dice(_ x: [Character], _ y: [Character]) -> Double {
    guard x.count > 1, y.count > 1 else { return 0 }
    let bx = bigrams(x)
    var by = bigrams(y)
    var shared = 0
    for bigram in bx {
      if let index = by.firstIndex(of: bigram) {
        shared += 1
        by.swapAt(index, by.count - 1)
        by.removeLast()
      }
    }
    return 2 * Double(shared) / Double(x.count - 1 + y.count - 1)
  }

  /// Lower-case letters without accents.
  static func plain(_ word: String) -> [Character] {
    var result: [Character] = []
    result.reserveCapacity(word.count)
    for character in word.lowercased() {
      if let base = unaccented[character] {
        result.append(contentsOf: base)
      } else if character.isLetter {
        result.append(character)
      }
    }
    return result
  }

  static func bigrams(_ letters: [Character]) -> [UInt64] {
    guard letters.count >= 2 else { return [] }
    return (0..<letters.count - 1).map {
      UInt64(letters[$0].unicodeScalars.first!.value) << 32
        | UInt64(letters[$0 + 1].unicodeScalars.first!.value)
    }
  }

  static let unaccented: [Character: String] = [
    "à": "a", "â": "a", "ä": "a", "á": "a", "ç": "c", "é": "e", "è": "e", "ê": "e", "ë": "e",
    "î": "i", "ï": "i", "í": "i", "ô": "o", "ö": "o", "ó": "o", "ù": "u", "û": "u", "ü": "u",
    "ú": "u", "ÿ": "y", "ñ": "n", "œ": "oe", "æ": "ae", "ß": "ss",
  ]
}
