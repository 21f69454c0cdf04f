/// Cleans text before segmentation, without changing what a reader sees.
///
/// Steps, in order: the byte-order mark is removed; CRLF, lone CR, NEL (U+0085) and the line
/// separator U+2028 become LF; the paragraph separator U+2029 and form feed become a blank line
/// (a paragraph break); other control characters than tab and LF are removed; the text is put in Unicode normalization form C (or KC on request) by
/// ICU. Typographic spaces (U+00A0, U+202F, U+2009) and curly apostrophes are kept: the
/// segmenter treats the spaces as spaces, and ``matchingKey(_:)`` unifies quote variants for
/// comparisons only.
public struct Normalizer: Sendable {
  /// The normalization form applied (NFC by default).
  public var form: NormalizationForm

  /// Creates a normalizer.
  public init(form: NormalizationForm = .nfc) {
    self.form = form
  }

  /// Returns the cleaned, normalized text.
  public func normalize(_ text: String) throws(TextInputError) -> String {
    let (units, changed) = try normalize(units: ICU.utf16(text))
    guard changed else { return text }
    do {
      return String(decoding: try ICU.utf8(fromUTF16: units), as: UTF8.self)
    } catch {
      throw .icu(error)
    }
  }

  /// Cleans and normalizes UTF-16 text; `changed` is false when the input was already clean.
  public func normalize(units: consuming [UInt16]) throws(TextInputError) -> (
    units: [UInt16], changed: Bool
  ) {
    let needsCleaning = units.withUnsafeBufferPointer(Self.containsUncleanUnit)
    let cleaned = needsCleaning ? Self.clean(units) : consume units
    do {
      if let normalized = try ICU.normalizeIfNeeded(cleaned, form: form) {
        return (normalized, true)
      }
    } catch {
      throw .icu(error)
    }
    return (cleaned, needsCleaning)
  }

  /// Whether any code unit is one ``clean(_:)`` removes or rewrites: a control character other
  /// than tab and LF (C0, DEL, C1), the byte-order mark, or U+2028 / U+2029.
  ///
  /// Blocks of units are tested without branches, so the compiler can vectorize the test.
  static func containsUncleanUnit(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
    let block = 256
    var start = 0
    while start < units.count {
      let end = min(start + block, units.count)
      var found: UInt8 = 0
      for i in start..<end {
        let u = units[i]
        // Bitwise or of 0/1 flags, no short-circuit: every unit costs the same few operations.
        let control = u < 0x20 && u != 0x0A && u != 0x09 ? 1 : 0 as UInt8
        let c1 = u &- 0x7F < 0x21 ? 1 : 0 as UInt8  // DEL and U+0080...U+009F
        let separator = u | 1 == 0x2029 ? 1 : 0 as UInt8  // U+2028, U+2029
        let bom = u == 0xFEFF ? 1 : 0 as UInt8
        found |= control | c1 | separator | bom
      }
      if found != 0 { return true }
      start = end
    }
    return false
  }

  private static func clean(_ input: [UInt16]) -> [UInt16] {
    var units: [UInt16] = []
    units.reserveCapacity(input.count)
    var previousCR = false
    for unit in input {
      switch unit {
      case 0xFEFF:
        break  // byte-order mark / zero-width no-break space: never visible text
      case 0x0D:
        units.append(0x0A)
        previousCR = true
        continue
      case 0x0A:
        if previousCR {
          previousCR = false
          continue
        }
        units.append(unit)
      case 0x85, 0x2028:
        units.append(0x0A)
      case 0x0C, 0x2029:
        units.append(0x0A)
        units.append(0x0A)
      case 0x09:
        units.append(unit)
      case 0x00..<0x20, 0x7F, 0x80..<0xA0:
        break
      default:
        units.append(unit)
      }
      previousCR = false
    }
    return units
  }

  /// A key for comparing words and phrases: apostrophe variants (’ ‘ ʼ ′ `) become `'`,
  /// quotation-mark variants become `"`, typographic spaces become U+0020. Never used for
  /// output text.
  public static func matchingKey(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x2019, 0x2018, 0x02BC, 0x2032, 0x0060, 0x00B4: scalars.append("'")
      case 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB, 0x2033: scalars.append("\"")
      case 0x00A0, 0x202F, 0x2009, 0x2007, 0x2002, 0x2003: scalars.append(" ")
      default: scalars.append(scalar)
      }
    }
    return String(scalars)
  }
}
