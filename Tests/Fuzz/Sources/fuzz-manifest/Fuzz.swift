import Bitext
import FuzzSupport

/// Batch manifest: parse; every entry has a usable id, paths and languages, and written back as
/// five tab-separated fields it parses to the same entries.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  guard let text = validText(bytes(data, size)),
    let manifest = try? BatchManifest.parse(text, sourceLanguage: "fr", targetLanguage: "en")
  else { return 0 }
  for entry in manifest.entries {
    require(
      !entry.id.isEmpty && !entry.id.contains("/") && !entry.id.hasPrefix("."),
      "manifest: bad id \(entry.id.debugDescription)")
    require(!entry.sourcePath.isEmpty && !entry.targetPath.isEmpty, "manifest: empty path")
  }
  let written = manifest.entries.map {
    [$0.id, $0.sourcePath, $0.targetPath, $0.sourceLanguage, $0.targetLanguage].joined(
      separator: "\t")
  }.joined(separator: "\n")
  let again: BatchManifest
  do {
    again = try BatchManifest.parse(written)
  } catch {
    require(
      false, "manifest: written entries cannot be parsed: \(error)\n\(written.debugDescription)")
    return 0
  }
  require(
    again.entries.map {
      [$0.id, $0.sourcePath, $0.targetPath, $0.sourceLanguage, $0.targetLanguage]
    }
      == manifest.entries.map {
        [$0.id, $0.sourcePath, $0.targetPath, $0.sourceLanguage, $0.targetLanguage]
      },
    "manifest: write-parse differs")
  return 0
}
