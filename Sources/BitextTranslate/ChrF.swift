/// Character n-gram F-score (Popović 2015) as sacrebleu computes chrF: white space removed,
/// character n-grams of orders 1…6 counted per sentence, an F-β score per order averaged over
/// the orders. A corpus score sums the counts over all sentences first.
///
/// Bitext uses it to measure translations against references (`bitext-bench translation`) and
/// to pick, line by line, the translation the other engines agree with most
/// (``MachineTranslator``).
public enum ChrF {
  /// Per order n (index n − 1): hypothesis n-grams, reference n-grams, matched n-grams.
  public struct Statistics: Sendable, Hashable {
    /// The counts, three per order.
    public var counts: [Int]

    /// Zero counts for n-grams of orders 1…`order`.
    public init(order: Int = 6) {
      counts = [Int](repeating: 0, count: 3 * order)
    }

    /// Adds another sentence's counts.
    public static func += (left: inout Statistics, right: Statistics) {
      for index in left.counts.indices { left.counts[index] += right.counts[index] }
    }
  }

  /// The corpus chrF of `hypotheses` against `references` (same count), 0…100.
  public static func corpusScore(
    hypotheses: [String], references: [String], order: Int = 6, beta: Double = 2
  ) -> Double {
    precondition(hypotheses.count == references.count)
    var totals = Statistics(order: order)
    for (hypothesis, reference) in zip(hypotheses, references) {
      totals += statistics(hypothesis: hypothesis, reference: reference, order: order)
    }
    return score(totals, beta: beta)
  }

  /// The chrF of one sentence against one reference, 0…100.
  public static func sentenceScore(
    hypothesis: String, reference: String, order: Int = 6, beta: Double = 2
  ) -> Double {
    score(statistics(hypothesis: hypothesis, reference: reference, order: order), beta: beta)
  }

  /// The n-gram counts of one sentence against its reference.
  public static func statistics(hypothesis: String, reference: String, order: Int = 6)
    -> Statistics
  {
    let h = characters(hypothesis)
    let r = characters(reference)
    var result = Statistics(order: order)
    for n in 1...order {
      let hc = ngrams(h, n)
      let rc = ngrams(r, n)
      var matches = 0
      for (gram, count) in hc { matches += min(count, rc[gram] ?? 0) }
      result.counts[3 * (n - 1)] = max(0, h.count - n + 1)
      result.counts[3 * (n - 1) + 1] = max(0, r.count - n + 1)
      result.counts[3 * (n - 1) + 2] = matches
    }
    return result
  }

  /// The score of summed counts: per order F-β of precision and recall (a tiny ε where a
  /// count is zero, as sacrebleu does), averaged over the orders both sides have.
  public static func score(_ totals: Statistics, beta: Double = 2) -> Double {
    let epsilon = 1e-16
    let factor = beta * beta
    var sum = 0.0
    var effectiveOrder = 0
    for n in 0..<(totals.counts.count / 3) {
      let hyp = totals.counts[3 * n]
      let ref = totals.counts[3 * n + 1]
      let match = totals.counts[3 * n + 2]
      let precision = hyp > 0 ? Double(match) / Double(hyp) : epsilon
      let recall = ref > 0 ? Double(match) / Double(ref) : epsilon
      let denominator = factor * precision + recall
      sum += denominator > 0 ? (1 + factor) * precision * recall / denominator : epsilon
      if hyp > 0 && ref > 0 { effectiveOrder += 1 }
    }
    return effectiveOrder == 0 ? 0 : 100 * sum / Double(effectiveOrder)
  }

  static func characters(_ text: String) -> [Unicode.Scalar] {
    text.unicodeScalars.filter { !$0.properties.isWhitespace }
  }

  static func ngrams(_ scalars: [Unicode.Scalar], _ n: Int) -> [String: Int] {
    guard scalars.count >= n else { return [:] }
    var result: [String: Int] = [:]
    for i in 0...(scalars.count - n) {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[i..<i + n])
      result[String(view), default: 0] += 1
    }
    return result
  }
}
