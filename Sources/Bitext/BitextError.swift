/// A failure Bitext reports to its user as one message: a batch that cannot start, a command
/// that cannot do what it was asked. File problems are ``FileError``s, corpus problems
/// ``CorpusError``s; this type carries the rest.
public struct BitextError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong, for the user.
  public var description: String

  /// Creates an error.
  public init(_ description: String) {
    self.description = description
  }
}
