import Bitext
import FuzzSupport

/// dictd: the index is the input before its first 0xFF byte, the data file after it; every
/// article is also parsed on its own.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  let input = bytes(data, size)
  let (indexBytes, dataBytes) = halves(input)
  let reader = DictdReader()
  if let text = validText(dataBytes) {
    let entry = reader.parseArticle(text)
    if let entry, !hasReplacement(text) {
      require(
        !hasReplacement(entry.headword + entry.senses.joined().joined()),
        "dictd: U+FFFD in an article's entry")
    }
  }
  guard let index = validText(indexBytes) else { return 0 }
  let result = reader.read(index: index, indexName: "index", data: dataBytes, dataName: "dict")
  if validText(dataBytes).map(hasReplacement) == false {
    for entry in result.entries {
      require(
        !hasReplacement(entry.headword + entry.senses.joined().joined()),
        "dictd: U+FFFD in \(entry)")
    }
  }
  return 0
}
