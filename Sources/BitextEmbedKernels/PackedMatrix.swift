import BitextText

/// The weights of a dense layer `y = W·x + b`, widened to `Float` once and laid out for
/// ``multiply(_:rows:into:work:)``: panels of 16 outputs, each panel its `inputs × 16` weights
/// input by input, so that the product streams one panel at a time.
package final class PackedMatrix: @unchecked Sendable {
  /// The outputs per row (the rows of `W`), a multiple of ``panelWidth``.
  package let outputs: Int
  /// The inputs per row (the columns of `W`).
  package let inputs: Int
  /// The outputs one panel holds.
  package static let panelWidth = 16

  // Immutable after init; shared by the threads of a product.
  private let panels: UnsafeMutablePointer<Float>
  private let bias: UnsafeMutablePointer<Float>

  /// Packs a `outputs × inputs` matrix whose row `r` (the weights of output `r`) `fillRow`
  /// writes into the buffer it is given, with `bias` (`outputs` values).
  package init(
    outputs: Int, inputs: Int, bias: [Float],
    fillRow: (Int, UnsafeMutablePointer<Float>) -> Void
  ) {
    precondition(outputs % Self.panelWidth == 0 && inputs > 0 && bias.count == outputs)
    self.outputs = outputs
    self.inputs = inputs
    let count = outputs * inputs
    let raw = UnsafeMutableRawPointer.allocate(
      byteCount: count * MemoryLayout<Float>.stride, alignment: 64)
    panels = raw.bindMemory(to: Float.self, capacity: count)
    self.bias = .allocate(capacity: outputs)
    self.bias.initialize(from: bias, count: outputs)
    let row = UnsafeMutablePointer<Float>.allocate(capacity: inputs)
    defer { row.deallocate() }
    for output in 0..<outputs {
      fillRow(output, row)
      let panel = panels + (output / Self.panelWidth) * inputs * Self.panelWidth
      let lane = output % Self.panelWidth
      for input in 0..<inputs { panel[input * Self.panelWidth + lane] = row[input] }
    }
  }

  deinit {
    UnsafeMutableRawPointer(panels).deallocate()
    bias.deallocate()
  }

  /// Rows of `x` a thread takes at a time: they stay in the cache while every panel passes.
  private static let rowBlock = 192

  /// `y = x·Wᵀ + b` for `rows` rows: `x` is `rows × inputs`, `y` `rows × outputs`, both row
  /// by row. Each output is summed input by input in the same order whatever the rows around
  /// it and the threads, so results do not depend on batching or threads.
  package func multiply(
    _ x: UnsafePointer<Float>, rows: Int, into y: UnsafeMutablePointer<Float>,
    work: ParallelWork
  ) {
    let shared = UncheckedBox((x, y))
    work.forEachChunk(of: 0..<rows) { chunk in
      let (x, y) = shared.value
      var blockStart = chunk.lowerBound
      while blockStart < chunk.upperBound {
        let blockEnd = min(blockStart + Self.rowBlock, chunk.upperBound)
        for panelIndex in 0..<(outputs / Self.panelWidth) {
          multiplyPanel(panelIndex, x: x, rows: blockStart..<blockEnd, y: y)
        }
        blockStart = blockEnd
      }
    }
  }

  @inline(__always)
  private func multiplyPanel(
    _ panelIndex: Int, x: UnsafePointer<Float>, rows: Range<Int>, y: UnsafeMutablePointer<Float>
  ) {
    let panel = UnsafeRawPointer(panels + panelIndex * inputs * Self.panelWidth)
    let bias = UnsafeRawPointer(self.bias + panelIndex * Self.panelWidth)
      .loadUnaligned(as: SIMD16<Float>.self)
    let k = inputs
    var row = rows.lowerBound
    while row + 6 <= rows.upperBound {
      let x0 = x + row * k
      let x1 = x0 + k
      let x2 = x1 + k
      let x3 = x2 + k
      let x4 = x3 + k
      let x5 = x4 + k
      var a0 = bias
      var a1 = bias
      var a2 = bias
      var a3 = bias
      var a4 = bias
      var a5 = bias
      var weights = panel
      for input in 0..<k {
        let w = weights.load(as: SIMD16<Float>.self)
        a0.addProduct(x0[input], w)
        a1.addProduct(x1[input], w)
        a2.addProduct(x2[input], w)
        a3.addProduct(x3[input], w)
        a4.addProduct(x4[input], w)
        a5.addProduct(x5[input], w)
        weights += Self.panelWidth * MemoryLayout<Float>.stride
      }
      let out = UnsafeMutableRawPointer(y + row * outputs + panelIndex * Self.panelWidth)
      let stride = outputs * MemoryLayout<Float>.stride
      out.storeBytes(of: a0, as: SIMD16<Float>.self)
      (out + stride).storeBytes(of: a1, as: SIMD16<Float>.self)
      (out + 2 * stride).storeBytes(of: a2, as: SIMD16<Float>.self)
      (out + 3 * stride).storeBytes(of: a3, as: SIMD16<Float>.self)
      (out + 4 * stride).storeBytes(of: a4, as: SIMD16<Float>.self)
      (out + 5 * stride).storeBytes(of: a5, as: SIMD16<Float>.self)
      row += 6
    }
    while row < rows.upperBound {
      let x0 = x + row * k
      var a0 = bias
      var weights = panel
      for input in 0..<k {
        a0.addProduct(x0[input], weights.load(as: SIMD16<Float>.self))
        weights += Self.panelWidth * MemoryLayout<Float>.stride
      }
      UnsafeMutableRawPointer(y + row * outputs + panelIndex * Self.panelWidth)
        .storeBytes(of: a0, as: SIMD16<Float>.self)
      row += 1
    }
  }
}
