import Bitext
import FuzzSupport

/// TSV: read, write, read again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  roundTrip(bytes(data, size), format: .tsv)
  return 0
}
