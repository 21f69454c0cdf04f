import Testing

@testable import BitextAlign

@Suite struct FullCostRowsTests {
  /// Every cost a row gives equals the bead-by-bead cost, exactly, for every shape whose bead
  /// ends inside the band.
  @Test func rowsGiveExactlyTheBeadByBeadCosts() {
    let source = (0..<30).map(Synthetic.sentence)
    let target = (0..<32).map {
      $0 % 9 == 4
        ? "Rien à voir ici." : Synthetic.translate(Synthetic.sentence($0 < 15 ? $0 : $0 - 2))
    }
    let shapes = SentenceAligner.searchShapes(AlignerConfiguration.defaultShapes)
    let fixture = CostFixture(
      source: source, target: target, evidence: DictionaryEvidence(Synthetic.dictionary),
      bandWidth: 6, maximumSourceSize: shapes.map(\.source).max()!)
    let rows = FullCostRows(costs: fixture.costs, coverage: fixture.coverage, shapes: shapes)
    let band = fixture.band
    var compared = 0
    for i in 0...source.count where band.lower[i] <= band.upper[i] {
      let width = band.upper[i] - band.lower[i] + 1
      var out = [Double](repeating: .nan, count: width * shapes.count)
      out.withUnsafeMutableBufferPointer {
        rows.fill(row: i, band: band, shapes: shapes, into: $0.baseAddress!)
      }
      for j in band.lower[i]...band.upper[i] {
        for (k, shape) in shapes.enumerated() {
          guard band.index(i + shape.source, j + shape.target) != nil else { continue }
          let expected = fixture.fullCost(shape, i, j)
          #expect(out[(j - band.lower[i]) * shapes.count + k] == expected)
          compared += 1
        }
      }
    }
    #expect(compared > 1000)
  }

  @Test func lengthRowsGiveTheLengthCosts() {
    let source = (0..<12).map(Synthetic.sentence)
    let target = (0..<10).map { Synthetic.translate(Synthetic.sentence($0)) }
    let fixture = CostFixture(source: source, target: target, bandWidth: 4)
    let shapes = AlignerConfiguration.classicShapes.sorted()
    let rows = LengthCostRows(costs: fixture.costs)
    let band = fixture.band
    for i in 0...source.count where band.lower[i] <= band.upper[i] {
      var out = [Double](
        repeating: .nan, count: (band.upper[i] - band.lower[i] + 1) * shapes.count)
      out.withUnsafeMutableBufferPointer {
        rows.fill(row: i, band: band, shapes: shapes, into: $0.baseAddress!)
      }
      for j in band.lower[i]...band.upper[i] {
        for (k, shape) in shapes.enumerated()
        where band.index(i + shape.source, j + shape.target) != nil {
          #expect(
            out[(j - band.lower[i]) * shapes.count + k] == fixture.costs.lengthCost(shape, i, j))
        }
      }
    }
  }
}
