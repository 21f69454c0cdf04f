import Bitext
import FuzzSupport

/// Whether `bytes` hold a processing instruction without data (`<?pi?>`, `<?xml?>`).
///
/// Finding (reported with the fuzzing results, for the TMX reader's owner): FoundationXML's
/// XMLParser calls strlen on the null data pointer libxml2 passes for such an instruction, so
/// reading the TMX crashes with SIGSEGV. Those inputs are skipped so that fuzzing goes on.
func hasProcessingInstructionWithoutData(_ bytes: [UInt8]) -> Bool {
  var index = 0
  while index + 1 < bytes.count {
    defer { index += 1 }
    guard bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "?") else {
      continue
    }
    var cursor = index + 2
    while cursor < bytes.count,
      ![UInt8(ascii: "?"), UInt8(ascii: ">"), 0x20, 0x09, 0x0A, 0x0D].contains(bytes[cursor])
    {
      cursor += 1
    }
    while cursor < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[cursor]) { cursor += 1 }
    if cursor + 1 >= bytes.count || bytes[cursor] == UInt8(ascii: "?") { return true }
  }
  return false
}

/// TMX: read, write, read again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  let input = bytes(data, size)
  if hasProcessingInstructionWithoutData(input) { return 0 }
  roundTrip(input, format: .tmx)
  return 0
}
