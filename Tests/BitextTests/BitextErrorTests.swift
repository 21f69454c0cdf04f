import Testing

@testable import Bitext

@Suite struct BitextErrorTests {
  @Test func theMessageIsTheDescription() {
    let error = BitextError("out: cannot create the output folder")
    #expect("\(error)" == "out: cannot create the output folder")
    #expect(error != BitextError("another"))
  }
}
