import BitextText
import Testing

@testable import BitextEmbedKernels

@Suite struct PackedMatrixTests {
  private let outputs = 32
  private let inputs = 24

  private func weight(_ row: Int, _ column: Int) -> Float {
    Float((row * 7 + column * 3) % 13) * 0.1 - 0.6
  }

  private func matrix() -> PackedMatrix {
    PackedMatrix(
      outputs: outputs, inputs: inputs, bias: (0..<outputs).map { Float($0) * 0.01 }
    ) { row, out in
      for column in 0..<inputs { out[column] = weight(row, column) }
    }
  }

  private func input(rows: Int) -> [Float] {
    (0..<(rows * inputs)).map { Float(($0 * 5) % 17) * 0.25 - 2 }
  }

  @Test(arguments: [1, 5, 6, 7, 13, 200])
  func productMatchesTheDefinition(rows: Int) {
    let x = input(rows: rows)
    var y = [Float](repeating: .nan, count: rows * outputs)
    matrix().multiply(x, rows: rows, into: &y, work: ParallelWork(threads: 1))
    for row in 0..<rows {
      for output in 0..<outputs {
        var exact = Double(output) * 0.01
        for column in 0..<inputs {
          exact += Double(x[row * inputs + column]) * Double(weight(output, column))
        }
        #expect(abs(Double(y[row * outputs + output]) - exact) < 1e-4)
      }
    }
  }

  @Test func resultsAreTheSameWhateverTheThreadsAndTheRowsAround() {
    let rows = 203
    let x = input(rows: rows)
    let packed = matrix()
    var single = [Float](repeating: 0, count: rows * outputs)
    packed.multiply(x, rows: rows, into: &single, work: ParallelWork(threads: 1))
    for threads in [2, 3, 8] {
      var other = [Float](repeating: 0, count: rows * outputs)
      packed.multiply(x, rows: rows, into: &other, work: ParallelWork(threads: threads))
      #expect(other == single)
    }
    // Row 200 alone, outside the six-row tiles, gives the same bits.
    var alone = [Float](repeating: 0, count: outputs)
    packed.multiply(
      Array(x[(200 * inputs)..<(201 * inputs)]), rows: 1, into: &alone,
      work: ParallelWork(threads: 1))
    #expect(alone == Array(single[(200 * outputs)..<(201 * outputs)]))
  }
}
