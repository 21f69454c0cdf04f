/// Splits normalized text into paragraphs and sentences.
public struct SentenceSegmenter: Sendable {
  /// The language knowledge used.
  public var profile: LanguageProfile
  /// When true, every line break ends a sentence (one sentence per line input).
  public var lineBreaksAreSentences: Bool

  /// Creates a segmenter for a language code.
  public init(language: String, lineBreaksAreSentences: Bool = false) {
    self.profile = LanguageProfile.named(language)
    self.lineBreaksAreSentences = lineBreaksAreSentences
  }

  /// The sentences of a normalized text.
  public func sentences(in text: String) throws(TextInputError) -> [Sentence] {
    let units = Array(text.utf16)
    let breaker: ICUBreaker
    do {
      breaker = try ICUBreaker(kind: .sentence, locale: profile.language + "@ss=standard")
    } catch {
      throw .icu(error)
    }
    let bounds: [Int]
    do { bounds = try breaker.boundaries(units) } catch { throw .icu(error) }
    var result: [Sentence] = []
    var start = 0
    for b in bounds {
      let s = String(decoding: units[start..<b], as: UTF16.self)
      let t = s.trimmingSpaces()
      if !t.isEmpty { result.append(Sentence(text: t, paragraph: 0, range: 0..<0)) }
      start = b
    }
    return result
  }
}

extension String {
  func trimmingSpaces() -> String {
    var v = self[...]
    while let f = v.first, f.isWhitespace { v = v.dropFirst() }
    while let l = v.last, l.isWhitespace { v = v.dropLast() }
    return String(v)
  }
}
