import Foundation

/// Gale & Church's (1993) length model: the target length of a bead is normally distributed
/// around `ratio × source length` with variance `variance × mean length`. Both parameters are
/// estimated from the pair being aligned.
struct LengthModel: Sendable {
  /// Expected target characters per source character.
  var ratio: Double
  /// Variance per character.
  var variance: Double
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

  /// −log P(match | lengths): the two-tailed probability of a deviation at least this large.
  func cost(source: Double, target: Double) -> Double {
    if source == 0 && target == 0 { return 0 }
    let mean = (source + target / ratio) / 2
    let delta = (target - source * ratio) / (variance * max(mean, 1)).squareRoot()
    return tail.cost(delta)  // −log 2 · (1 − Φ(|δ|))
  }

  /// Re-estimates the variance from sentence pairs believed aligned (at least 20 of them);
  /// keeps the current value otherwise.
  mutating func refit(pairs: [(source: Double, target: Double)]) {
    let usable = pairs.filter { $0.source > 0 && $0.target > 0 }
    guard usable.count >= 20 else { return }
    let sourceSum = usable.reduce(0) { $0 + $1.source }
    let targetSum = usable.reduce(0) { $0 + $1.target }
    let ratio = targetSum / sourceSum
    var squares: [Double] = usable.map { pair in
      let deviation = pair.target - pair.source * ratio
      return deviation * deviation / ((pair.source + pair.target / ratio) / 2)
    }
    squares.sort()
    // Trimmed mean: drop the worst tenth, which holds the misalignments.
    let kept = squares.prefix(max(1, squares.count * 9 / 10))
    let estimate = kept.reduce(0, +) / Double(kept.count)
    self.ratio = ratio
    self.variance = min(max(estimate, 1), 40)
  }
}
