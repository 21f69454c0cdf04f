/// One article of a dictd dictionary: a headword and its senses, each a list of translations.
public struct DictdEntry: Hashable, Sendable {
  /// The headword as printed on the article's first line ("Amérique du Nord").
  public var headword: String
  /// The senses in order; each holds its translations in order.
  public var senses: [[String]]

  /// Creates an entry.
  public init(headword: String, senses: [[String]]) {
    self.headword = headword
    self.senses = senses
  }
}
