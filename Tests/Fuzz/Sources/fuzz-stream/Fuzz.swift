import Bitext
import Foundation
import FuzzSupport

nonisolated(unsafe) var processor = StreamProcessor(
  options: .init(sourceLanguage: "fr", targetLanguage: "en", maximumTextBytes: 4096))

/// Stream records: parse one line and process it. Every non-blank line gives exactly one output
/// line, a JSON object that echoes the record's id.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  let line = bytes(data, size)
  guard !line.contains(0x0A) else { return 0 }
  let record = try? StreamRecord.parse(line)
  var warnings: [String] = []
  guard let output = processor.process(line: line, warnings: &warnings) else {
    require(record == nil, "a record gives no output line")
    return 0
  }
  require(output.last == 0x0A, "output line without a newline")
  require(
    output.dropLast().firstIndex(of: 0x0A) == nil, "output holds more than one line")
  require(
    (try? JSONSerialization.jsonObject(with: Data(output))) is [String: Any]
      && output.starts(with: Array("{\"id\":".utf8)),
    "output is not a JSON object line: \(String(decoding: output, as: UTF8.self))")
  if let record {
    require(
      output.starts(with: Array("{\"id\":\(record.idJSON),".utf8)),
      "output does not echo the id \(record.idJSON)")
  }
  return 0
}
