import BitextText

/// The scripts with upper and lower case.
enum CasedScript: Hashable, CaseIterable {
  case latin, greek, cyrillic, armenian

  /// The cased script of a letter, nil for a letter of another script.
  init?(_ scalar: Unicode.Scalar) {
    switch scalar.value {
    case 0x41...0x24F, 0x1E00...0x1EFF: self = .latin
    case 0x370...0x3FF, 0x1F00...0x1FFF: self = .greek
    case 0x400...0x52F: self = .cyrillic
    case 0x531...0x58F: self = .armenian
    default: return nil
    }
  }

  /// The script most letters of `sentences` are written in when it has upper and lower case
  /// (Latin, Greek, Cyrillic, Armenian), else nil.
  static func dominant(in sentences: [[[Token]]]) -> CasedScript? {
    // Latin, Greek, Cyrillic, Armenian, then any other script.
    var counts = [0, 0, 0, 0, 0]
    var letters = 0
    for bead in sentences {
      for sentence in bead {
        for token in sentence where token.kind == .word {
          for scalar in token.text.unicodeScalars where ScalarClass.isLetter(scalar) {
            counts[CasedScript(scalar).map { Self.allCases.firstIndex(of: $0)! } ?? 4] += 1
            letters += 1
          }
        }
      }
      if letters > 20_000 { break }
    }
    guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[best] > 0,
      best < 4
    else { return nil }
    return Self.allCases[best]
  }
}
