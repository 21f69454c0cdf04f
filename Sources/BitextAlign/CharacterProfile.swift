import Foundation

/// A sentence as a TF-IDF weighted bag of character trigrams (of its lower-cased letters and
/// digits, words padded with a space), for comparing a sentence with a gloss translation of
/// another: spelling-level overlap survives wrong word choices, inflection and word order.
struct CharacterProfile: Sendable {
  /// Trigram codes, sorted.
  var grams: [UInt64]
  /// The weight of each trigram.
  var weights: [Double]
  /// The squared Euclidean norm.
  var squaredNorm: Double

  /// The dot product of two profiles (a merge of the sorted trigram lists).
  static func dot(_ a: CharacterProfile, _ b: CharacterProfile) -> Double {
    var i = 0
    var j = 0
    var sum = 0.0
    while i < a.grams.count && j < b.grams.count {
      let x = a.grams[i]
      let y = b.grams[j]
      if x < y {
        i += 1
      } else if y < x {
        j += 1
      } else {
        sum += a.weights[i] * b.weights[j]
        i += 1
        j += 1
      }
    }
    return sum
  }

  /// The trigram counts of a text: three 21-bit scalars packed in one code.
  static func trigramCounts(of text: String) -> [UInt64: Int] {
    var counts: [UInt64: Int] = [:]
    var window: (UInt64, UInt64) = (32, 32)
    var previousWasSpace = true
    func push(_ scalar: UInt64) {
      counts[window.0 << 42 | window.1 << 21 | scalar, default: 0] += 1
      window = (window.1, scalar)
    }
    for character in text.lowercased().unicodeScalars {
      if character.properties.isAlphabetic || character.properties.numericType != nil {
        push(UInt64(character.value))
        previousWasSpace = false
      } else if !previousWasSpace {
        push(32)
        previousWasSpace = true
      }
    }
    if !previousWasSpace { push(32) }
    return counts
  }

  /// Profiles of two sides with IDF weights computed over both (each sentence a document).
  static func profiles(_ first: [String], _ second: [String]) -> (
    [CharacterProfile], [CharacterProfile]
  ) {
    let firstCounts = first.map(trigramCounts)
    let secondCounts = second.map(trigramCounts)
    var frequency: [UInt64: Int] = [:]
    for counts in firstCounts + secondCounts {
      for gram in counts.keys { frequency[gram, default: 0] += 1 }
    }
    let documents = Double(max(1, first.count + second.count))
    func profile(_ counts: [UInt64: Int]) -> CharacterProfile {
      let grams = counts.keys.sorted()
      let weights = grams.map { gram in
        Double(counts[gram]!) * log(documents / Double(frequency[gram]!))
      }
      return CharacterProfile(
        grams: grams, weights: weights, squaredNorm: weights.reduce(0) { $0 + $1 * $1 })
    }
    return (firstCounts.map(profile), secondCounts.map(profile))
  }
}
