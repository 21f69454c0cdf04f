import BitextText
import Foundation
import Testing

@testable import BitextEmbedKernels

@Suite struct SelfAttentionTests {
  @Test func eachTextAttendsToItsOwnTokensOnly() {
    let hidden = 32
    let heads = 2
    let segments = [0..<3, 3..<13]
    let tokens = 13
    let projections = (0..<(tokens * 3 * hidden)).map { Float(($0 * 7) % 23) * 0.05 - 0.5 }
    var context = [Float](repeating: .nan, count: tokens * hidden)
    SelfAttention(hidden: hidden, heads: heads).apply(
      projections: projections, segments: segments, into: &context,
      work: ParallelWork(threads: 2))
    let width = hidden / heads
    for segment in segments {
      for token in segment {
        for head in 0..<heads {
          let query = token * 3 * hidden + head * width
          let scores = segment.map { other -> Double in
            let key = other * 3 * hidden + hidden + head * width
            return (0..<width).reduce(0.0) {
              $0 + Double(projections[query + $1]) * Double(projections[key + $1])
            } / Double(width).squareRoot()
          }
          let top = scores.max()!
          let weights = scores.map { Foundation.exp($0 - top) }
          let total = weights.reduce(0, +)
          for e in 0..<width {
            var expected = 0.0
            for (index, other) in segment.enumerated() {
              expected +=
                weights[index] / total
                * Double(projections[other * 3 * hidden + 2 * hidden + head * width + e])
            }
            #expect(abs(Double(context[token * hidden + head * width + e]) - expected) < 1e-5)
          }
        }
      }
    }
  }
}
