import Foundation

/// Gale & Church's (1993) length model: the target length of a bead is normally distributed
/// around `ratio × source length` with variance `variance × mean length`. The ratio is
/// estimated from the pair being aligned; the variance is Gale & Church's.
struct LengthModel: Sendable {
  /// Expected target characters per source character.
  let ratio: Double
  /// Variance per character.
  let variance: Double
  /// The tabulated tail costs.
  private let tail = GaussianTail()

  /// The model with the ratio of the two texts' total lengths and Gale & Church's variance.
  ///
  /// When one text has more than twice as many sentences as the other, the texts are not
  /// (only) translations of each other and their total lengths say little: the ratio of the
  /// mean sentence lengths is used instead. The ratio is kept within [0.4, 2.5] either way, so
  /// that a wild estimate does not make every 1-1 bead look wrong.
  init(
    sourceTotal: Double, targetTotal: Double, sourceCount: Int = 1, targetCount: Int = 1,
    variance: Double = 6.8
  ) {
    var ratio = sourceTotal > 0 && targetTotal > 0 ? targetTotal / sourceTotal : 1
    let counts = Double(max(1, targetCount)) / Double(max(1, sourceCount))
    if counts > 2 || counts < 0.5 { ratio /= counts }
    self.ratio = min(max(ratio, 0.4), 2.5)
    self.variance = variance
  }

  /// `base + cost(source:target:)` for the targets `targetOffsets[j + span] − targetOffsets[j]`,
  /// `j` in `columns`, written to `out[(j − columns.lowerBound) * stride]`: a row of beads with
  /// the same source sentences.
  @inline(__always)
  func costs(
    source: Double, targetOffsets: UnsafeBufferPointer<Double>, span: Int,
    columns: ClosedRange<Int>, adding base: Double, into out: UnsafeMutablePointer<Double>,
    stride: Int
  ) {
    let ratio = ratio
    let variance = variance
    let expected = source * ratio
    let first = columns.lowerBound
    tail.withTable { table, count in
      for j in columns {
        let target = targetOffsets[j + span] - targetOffsets[j]
        var cost = 0.0
        if source != 0 || target != 0 {
          let mean = (source + target / ratio) / 2
          let delta = (target - expected) / (variance * max(mean, 1)).squareRoot()
          cost = GaussianTail.cost(delta, table: table, count: count)
        }
        out[(j - first) * stride] = base + cost
      }
    }
  }

  /// −log P(match | lengths): the two-tailed probability of a deviation at least this large,
  /// −log 2 · (1 − Φ(|δ|)); one column of ``costs(source:targetOffsets:span:columns:adding:into:stride:)``.
  func cost(source: Double, target: Double) -> Double {
    var cost = 0.0
    [0, target].withUnsafeBufferPointer { offsets in
      costs(
        source: source, targetOffsets: offsets, span: 1, columns: 0...0, adding: 0, into: &cost,
        stride: 1)
    }
    return cost
  }
}
