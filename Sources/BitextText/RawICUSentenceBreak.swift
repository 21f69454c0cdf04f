/// The baseline Bitext's segmenter is measured against: ICU's sentence break iterator alone,
/// on text converted from UTF-8 by ICU.
package enum RawICUSentenceBreak {
  /// Counts ICU's sentence boundaries in UTF-8 text (`fr@ss=standard`).
  package static func count(_ bytes: [UInt8], locale: String = "fr@ss=standard") throws(ICUError)
    -> Int
  {
    let units = try bytes.withUnsafeBufferPointer { buffer throws(ICUError) in
      try ICU.utf16(fromUTF8: buffer)
    }
    let breaker = try ICUBreaker(kind: .sentence, locale: locale)
    var count = 0
    try breaker.iterate(units) { _, _ in count += 1 }
    return count
  }
}
