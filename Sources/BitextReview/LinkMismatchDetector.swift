import BitextCorpus
import BitextText

/// Raises ``BeadFlag/urlMismatch`` when a URL or an e-mail address on one side of a bead is not
/// on the other. Links are compared by ``LinkMention/key``, path parts naming either language
/// left out, so that `example.com/fr/page` matches `example.com/en/page`.
public struct LinkMismatchDetector: Sendable, Hashable {
  /// How links are found.
  public var scanner = LinkScanner()

  /// Creates a detector.
  public init() {}

  /// The note of `bead`, if a link is on one side only: `www.example.fr only in source`.
  /// `languages` are the corpus's source and target languages.
  public func note(for bead: AlignedBead, languages: (String, String)) -> BeadFlagNote? {
    guard !bead.hasEmptySource, !bead.hasEmptyTarget else { return nil }
    let source = scanner.links(in: bead.sourceText)
    let target = scanner.links(in: bead.targetText)
    guard !source.isEmpty || !target.isEmpty else { return nil }
    let codes: Set<String> = [
      LanguageTag.primaryLanguage(languages.0), LanguageTag.primaryLanguage(languages.1),
    ]
    let sourceKeys = Set(source.map { Self.key($0, languages: codes) })
    let targetKeys = Set(target.map { Self.key($0, languages: codes) })
    let onlySource = source.filter { !targetKeys.contains(Self.key($0, languages: codes)) }
    let onlyTarget = target.filter { !sourceKeys.contains(Self.key($0, languages: codes)) }
    let parts = [(onlySource, "source"), (onlyTarget, "target")].compactMap { links, side in
      links.isEmpty
        ? nil
        : "\(NumberMismatchDetector.list(links.map(\.text), limit: 2)) only in \(side)"
    }
    return parts.isEmpty ? nil : BeadFlagNote(.urlMismatch, parts.joined(separator: "; "))
  }

  /// The key of a link with its path parts that name one of `languages` (`fr`, `en-us`,
  /// `lang=fr`) replaced by `*`.
  static func key(_ link: LinkMention, languages: Set<String>) -> String {
    guard !link.isEmail else { return link.key }
    var key = ""
    var part = ""
    func flush() {
      let value = part.split(separator: "=").last.map(String.init) ?? part
      let language = LanguageTag.primaryLanguage(value)
      key += value.count <= 5 && languages.contains(language) && language.count >= 2 ? "*" : part
      part = ""
    }
    for character in link.key {
      if "/?&#.".contains(character) {
        flush()
        key.append(character)
      } else {
        part.append(character)
      }
    }
    flush()
    return key
  }
}
