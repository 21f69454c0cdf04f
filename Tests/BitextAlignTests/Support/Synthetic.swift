// Synthetic parallel text shared by the aligner's tests.

/// Synthetic text whose right alignment is known by construction.
enum Synthetic {
  static let vocabulary = [
    "river", "mountain", "garden", "window", "silver", "lantern", "harbour", "meadow", "thunder",
    "crystal", "forest", "castle", "valley", "marble", "orchard", "candle", "village", "bridge",
    "shadow", "feather", "compass", "anchor", "velvet", "pepper",
  ]

  /// Letters naming `k`, so that words of different sentences differ.
  static func tag(_ k: Int) -> String {
    let letters = Array("bcdfghjklmnpqrstvwxz")
    return String([letters[k % 20], letters[(k / 20) % 20], "a"])
  }

  /// A sentence of 3 to 22 words, different for every `k`, with a number in it.
  static func sentence(_ k: Int) -> String {
    let count = 3 + (k * 7 + k / 3) % 20
    var words: [String] = []
    for w in 0..<count {
      words.append(tag(k) + vocabulary[(k * 5 + w * 3 + w * w) % vocabulary.count])
    }
    words.insert(String(1000 + k * 37), at: count / 2)
    return words.joined(separator: " ") + "."
  }

  /// A "translation": each word replaced by a word of another spelling, same number.
  static func translate(_ sentence: String) -> String {
    sentence.split(separator: " ").map { word in
      word.first!.isNumber ? String(word) : "zq" + String(word.reversed())
    }.joined(separator: " ")
  }

  static var dictionary: [String: Set<String>] {
    var table: [String: Set<String>] = [:]
    for k in 0..<200 {
      for word in vocabulary {
        table[tag(k) + word] = ["zq" + String((tag(k) + word).reversed())]
      }
    }
    return table
  }
}
