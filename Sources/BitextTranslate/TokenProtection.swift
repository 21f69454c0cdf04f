/// Keeps tokens away from a translation engine and puts them back after: names, numbers, URLs,
/// e-mail addresses and tokens with markup-like symbols are replaced by placeholders the
/// engine passes through as unknown words (`Zqxjaab`: a prefix no line of the document
/// contains, then three letters numbering the token in its line), and restored by number.
///
/// A placeholder keeps the case of the token's first letter, so that a protected name is still
/// a capitalized word for the engine's rules.
struct TokenProtection: Sendable {
  /// The placeholders' common prefix.
  let prefix: String

  /// A protection whose prefix appears in none of `lines` (compared without case).
  init(lines: [String]) {
    var chosen = "zqxj"
    var attempt = 0
    let folded = lines.map { $0.lowercased() }
    while folded.contains(where: { $0.contains(chosen) }) {
      attempt += 1
      chosen = "zqx" + String(Self.letters[attempt % 26]) + String(Self.letters[attempt / 26 % 26])
    }
    prefix = chosen
  }

  static let letters = Array("abcdefghijklmnopqrstuvwxyz")

  /// Characters that make a whole token protected: engines read them as markup or marks.
  static let markupCharacters: Set<Character> = [
    "\\", "^", "$", "@", "*", "#", "/", "<", ">", "{", "}", "[", "]", "|", "~", "_", "=", "+",
  ]
  /// Punctuation peeled off the start of a token before it is classified.
  static let opening: Set<Character> = ["«", "“", "‘", "\"", "'", "(", "¿", "¡", "„", "‹"]
  /// Punctuation peeled off its end.
  static let closing: Set<Character> = [
    "»", "”", "’", "\"", "'", ")", ",", ".", ";", ":", "!", "?", "…", "›",
  ]
  /// Apostrophes that join an elided article to a name ("l’Ukraine").
  static let apostrophes: Set<Character> = ["'", "’"]

  /// The line with its protected tokens replaced, and those tokens in placeholder order.
  /// `isName` says which words are names to protect; `othersThanNames` whether numbers, URLs,
  /// addresses and markup-like tokens are protected too.
  func protect(
    _ line: String, othersThanNames: Bool = true, isName: (Substring) -> Bool
  ) -> (line: String, tokens: [String]) {
    var out = ""
    var tokens: [String] = []
    var index = line.startIndex
    while index < line.endIndex {
      if line[index].isWhitespace {
        out.append(line[index])
        index = line.index(after: index)
        continue
      }
      var end = index
      while end < line.endIndex, !line[end].isWhitespace { end = line.index(after: end) }
      let chunk = line[index..<end]
      index = end
      var start = chunk.startIndex
      var stop = chunk.endIndex
      while start < stop, Self.opening.contains(chunk[start]) { start = chunk.index(after: start) }
      while stop > start, Self.closing.contains(chunk[chunk.index(before: stop)]) {
        stop = chunk.index(before: stop)
      }
      var core = chunk[start..<stop]
      var protects = false
      if !core.isEmpty, tokens.count < 26 * 26 * 26 {
        if core.contains(where: { Self.markupCharacters.contains($0) || $0.isNumber }) {
          protects = othersThanNames
        } else if isName(core) {
          protects = true
        } else if let apostrophe = core.lastIndex(where: { Self.apostrophes.contains($0) }),
          core.distance(from: core.startIndex, to: apostrophe) <= 6
        {
          let tail = core[core.index(after: apostrophe)...]
          if !tail.isEmpty, isName(tail) {
            start = tail.startIndex
            core = tail
            protects = true
          }
        }
      }
      guard protects else {
        out += chunk
        continue
      }
      out += chunk[chunk.startIndex..<start]
      out += placeholder(tokens.count, capitalized: core.first?.isUppercase ?? false)
      tokens.append(String(core))
      out += chunk[stop..<chunk.endIndex]
    }
    return (out, tokens)
  }

  /// The placeholder of token `number`.
  func placeholder(_ number: Int, capitalized: Bool) -> String {
    var text = prefix
    text.append(Self.letters[number / 676 % 26])
    text.append(Self.letters[number / 26 % 26])
    text.append(Self.letters[number % 26])
    return capitalized ? text.prefix(1).uppercased() + text.dropFirst() : text
  }

  /// The translation with each placeholder (in any case, with any unknown-word marks `*`, `#`,
  /// `@` the engine put before it) replaced by its token; nil when a placeholder is missing,
  /// repeated or unknown, so that no protected token is lost in silence.
  func restore(_ translation: String, tokens: [String]) -> String? {
    guard !tokens.isEmpty else { return translation }
    let lowered = Array(translation.lowercased())
    let original = Array(translation)
    guard lowered.count == original.count else { return nil }
    let key = Array(prefix)
    var out = ""
    var seen = [Bool](repeating: false, count: tokens.count)
    var i = 0
    while i < original.count {
      // Marks directly before a placeholder belong to it.
      var j = i
      while j < original.count, "*#@".contains(original[j]) { j += 1 }
      if j + key.count + 3 <= lowered.count, Array(lowered[j..<j + key.count]) == key,
        i == 0 || !original[i - 1].isLetter
      {
        let digits = lowered[(j + key.count)..<(j + key.count + 3)].compactMap {
          Self.letters.firstIndex(of: $0)
        }
        if digits.count == 3 {
          let number = digits[0] * 676 + digits[1] * 26 + digits[2]
          guard number < tokens.count, !seen[number] else { return nil }
          seen[number] = true
          out += tokens[number]
          i = j + key.count + 3
          continue
        }
      }
      out.append(original[i])
      i += 1
    }
    return seen.allSatisfy { $0 } ? out : nil
  }
}
