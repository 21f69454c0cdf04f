import Bitext
import FuzzSupport

let languages = ["en", "fr", "de", "es", "it", "ja", "zh", "ru", "ar", "xx"]

/// UTF-8 decoder, normalizer and segmenter. The first byte picks the language and whether line
/// breaks end sentences; the rest is the text.
///
/// Properties: the sentences re-joined equal the normalized text modulo white space; sentence
/// ranges are in order, inside the text and hold the sentence's text modulo white space; no
/// U+FFFD appears that the input did not hold.
///
/// Inputs holding U+2028, U+2029 or U+0085 are included: the sentence offsets are taken from
/// the UTF-8 bytes, so these separators no longer shift them.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  guard size > 0 else { return 0 }
  let input = bytes(data, size)
  let language = languages[Int(input[0] & 0x0F) % languages.count]
  let lineBreaksAreSentences = input[0] & 0x80 != 0
  let raw = input.dropFirst()
  let decoded: String
  do {
    decoded = try TextDecoder.decode(raw)
  } catch {
    // Invalid UTF-8, and binary data (NUL and other control bytes), are refused by design.
    return 0
  }
  require(validText(raw) != nil, "decoder accepts invalid UTF-8")
  let normalized: String
  do {
    normalized = try Normalizer().normalize(decoded)
  } catch {
    return 0
  }
  let hadReplacement = hasReplacement(decoded)
  require(hadReplacement || !hasReplacement(normalized), "normalizer added U+FFFD")
  let sentences: [Sentence]
  do {
    sentences = try SentenceSegmenter(
      language: language, lineBreaksAreSentences: lineBreaksAreSentences
    ).sentences(in: normalized)
  } catch {
    return 0
  }
  let utf8 = Array(normalized.utf8)
  var previousEnd = 0
  for sentence in sentences {
    require(
      hadReplacement || !hasReplacement(sentence.text),
      "segmenter added U+FFFD: \(sentence.text.debugDescription)")
    require(
      sentence.range.lowerBound >= previousEnd && sentence.range.upperBound <= utf8.count,
      "sentence range \(sentence.range) out of order or bounds (\(previousEnd), \(utf8.count))")
    previousEnd = sentence.range.upperBound
    let slice = String(decoding: utf8[sentence.range], as: UTF8.self)
    require(
      withoutSpace(slice) == withoutSpace(sentence.text),
      "sentence text \(sentence.text.debugDescription) is not its range \(slice.debugDescription)")
  }
  let joined = sentences.map(\.text).joined(separator: " ")
  require(
    withoutSpace(joined) == withoutSpace(normalized),
    "re-joined sentences differ from the text:\n\(joined.debugDescription)\n\(normalized.debugDescription)"
  )
  return 0
}
