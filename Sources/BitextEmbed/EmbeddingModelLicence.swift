/// A licence an installed model is used under: the model's own, or that of the packaging its
/// weights come in. Recorded in each installation's manifest and shown by `bitext model list`.
public struct EmbeddingModelLicence: Codable, Sendable, Hashable {
  /// What the licence covers: `model` (the weights as trained) or `4-bit packing`.
  public var part: String
  /// The work and who made it (`intfloat/multilingual-e5-small (Microsoft)`).
  public var work: String
  /// The licence's name (`MIT`).
  public var licence: String
  /// Where the work and its licence are published.
  public var url: String

  /// Creates a licence entry.
  public init(part: String, work: String, licence: String, url: String) {
    self.part = part
    self.work = work
    self.licence = licence
    self.url = url
  }
}
