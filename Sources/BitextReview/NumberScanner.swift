/// A number written in a text, with the values it may stand for.
public struct NumberMention: Hashable, Sendable {
  /// The number as written: `1,000.5`, `1 000,5`, `3`.
  public var text: String
  /// The values it may stand for, written canonically (digits, an optional `.` and decimals, no
  /// leading or trailing zeros): `1,000` is `1000` in English but `1` in French, so it holds
  /// both.
  public var values: Set<String>
  /// Its groups of digits as integers, canonical (`20.30` → `20`, `30`): a time or a date
  /// written with other separators on the other side (`20 h 30`) matches through them.
  public var parts: [String]

  /// Creates a mention.
  public init(text: String, values: Set<String>, parts: [String]? = nil) {
    self.text = text
    self.values = values
    self.parts = parts ?? Array(values)
  }

  /// Whether the two may be the same number.
  public func matches(_ other: NumberMention) -> Bool { !values.isDisjoint(with: other.values) }
}

/// Finds the numbers of a text, reading thousands separators and decimal marks of any language:
/// `1,000.5` (English), `1 000,5` (French), `1.000,5` (German) and `1'000.5` (Swiss) are all
/// `1000.5`.
///
/// Letters after the digits are not part of the number, so that ordinals are their number
/// (`3rd`, `3e`, `3.` → `3`). Digits grouped by a space or an apostrophe are one number only
/// when every group after the first has three digits (`300 000`, but `2020 300` is two). A run
/// that no convention reads (`12.05.2020`, `1.2.3`) is one number per group of digits. Any
/// decimal digits count (Arabic-Indic, Devanagari…), read as their values.
public struct NumberScanner: Sendable, Hashable {
  /// Creates a scanner.
  public init() {}

  /// The numbers of `text`, in order.
  public func numbers(in text: String) -> [NumberMention] {
    let scalars = Array(text.unicodeScalars)
    var result: [NumberMention] = []
    var i = 0
    while i < scalars.count {
      guard let first = Self.digit(scalars[i]) else {
        i += 1
        continue
      }
      var groups: [[UInt8]] = [[first]]
      var separators: [Unicode.Scalar] = []
      var groupStarts = [i]
      var j = i + 1
      while j < scalars.count {
        if let digit = Self.digit(scalars[j]) {
          groups[groups.count - 1].append(digit)
          j += 1
        } else if Self.separators.contains(scalars[j]), j + 1 < scalars.count,
          Self.digit(scalars[j + 1]) != nil
        {
          if Self.groupingOnly.contains(scalars[j]) {
            // A space or an apostrophe groups thousands only: three digits must follow, and
            // the digits before must be a valid group.
            var k = j + 1
            while k < scalars.count, Self.digit(scalars[k]) != nil { k += 1 }
            guard k - j - 1 == 3, groups[groups.count - 1].count <= 3 else { break }
          }
          separators.append(scalars[j])
          groups.append([])
          groupStarts.append(j + 1)
          j += 1
        } else {
          break
        }
      }
      if let values = Self.values(groups, separators) {
        result.append(
          NumberMention(
            text: Self.string(scalars[i..<j]), values: values,
            parts: groups.map { Self.canonical($0, []) }))
      } else {
        for (index, group) in groups.enumerated() {
          let start = groupStarts[index]
          result.append(
            NumberMention(
              text: Self.string(scalars[start..<(start + group.count)]),
              values: [Self.canonical(group, [])]))
        }
      }
      i = j
    }
    return result
  }

  /// The values of Roman numerals written as words of capitals (`XIV` → `14`; `I` → `1`), for
  /// matching chapter numbers (`Chapter 3` ~ `Chapitre III`).
  public func romanNumerals(in text: String) -> Set<String> {
    var values: Set<String> = []
    for word in text.split(whereSeparator: { !$0.isLetter }) {
      if let value = Self.romanValue(word) { values.insert(String(value)) }
    }
    return values
  }

