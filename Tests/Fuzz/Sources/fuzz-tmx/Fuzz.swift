import Bitext
import FuzzSupport

/// TMX: read, write, read again. Processing instructions without data (`<?pi?>`), which once
/// crashed the platform's XML parser, are part of the inputs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  let input = bytes(data, size)
  roundTrip(input, format: .tmx)
  return 0
}
