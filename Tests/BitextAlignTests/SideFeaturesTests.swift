import Testing

@testable import BitextAlign

@Suite struct SideFeaturesTests {
  @Test func keysWeightsAndMasksOfWords() {
    var extractor = FeatureExtractor(configuration: AlignerConfiguration(), evidence: nil)
    let source = extractor.features(
      of: ["Paris 2024 river", "river river mountain"], language: "en", isSource: true)
    let target = extractor.features(
      of: ["Paris en 2024", "montagnes"], language: "fr", isSource: false)
    // Cognate keys: numbers, and the first four letters of words of four letters or more.
    #expect(source.keys(ofWord: 0, in: 0) == target.keys(ofWord: 0, in: 0))  // paris
    #expect(source.keys(ofWord: 1, in: 0) == target.keys(ofWord: 2, in: 0))  // 2024
    #expect(target.keys(ofWord: 1, in: 0).isEmpty)  // "en" is too short
    #expect(source.matchableCounts == [3, 2])
    let masks = SideFeatures.masks(0, of: source, 0, of: target)
    #expect(masks.source == 0b011)
    #expect(masks.target == 0b101)
    // "mountain" and "montagnes" share no four-letter prefix: "moun" against "mont".
    #expect(SideFeatures.masks(1, of: source, 1, of: target) == (0, 0))
    // IDF weights: "river" is in both sentences, "paris" in one.
    let river = source.weight(of: 0b100, in: 0)
    let paris = source.weight(of: 0b001, in: 0)
    #expect(paris > river)
    #expect(abs(source.weight(of: 0b111, in: 0) - source.totalWeights[0]) < 1e-12)
    #expect(source.lengthOffsets == [0, 14, 32])
  }
}
