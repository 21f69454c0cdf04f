import BitextText
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension EmbeddingModelStore {
  /// A model folder of the store, as ``EmbeddingModelStore/installed()`` finds it.
  public struct Installed: Sendable, Hashable {
    /// The model's name (its folder's name).
    public var name: String
    /// The model's folder.
    public var folder: String
    /// The path of its weights file.
    public var weightsPath: String
    /// Its manifest, when `model.json` could be read.
    public var manifest: EmbeddingModelManifest?
    /// The weights file's size, when there is one.
    public var size: Int?
    /// Why the installation cannot be used (no manifest, a weights file of the wrong size…);
    /// nil when it is in order.
    public var problem: String?

    /// Whether the installation cannot be used as it is.
    public var isDamaged: Bool { problem != nil }
  }

  /// Every model folder of the store, sorted by name, each checked (manifest, size; not the
  /// checksum): a folder with a missing or unreadable manifest, or a weights file that is
  /// missing or of the wrong size, is listed with its ``Installed/problem``, not skipped. A
  /// directory that does not exist holds none; hidden entries and plain files are not models.
  ///
  /// - Throws: ``EmbeddingModelError/file(_:)`` when the directory is a file or cannot be listed.
  public func installed() throws(EmbeddingModelError) -> [Installed] {
    guard let directoryKind = Self.followedKind(directory) else { return [] }
    guard directoryKind == S_IFDIR else {
      throw .file(
        FileError(path: directory, .unreadable("a file, not the folder of models expected")))
    }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory)
    } catch {
      throw .file(FileError(path: directory, .unreadable("the folder cannot be listed")))
    }
    return names.sorted().filter { !$0.hasPrefix(".") }.compactMap { name in
      // Plain files beside the model folders are not models; links are listed (as damaged).
      guard let kind = Self.fileKind(folder(of: name))?.kind, kind != S_IFREG else { return nil }
      return inspect(name)
    }
  }

  /// The model folder `name` checked, or nil when there is nothing at its path.
  func inspect(_ name: String) -> Installed? {
    let folder = folder(of: name)
    guard let folderKind = Self.fileKind(folder)?.kind else { return nil }
    var model = Installed(
      name: name, folder: folder, weightsPath: weightsPath(of: name), manifest: nil, size: nil,
      problem: nil)
    switch folderKind {
    case S_IFDIR: break
    case S_IFLNK:
      model.problem = "the folder is a symbolic link; Bitext uses real folders only"
      return model
    default:
      model.problem = "not a folder"
      return model
    }
    let weights = Self.fileKind(model.weightsPath)
    if let weights, weights.kind == S_IFREG { model.size = weights.size }
    let manifestPath = manifestPath(of: name)
    guard let data = FileManager.default.contents(atPath: manifestPath) else {
      model.problem =
        Self.fileKind(manifestPath) == nil
        ? "no \(Self.manifestFileName): an interrupted or foreign installation"
        : "\(Self.manifestFileName) cannot be read"
      return model
    }
    switch EmbeddingModelManifest.decode(data) {
    case .failure(let failure):
      model.problem = "\(Self.manifestFileName) is damaged: \(failure.reason)"
      return model
    case .success(let manifest):
      model.manifest = manifest
      if manifest.name != name {
        model.problem = "\(Self.manifestFileName) is for the model \(manifest.name)"
      } else if manifest.file != Self.weightsFileName {
        model.problem = "\(Self.manifestFileName) names the weights file \(manifest.file)"
      }
    }
    if model.problem != nil { return model }
    guard let weights else {
      model.problem = "no \(Self.weightsFileName)"
      return model
    }
    if weights.kind == S_IFLNK {
      model.problem = "\(Self.weightsFileName) is a symbolic link"
    } else if weights.kind != S_IFREG {
      model.problem = "\(Self.weightsFileName) is not a regular file"
    } else if let expected = model.manifest?.size, weights.size != expected {
      model.problem =
        "\(Self.weightsFileName) has \(weights.size) bytes, \(Self.manifestFileName) says \(expected)"
    }
    return model
  }

  /// The kind of file at `path`, following symbolic links (the model directory itself may be
  /// one); nil when there is nothing there.
  static func followedKind(_ path: String) -> mode_t? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return info.st_mode & S_IFMT
  }
}
