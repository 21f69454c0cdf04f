import BitextText

/// A way through Apertium from one language to another: one mode (`fra-cat`) for a direct
/// pair, or two chained through a pivot language (`fra-cat` then `cat-eng`).
public struct ApertiumRoute: Sendable, Hashable, CustomStringConvertible {
  /// The Apertium modes to run, in order (as `apertium -l` names them).
  public var modes: [String]
  /// The languages the text passes through, first to last (ISO 639-1 where there is one).
  public var languages: [String]

  /// Creates a route.
  public init(modes: [String], languages: [String]) {
    self.modes = modes
    self.languages = languages
  }

  /// The languages joined by hyphens: `fr-ca-en`.
  public var description: String { languages.joined(separator: "-") }

  /// How a text this route made is marked in every export: `mt:apertium:fr-ca-en`.
  public var origin: String { "mt:apertium:\(description)" }

  /// The pivot languages, in the order Bitext prefers them when a pair has no direct mode,
  /// from `bitext-bench translation` (French → English: through Catalan chrF 56.1, Spanish
  /// 55.8, Esperanto 54.6, each alone on the sample's 1-1 beads). Others come after,
  /// alphabetically.
  public static let preferredPivots = ["ca", "es", "eo"]

  /// The routes from `source` to `target` among `modes` (names as `apertium -l` lists them):
  /// the direct mode first, then one-pivot routes in ``preferredPivots`` order. Modes with a
  /// variant (`cat-eng_US`) or a suffix (`en-eo-bytecode`) are not used: each pair's plain
  /// mode is its standard.
  public static func routes(from source: String, to target: String, among modes: [String])
    -> [ApertiumRoute]
  {
    let source = LanguageTag.primaryLanguage(source)
    let target = LanguageTag.primaryLanguage(target)
    var outgoing: [String: [(mode: String, to: String)]] = [:]
    for mode in modes {
      guard let (from, to) = languages(ofMode: mode) else { continue }
      outgoing[from, default: []].append((mode, to))
    }
    for key in outgoing.keys { outgoing[key]!.sort { $0.mode < $1.mode } }
    var direct: [ApertiumRoute] = []
    var pivoted: [ApertiumRoute] = []
    for first in outgoing[source] ?? [] {
      if first.to == target {
        direct.append(ApertiumRoute(modes: [first.mode], languages: [source, target]))
        continue
      }
      for second in outgoing[first.to] ?? [] where second.to == target {
        pivoted.append(
          ApertiumRoute(
            modes: [first.mode, second.mode], languages: [source, first.to, target]))
      }
    }
    func rank(_ route: ApertiumRoute) -> (Int, String) {
      let pivot = route.languages[1]
      return (preferredPivots.firstIndex(of: pivot) ?? preferredPivots.count, pivot)
    }
    pivoted.sort { rank($0) < rank($1) }
    // One route per pivot: the first mode pair in name order.
    var seen = Set<String>()
    return (direct.prefix(1) + pivoted).filter { seen.insert($0.description).inserted }
  }

  /// The two languages of a plain mode name (`fra-cat` → fr, ca; `fr-es` → fr, es), or nil
  /// for a variant, a suffixed mode or unknown codes.
  static func languages(ofMode mode: String) -> (String, String)? {
    let parts = mode.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, !mode.contains("_") else { return nil }
    let codes = parts.map { part -> String? in
      guard (2...3).contains(part.count), part.allSatisfy({ $0.isASCII && $0.isLowercase })
      else { return nil }
      guard let tag = try? LanguageTag(String(part)) else { return nil }
      return tag.primaryLanguage
    }
    guard let from = codes[0], let to = codes[1], from != to else { return nil }
    return (from, to)
  }
}
