import Testing

@testable import BitextAlign

@Test func beadsLinesListIdsSeparatedByCommaAndSpace() {
  #expect(Bead(source: 8..<10, target: 10..<11).beadsLine == "[8, 9]:[10]")
  #expect(Bead(source: 3..<4, target: 5..<5).beadsLine == "[3]:[]")
  #expect(Bead(source: 0..<0, target: 16..<17).beadsLine == "[]:[16]")
  #expect(Bead(source: 0..<3, target: 0..<1).kind == "3-1")
}
