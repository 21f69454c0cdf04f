import Bitext
import FuzzSupport

/// Beads: parse, format, parse again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  guard let text = validText(bytes(data, size)),
    let links = try? BeadsFormat.parse(text, path: "fuzz")
  else { return 0 }
  let written = BeadsFormat.format(links)
  let again: [BeadLink]
  do {
    again = try BeadsFormat.parse(written, path: "written")
  } catch {
    require(false, "beads: written output cannot be read back: \(error)")
    return 0
  }
  require(again == links, "beads: parse-format-parse differs: \(links) vs \(again)")
  require(BeadsFormat.format(again) == written, "beads: second format differs")
  return 0
}