  /// Characters between digit groups: thousands separators and decimal marks.
  static let separators: Set<Unicode.Scalar> = [
    ",", ".", " ", "\u{A0}", "\u{202F}", "\u{2009}", "'", "\u{2019}",
  ]
  /// The separators that can only group thousands (never a decimal mark).
  static let groupingOnly: Set<Unicode.Scalar> = [
    " ", "\u{A0}", "\u{202F}", "\u{2009}", "'", "\u{2019}",
  ]

  /// The value of a decimal digit of any script.
  static func digit(_ scalar: Unicode.Scalar) -> UInt8? {
    if scalar.isASCII {
      return scalar.value >= 0x30 && scalar.value <= 0x39 ? UInt8(scalar.value - 0x30) : nil
    }
    guard scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue
    else { return nil }
    return UInt8(value)
  }

  /// The values of digit groups joined by separators; nil when no convention reads them.
  static func values(_ groups: [[UInt8]], _ separators: [Unicode.Scalar]) -> Set<String>? {
    guard let last = separators.last else { return [canonical(groups[0], [])] }
    var values: Set<String> = []
    // Every separator groups thousands.
    if isGrouping(groups, separators) {
      values.insert(canonical(groups.flatMap { $0 }, []))
    }
    // The last one is the decimal mark, the others group thousands with another character.
    if last == "," || last == "." {
      let head = Array(groups.dropLast())
      let headSeparators = Array(separators.dropLast())
      if headSeparators.isEmpty
        || (isGrouping(head, headSeparators) && !headSeparators.contains(last))
      {
        values.insert(canonical(head.flatMap { $0 }, groups[groups.count - 1]))
      }
    }
    return values.isEmpty ? nil : values
  }

  /// Whether `separators` can all be thousands separators between `groups`: one to three
  /// digits first, then groups of three, one kind of separator (spaces of any width count as
  /// one kind).
  static func isGrouping(_ groups: [[UInt8]], _ separators: [Unicode.Scalar]) -> Bool {
    guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 })
    else { return false }
    let kinds = Set(
      separators.map { groupingOnly.contains($0) && $0 != "'" && $0 != "\u{2019}" ? " " : $0 })
    return kinds.count <= 1
  }

  /// `integer.fraction` without leading zeros of the integer part nor trailing zeros of the
  /// fraction: `007` → `7`, `3,50` → `3.5`, `3.0` → `3`.
  static func canonical(_ integer: [UInt8], _ fraction: [UInt8]) -> String {
    var integer = ArraySlice(integer)
    while integer.count > 1, integer.first == 0 { integer = integer.dropFirst() }
    var fraction = ArraySlice(fraction)
    while fraction.last == 0 { fraction = fraction.dropLast() }
    let whole = integer.isEmpty ? "0" : integer.map(String.init).joined()
    return fraction.isEmpty ? whole : whole + "." + fraction.map(String.init).joined()
  }

  /// The value of a Roman numeral in capitals (up to 3999), nil for any other word.
  static func romanValue(_ word: some StringProtocol) -> Int? {
    let digits: [Character: Int] = [
      "I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000,
    ]
    let values = word.compactMap { digits[$0] }
    guard !values.isEmpty, values.count == word.count, values.count <= 15 else { return nil }
    var total = 0
    for (index, value) in values.enumerated() {
      if index + 1 < values.count, value < values[index + 1] {
        total -= value
      } else {
        total += value
      }
    }
    // Only the canonical spelling: `IIII` or `IC` are not numerals.
    return total > 0 && total < 4000 && roman(total) == String(word) ? total : nil
  }

  /// The canonical Roman spelling of `value` (1…3999).
  static func roman(_ value: Int) -> String {
    let table: [(Int, String)] = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
      (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var value = value
    var text = ""
    for (amount, letters) in table {
      while value >= amount {
        text += letters
        value -= amount
      }
    }
    return text
  }

  /// The text of some scalars.
  static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }
}
