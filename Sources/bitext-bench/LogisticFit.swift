import Foundation

/// Logistic regression by Newton's method with a small ridge, for fitting
/// ``BitextAlign/ConfidenceModel`` weights.
enum LogisticFit {
  /// The weights minimising the weighted log loss of `labels` given `features`.
  static func fit(
    features: [[Double]], labels: [Bool], sampleWeights: [Double], ridge: Double = 0.01,
    iterations: Int = 60
  ) -> [Double] {
    let d = features.first?.count ?? 0
    var w = [Double](repeating: 0, count: d)
    for _ in 0..<iterations {
      var gradient = [Double](repeating: 0, count: d)
      var hessian = [[Double]](repeating: [Double](repeating: 0, count: d), count: d)
      for (k, x) in features.enumerated() {
        var z = 0.0
        for f in 0..<d { z += w[f] * x[f] }
        let p = 1 / (1 + exp(-z))
        let g = sampleWeights[k] * (p - (labels[k] ? 1 : 0))
        let h = sampleWeights[k] * p * (1 - p)
        for a in 0..<d {
          gradient[a] += g * x[a]
          for b in 0..<d { hessian[a][b] += h * x[a] * x[b] }
        }
      }
      for a in 0..<d {
        gradient[a] += ridge * w[a]
        hessian[a][a] += ridge
      }
      let step = solve(hessian, gradient)
      for a in 0..<d { w[a] -= step[a] }
    }
    return w
  }

  /// The solution of `a · x = b` by Gaussian elimination with partial pivoting.
  static func solve(_ a: [[Double]], _ b: [Double]) -> [Double] {
    var m = a
    var v = b
    let n = b.count
    for column in 0..<n {
      let pivot = (column..<n).max { abs(m[$0][column]) < abs(m[$1][column]) }!
      m.swapAt(column, pivot)
      v.swapAt(column, pivot)
      guard m[column][column] != 0 else { continue }
      for row in (column + 1)..<n {
        let factor = m[row][column] / m[column][column]
        for k in column..<n { m[row][k] -= factor * m[column][k] }
        v[row] -= factor * v[column]
      }
    }
    var x = [Double](repeating: 0, count: n)
    for row in stride(from: n - 1, through: 0, by: -1) {
      var sum = v[row]
      for k in (row + 1)..<n { sum -= m[row][k] * x[k] }
      x[row] = m[row][row] == 0 ? 0 : sum / m[row][row]
    }
    return x
  }
}
