import Foundation
import Testing

@testable import BitextCorpus

@Suite struct ProcessingInstructionGuardTests {
  /// The text with a space put at each insertion point, fed in chunks of `size` bytes.
  func guarded(_ text: String, chunk size: Int) -> String {
    var scanner = ProcessingInstructionGuard()
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    var start = 0
    while start < bytes.count {
      let chunk = Array(bytes[start..<min(bytes.count, start + size)])
      let points = chunk.withUnsafeBufferPointer { scanner.insertionPoints(in: $0) }
      for (offset, byte) in chunk.enumerated() {
        if points.contains(offset) { out.append(0x20) }
        out.append(byte)
      }
      start += size
    }
    return String(decoding: out, as: UTF8.self)
  }

  @Test(arguments: [1, 2, 3, 7, 1000])
  func instructionsWithoutDataGetASpaceWhateverTheChunks(size: Int) {
    #expect(
      guarded("<?xml?><a><?pi?>x<?pi data?></a>", chunk: size)
        == "<?xml ?><a><?pi ?>x<?pi data?></a>")
    #expect(guarded("<<?p?><??>", chunk: size) == "<<?p ?><??>")
  }

  @Test(arguments: [1, 4, 1000])
  func commentsAndCDATAAreNeverChanged(size: Int) {
    let text = "<a><![CDATA[x<?p?>y]]><!-- <?q?> --><!----><?r?><![CDATA[]]]]><?s?></a>"
    #expect(
      guarded(text, chunk: size)
        == "<a><![CDATA[x<?p?>y]]><!-- <?q?> --><!----><?r ?><![CDATA[]]]]><?s ?></a>")
  }
}
