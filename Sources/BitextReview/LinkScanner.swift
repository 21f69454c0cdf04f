/// A URL or an e-mail address written in a text.
public struct LinkMention: Hashable, Sendable {
  /// The link as written, without the punctuation around it: `https://www.example.com/fr/`.
  public var text: String
  /// What two links are compared by: lower-cased, without scheme, `www.`, `mailto:` nor final
  /// slash (`example.com/fr`).
  public var key: String
  /// Whether it is an e-mail address.
  public var isEmail: Bool

  /// Creates a mention.
  public init(text: String, key: String, isEmail: Bool) {
    self.text = text
    self.key = key
    self.isEmail = isEmail
  }
}

/// Finds the URLs and e-mail addresses of a text: words starting with `http://`, `https://`,
/// `ftp://` or `www.`, bare domains of a common top-level domain (`bitext.org`,
/// `example.fr/page`), and `name@domain.tld` addresses.
public struct LinkScanner: Sendable, Hashable {
  /// Top-level domains that make a bare `name.tld` a link (a longer list would take `M.Sc` or
  /// `Node.js` for links).
  public var topLevelDomains: Set<String> = [
    "com", "org", "net", "edu", "gov", "int", "info", "biz", "io", "eu", "fr", "de", "uk",
    "be", "ch", "ca", "es", "it", "nl", "ru", "us", "jp", "cn", "br", "pl", "pt", "se", "no",
    "dk", "fi", "at", "au", "lu", "ua", "by", "gr", "cz", "ro", "hu", "ie", "mx", "ar", "in",
  ]

  /// Creates a scanner.
  public init() {}

  /// The links of `text`, in order.
  public func links(in text: String) -> [LinkMention] {
    chunks(of: text).compactMap { mention($0.core) }
  }

  /// `text` with every link replaced by a space, for the checks that must not read a link's
  /// digits or capitals.
  public func removingLinks(from text: String) -> String {
    var result = ""
    var last = text.startIndex
    for chunk in chunks(of: text) where mention(chunk.core) != nil {
      result += text[last..<chunk.range.lowerBound]
      result += " "
      last = chunk.range.upperBound
    }
    guard last != text.startIndex else { return text }
    return result + text[last...]
  }

  /// Punctuation around a link that is not part of it.
  static let opening: Set<Unicode.Scalar> = ["(", "[", "<", "«", "“", "‘", "\"", "'", "„", "‹"]
  static let closing: Set<Unicode.Scalar> = [
    ")", "]", ">", "»", "”", "’", "\"", "'", ".", ",", ";", ":", "!", "?", "…", "›",
  ]

  /// The words of `text` (split at white space) that may be links, each with its range and its
  /// core: the word without the punctuation around it. A word may be a link when a period or
  /// an at sign inside it is followed by a letter or a digit.
  private func chunks(of text: String) -> [(range: Range<String.Index>, core: Substring)] {
    // Most sentences hold no link: a quick look at the bytes first.
    var candidate = false
    var previous: UInt8 = 0
    for byte in text.utf8 {
      if previous == 0x2E || previous == 0x40,
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || (byte >= 0x30 && byte <= 0x39)
      {
        candidate = true
        break
      }
      previous = byte
    }
    guard candidate else { return [] }
    var result: [(Range<String.Index>, Substring)] = []
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    while index < scalars.endIndex {
      guard !ScalarClass.isWhitespace(scalars[index]) else {
        index = scalars.index(after: index)
        continue
      }
      var end = index
      var inner = false
      while end < scalars.endIndex, !ScalarClass.isWhitespace(scalars[end]) {
        let next = scalars.index(after: end)
        if scalars[end] == "." || scalars[end] == "@", next < scalars.endIndex,
          scalars[next].properties.isAlphabetic || ("0"..."9").contains(scalars[next])
        {
          inner = true
        }
        end = next
      }
      if inner {
        var core = scalars[index..<end]
        while let first = core.first, Self.opening.contains(first) { core = core.dropFirst() }
        while let last = core.last, Self.closing.contains(last) { core = core.dropLast() }
        result.append((index..<end, Substring(core)))
      }
      index = end
    }
    return result
  }

  /// The link a word's core is, if it is one.
  private func mention(_ core: Substring) -> LinkMention? {
    let lower = core.lowercased()
    var rest = Substring(lower)
    if rest.hasPrefix("mailto:") { rest = rest.dropFirst(7) }
    if let at = rest.firstIndex(of: "@") {
      let local = rest[..<at]
      let domain = rest[rest.index(after: at)...]
      guard !local.isEmpty, local.allSatisfy(Self.isAddressCharacter),
        isDomain(domain, anyTopLevel: true)
      else { return nil }
      return LinkMention(text: String(core), key: String(rest), isEmail: true)
    }
    var explicit = false
    for scheme in ["http://", "https://", "ftp://"] where rest.hasPrefix(scheme) {
      rest = rest.dropFirst(scheme.count)
      explicit = true
    }
    if rest.hasPrefix("www.") {
      rest = rest.dropFirst(4)
      explicit = true
    }
    let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
    guard isDomain(host, anyTopLevel: explicit) else { return nil }
    while rest.hasSuffix("/") { rest = rest.dropLast() }
    return LinkMention(text: String(core), key: String(rest), isEmail: false)
  }

  /// Whether `host` is a domain name: labels of letters, digits and hyphens, at least two, the
  /// last of letters only (one of ``topLevelDomains`` unless `anyTopLevel`).
  private func isDomain(_ host: Substring, anyTopLevel: Bool) -> Bool {
    let labels = host.split(separator: ".", omittingEmptySubsequences: false)
    guard labels.count >= 2, let top = labels.last, top.count >= 2,
      top.unicodeScalars.allSatisfy({ $0.isASCII && ScalarClass.isLetter($0) }),
      labels.allSatisfy({
        !$0.isEmpty
          && $0.unicodeScalars.allSatisfy {
            ScalarClass.isLetter($0) || $0.properties.numericType != nil || $0 == "-"
          }
      })
    else { return false }
    return anyTopLevel || (topLevelDomains.contains(String(top)) && labels[0].count >= 2)
  }

  /// Letters, digits and `._%+-`: what the local part of an address is made of here.
  private static func isAddressCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || "._%+-".contains(character)
  }
}
