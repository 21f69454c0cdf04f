/// Character-trigram overlap between the two sides of a bead when one side comes with gloss
/// translations into the other's language (see ``CharacterProfile``).
///
/// A bead's profile is the sum of its sentences' profiles, so its overlap follows exactly from
/// dot products of single sentences: those of every source–target pair a band's beads can
/// join (precomputed), and those of neighbouring sentences of the same side.
struct GlossCoverage: Sendable {
  private let source: [CharacterProfile]
  private let target: [CharacterProfile]
  private let lower: [Int]
  private let upper: [Int]
  private let offsets: [Int]
  private let pairDots: [Double]
  /// `sourceNeighbours[s * span + d - 1]`: dot of source sentences `s` and `s + d`.
  private let sourceNeighbours: [Double]
  private let targetNeighbours: [Double]
  private let span: Int
  /// The overlap expected between unrelated sentences: the median overlap of the sentence
  /// pairs of the band (nearly all of which are not translations of each other). Overlaps
  /// are rescaled so that this level counts as none (0 when not correcting).
  let baseline: Double

  init(
    source: [CharacterProfile], target: [CharacterProfile], band: AlignmentBand,
    maximumSize: Int, correctsBaseline: Bool = false
  ) {
    let n = source.count
    let m = target.count
    var lower: [Int] = []
    var upper: [Int] = []
    var offsets: [Int] = []
    var dots: [Double] = []
    for s in 0..<n {
      let lo = band.lower[max(0, s - maximumSize + 1)]
      let hi = min(m - 1, band.upper[min(n, s + maximumSize)])
      lower.append(lo)
      upper.append(hi)
      offsets.append(dots.count)
      if lo <= hi {
        for t in lo...hi { dots.append(CharacterProfile.dot(source[s], target[t])) }
      }
    }
    let span = max(1, maximumSize - 1)
    func neighbours(_ side: [CharacterProfile]) -> [Double] {
      var result = [Double](repeating: 0, count: side.count * span)
      for k in side.indices {
        for d in 1...span where k + d < side.count {
          result[k * span + d - 1] = CharacterProfile.dot(side[k], side[k + d])
        }
      }
      return result
    }
    self.source = source
    self.target = target
    self.lower = lower
    self.upper = upper
    self.offsets = offsets
    self.pairDots = dots
    self.sourceNeighbours = neighbours(source)
    self.targetNeighbours = neighbours(target)
    self.span = span
    var baseline = 0.0
    if correctsBaseline {
      var pairOverlaps: [Double] = []
      pairOverlaps.reserveCapacity(dots.count)
      for s in 0..<n where lower[s] <= upper[s] {
        for t in lower[s]...upper[s] {
          let norms = source[s].squaredNorm + target[t].squaredNorm
          pairOverlaps.append(norms > 0 ? 2 * dots[offsets[s] + t - lower[s]] / norms : 0)
        }
      }
      if !pairOverlaps.isEmpty {
        pairOverlaps.sort()
        baseline = min(0.9, pairOverlaps[pairOverlaps.count / 2])
      }
    }
    self.baseline = baseline
  }

  /// The overlap `2 a·b / (|a|² + |b|²)` of the summed profiles `a`, `b` of two runs of
  /// sentences (0 when one is empty): the cosine scaled down when the norms differ, so that a
  /// sentence that adds nothing to a bead lowers its score as much as it widens the bead.
  func overlap(_ sources: Range<Int>, _ targets: Range<Int>) -> Double {
    if sources.isEmpty || targets.isEmpty { return 0 }
    var dot = 0.0
    for s in sources {
      for t in targets {
        if t >= lower[s] && t <= upper[s] {
          dot += pairDots[offsets[s] + t - lower[s]]
        } else {
          dot += CharacterProfile.dot(source[s], target[t])
        }
      }
    }
    guard dot > 0 else { return 0 }
    let sourceNorm = Self.squaredNorm(sources, source, sourceNeighbours, span)
    let targetNorm = Self.squaredNorm(targets, target, targetNeighbours, span)
    guard sourceNorm > 0 && targetNorm > 0 else { return 0 }
    let raw = min(1, 2 * dot / (sourceNorm + targetNorm))
    return max(0, (raw - baseline) / (1 - baseline))
  }

  private static func squaredNorm(
    _ run: Range<Int>, _ side: [CharacterProfile], _ neighbours: [Double], _ span: Int
  ) -> Double {
    var sum = 0.0
    for k in run {
      sum += side[k].squaredNorm
      for l in (k + 1)..<run.upperBound {
        let d = l - k
        sum +=
          2 * (d <= span ? neighbours[k * span + d - 1] : CharacterProfile.dot(side[k], side[l]))
      }
    }
    return sum
  }
}
