/// The calibration of probabilities against outcomes: ten equal-width bins, the expected
/// calibration error, and the precision of the most confident share.
struct Reliability {
  /// One score bin: its beads and the share of them that were right.
  struct Bin {
    var count = 0
    var right = 0
    var scoreSum = 0.0
    var accuracy: Double { count == 0 ? 0 : Double(right) / Double(count) }
    var meanScore: Double { count == 0 ? 0 : scoreSum / Double(count) }
  }

  let scores: [Double]
  let labels: [Bool]
  /// The bins [0, 0.1), [0.1, 0.2), … [0.9, 1].
  let bins: [Bin]

  init(scores: [Double], labels: [Bool]) {
    self.scores = scores
    self.labels = labels
    var bins = [Bin](repeating: Bin(), count: 10)
    for (score, label) in zip(scores, labels) {
      let index = min(9, max(0, Int(score * 10)))
      bins[index].count += 1
      bins[index].right += label ? 1 : 0
      bins[index].scoreSum += score
    }
    self.bins = bins
  }

  /// Σ over bins of (bin share) × |mean score − accuracy|.
  var expectedCalibrationError: Double {
    let total = Double(max(1, scores.count))
    return bins.reduce(0) { $0 + Double($1.count) / total * abs($1.meanScore - $1.accuracy) }
  }

  /// The share right among the `share` most confident (ties in input order).
  func precision(ofTop share: Double) -> Double {
    let order = scores.indices.sorted { (scores[$0], $1) > (scores[$1], $0) }
    let top = order.prefix(Int((share * Double(scores.count)).rounded()))
    return top.isEmpty ? 0 : Double(top.filter { labels[$0] }.count) / Double(top.count)
  }

  /// The expected calibration error a perfectly calibrated score would show on these beads:
  /// the mean over `draws` label sets drawn with each bead right with the probability its score
  /// says (a fixed-seed generator, so the figure repeats). On a few hundred beads it is far
  /// from 0: the floor below which a measured error means nothing.
  func calibrationErrorFloor(draws: Int = 200) -> Double {
    var generator = SplitMix(seed: 0x5EED)
    var total = 0.0
    for _ in 0..<draws {
      let drawn = scores.map { generator.unit() < $0 }
      total += Reliability(scores: scores, labels: drawn).expectedCalibrationError
    }
    return total / Double(draws)
  }
}
