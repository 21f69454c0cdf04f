import Bitext
import Foundation
import FuzzSupport

/// Lexicon TSV: parse, serialize, parse again; weights are written with 6 significant digits,
/// so the second and third readings must agree exactly and the first in headwords.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  let input = bytes(data, size)
  guard let text = validText(input) else { return 0 }
  let first = LexiconTSV.parse(text, file: "fuzz", provenance: "fuzz")
  if !hasReplacement(text) {
    for entry in first.entries {
      require(
        !hasReplacement(entry.source + entry.target + entry.provenance),
        "lexicon-tsv: U+FFFD in \(entry)")
    }
  }
  // The writer turns a CR inside a headword into a space (tabs and line breaks cannot be
  // written); the reader then trims spaces at the ends of fields.
  func cleaned(_ field: String) -> String {
    // Trimmed by Characters, as the reader does: " \u{314}" (a space and a combining mark) stays.
    var text = Substring(field.map { $0 == "\r" ? " " : $0 })
    while text.first == " " { text = text.dropFirst() }
    while text.last == " " { text = text.dropLast() }
    return String(text)
  }
  func reparse(_ entries: [LexiconEntry]) -> (String, [LexiconEntry]) {
    let lexicon = Lexicon(sourceLanguage: "fr", targetLanguage: "en", entries: entries)
    let written = LexiconTSV.serialize(lexicon, defaultProvenance: "fuzz")
    let parsed = LexiconTSV.parse(written, file: "written", provenance: "fuzz")
    require(parsed.issues.isEmpty, "lexicon-tsv: written lexicon has issues: \(parsed.issues)")
    return (written, parsed.entries)
  }
  for entry in first.entries {
    require(
      !entry.source.isEmpty && !entry.target.isEmpty && !entry.source.hasPrefix("#"),
      "lexicon-tsv: an entry that cannot be written back: \(entry)")
  }
  let (_, second) = reparse(first.entries)
  let (written, third) = reparse(second)
  let lexicon = Lexicon(sourceLanguage: "fr", targetLanguage: "en", entries: first.entries)
  require(
    Set(
      lexicon.entries.map {
        [
          cleaned($0.source), cleaned($0.target),
          // A provenance of CRs and spaces is written as spaces and read back as the default.
          cleaned($0.provenance).isEmpty ? "fuzz" : cleaned($0.provenance),
        ]
      })
      == Set(second.map { [$0.source, $0.target, $0.provenance] }),
    "lexicon-tsv: headwords change in a round trip")
  require(
    LexiconTSV.serialize(
      Lexicon(sourceLanguage: "fr", targetLanguage: "en", entries: third),
      defaultProvenance: "fuzz") == written,
    "lexicon-tsv: second serialization differs")
  return 0
}
