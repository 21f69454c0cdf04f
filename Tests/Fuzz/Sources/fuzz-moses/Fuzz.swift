import Bitext
import Foundation
import FuzzSupport

/// C0 controls other than tab, U+0085, U+2028 and U+2029 as the Moses writer writes them:
/// spaces; U+FEFF as U+2060.
func spacingControls(_ text: String) -> String {
  String(
    String.UnicodeScalarView(
      text.unicodeScalars.map {
        if $0 == "\u{FEFF}" { return "\u{2060}" }
        return ($0.value < 0x20 && $0 != "\t") || [0x85, 0x2028, 0x2029].contains($0.value)
          ? " " : $0
      }))
}

/// Moses: the two files are the input split at its first 0xFF byte; read, write, read again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  let input = bytes(data, size)
  let (sourceBytes, targetBytes) = halves(input)
  let reader = CorpusReader(options: .init(sourceLanguage: "fr", targetLanguage: "en"))
  guard let first = try? reader.decodeMoses(source: Data(sourceBytes), target: Data(targetBytes))
  else { return 0 }
  requireNoNewReplacement(first, input: sourceBytes + targetBytes, "moses read")
  let writer = CorpusWriter(toolVersion: "fuzz")
  let written = writer.encodeMoses(first)
  let second: AlignedCorpus
  do {
    second = try reader.decodeMoses(source: written.source, target: written.target)
  } catch {
    require(false, "moses: written output cannot be read back: \(error)")
    return 0
  }
  // The writer turns C0 controls other than tab into spaces (plain text cannot hold them); the
  // reader keeps them, so the first reading is compared with that change made.
  require(
    CorpusShape(first, mapping: spacingControls) == CorpusShape(second),
    "moses: read-write-read differs\n\(CorpusShape(first).beads)\n\(CorpusShape(second).beads)")
  let rewritten = writer.encodeMoses(second)
  require(
    rewritten.source == written.source && rewritten.target == written.target,
    "moses: second write differs")
  return 0
}
