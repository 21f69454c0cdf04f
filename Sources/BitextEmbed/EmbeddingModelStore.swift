import BitextText
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The user's model directory: one folder per installed embedding model, `<name>/model.bin`
/// (the weights) and `<name>/model.json` (the ``EmbeddingModelManifest``: size, SHA-256,
/// source, licences). ``EmbeddingModelInstaller`` fills it; the encoder reads from it.
///
/// The model folders are real folders: a folder that is a symbolic link is not used (it could
/// lead anywhere), nor a weights file that is one.
public struct EmbeddingModelStore: Sendable {
  /// The directory holding the model folders.
  public var directory: String

  /// The name of a model's weights file in its folder.
  public static let weightsFileName = "model.bin"
  /// The name of a model's manifest in its folder.
  public static let manifestFileName = "model.json"
  /// The name of a model's static piece vectors in its folder (``StaticPieceVectors``).
  public static let staticVectorsFileName = "static.bin"
  /// What ends the name of a model's static variant: `e5-small-static` is `e5-small`'s
  /// tokenizer with its static piece vectors.
  public static let staticSuffix = "-static"

  /// Creates a store over a directory (created when a model is first installed).
  public init(directory: String) {
    self.directory = directory
  }

  /// The default directory, next to the lexicons: `$BITEXT_MODEL_DIR`, else
  /// `$XDG_DATA_HOME/bitext/models`, else `~/.local/share/bitext/models`.
  public static func defaultDirectory(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    DataDirectory.path("models", overriddenBy: "BITEXT_MODEL_DIR", environment: environment)
  }

  /// The folder of the model `name`.
  public func folder(of name: String) -> String {
    URL(fileURLWithPath: directory).appendingPathComponent(name).path
  }

  /// The path of the weights of the model `name`, installed or not.
  public func weightsPath(of name: String) -> String {
    URL(fileURLWithPath: folder(of: name)).appendingPathComponent(Self.weightsFileName).path
  }

  /// The path of the static piece vectors of the model `name`, distilled or not.
  public func staticVectorsPath(of name: String) -> String {
    URL(fileURLWithPath: folder(of: name)).appendingPathComponent(Self.staticVectorsFileName).path
  }

  /// The model a name ending in ``staticSuffix`` is the static variant of, or nil.
  public static func staticBase(of name: String) -> String? {
    guard name.hasSuffix(staticSuffix), name.count > staticSuffix.count else { return nil }
    return String(name.dropLast(staticSuffix.count))
  }

  /// The weights and the static piece vectors of the installed model `base`, once checked as
  /// ``installedWeights(_:)`` checks the weights; the vectors must be a regular file. The
  /// checksum is the weights' SHA-256, which the vectors must have been distilled from.
  ///
  /// - Throws: ``EmbeddingModelError/notInstalled(name:directory:)`` naming `<base>-static`
  ///   (whose installation distills them) when there are no vectors.
  public func installedStaticVectors(of base: String) throws(EmbeddingModelError) -> (
    weights: String, vectors: String, checksum: String
  ) {
    let name = base + Self.staticSuffix
    let weights: String
    do {
      weights = try installedWeights(base)
    } catch .notInstalled {
      throw .notInstalled(name: name, directory: directory)
    }
    let vectors = staticVectorsPath(of: base)
    switch Self.fileKind(vectors)?.kind {
    case S_IFREG: return (weights, vectors, inspect(base)?.manifest?.sha256 ?? "")
    case nil: throw .notInstalled(name: name, directory: directory)
    case S_IFLNK:
      throw .damaged(
        name: name, folder: folder(of: base),
        reason: "\(Self.staticVectorsFileName) is a symbolic link")
    default:
      throw .damaged(
        name: name, folder: folder(of: base),
        reason: "\(Self.staticVectorsFileName) is not a regular file")
    }
  }

  /// The path of the manifest of the model `name`, installed or not.
  public func manifestPath(of name: String) -> String {
    URL(fileURLWithPath: folder(of: name)).appendingPathComponent(Self.manifestFileName).path
  }

  /// The path of the weights of the installed model `name`, once its folder, manifest and
  /// weights file are checked (not the weights' checksum: the installer checked it, and reading
  /// the file again for it at every use would cost more than the use).
  ///
  /// - Throws: ``EmbeddingModelError/notInstalled(name:directory:)`` when the model has no folder
  ///   (the message names `bitext model install <name>`), and
  ///   ``EmbeddingModelError/damaged(name:folder:reason:)`` when what is there is not usable.
  public func installedWeights(_ name: String) throws(EmbeddingModelError) -> String {
    guard Self.nameProblem(name) == nil else {
      throw .notInstalled(name: name, directory: directory)
    }
    guard let model = inspect(name) else { throw .notInstalled(name: name, directory: directory) }
    if let problem = model.problem {
      throw .damaged(name: name, folder: model.folder, reason: problem)
    }
    return model.weightsPath
  }

  /// Why `name` cannot name a model, or nil when it can: 1 to 100 letters, digits, `_`, `-` and
  /// `.`, not starting with `.` or `-` (so a model's folder is never hidden, never a path and
  /// never an option).
  public static func nameProblem(_ name: String) -> String? {
    if name.isEmpty { return "it is empty" }
    if name.count > 100 { return "it is longer than 100 characters" }
    if name.hasPrefix(".") || name.hasPrefix("-") { return "it starts with '\(name.first!)'" }
    for scalar in name.unicodeScalars {
      let allowed =
        (scalar.isASCII && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil))
        || "_-.".unicodeScalars.contains(scalar)
      if !allowed {
        return "it holds \(scalar.escaped(asASCII: true)); use letters, digits, _, - and ."
      }
    }
    return nil
  }

  /// The kind of file at `path`, without following a symbolic link: `S_IFREG`, `S_IFDIR`,
  /// `S_IFLNK`…, with its size; nil when there is nothing there.
  static func fileKind(_ path: String) -> (kind: mode_t, size: Int)? {
    var info = stat()
    guard lstat(path, &info) == 0 else { return nil }
    return (info.st_mode & S_IFMT, Int(info.st_size))
  }
}
