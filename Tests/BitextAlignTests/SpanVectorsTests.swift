import BitextTestSupport
import Testing

@testable import BitextAlign

@Suite struct SpanVectorsTests {
  private let sentences = ["t0 a", "t1 b", "t2 c", "t0 t1", "t2"]
  private let others = ["t1", "t0 t2", "t2 t2 t1", "t0"]

  @Test func onlyTheSentencesAreAskedFor() {
    let embeddings = TopicEmbeddings(topics: 3)
    _ = SpanVectors(sentences: sentences, maxLength: 3, evidence: embeddings)
    #expect(embeddings.asked == sentences)
  }

  /// The centered run vector as the type's documentation defines it, built explicitly.
  private func centeredRun(_ vectors: [[Float]], _ start: Int, _ length: Int) -> [Float] {
    let dimension = vectors[0].count
    var mean = [Float](repeating: 0, count: dimension)
    for vector in vectors { for d in 0..<dimension { mean[d] += vector[d] / Float(vectors.count) } }
    var sum = [Float](repeating: 0, count: dimension)
    for k in start..<(start + length) { for d in 0..<dimension { sum[d] += vectors[k][d] } }
    let norm = sum.reduce(0) { $0 + $1 * $1 }.squareRoot()
    let centered = (0..<dimension).map { sum[$0] / norm - mean[$0] }
    let centeredNorm = centered.reduce(0) { $0 + $1 * $1 }.squareRoot()
    return centered.map { $0 / centeredNorm }
  }

  @Test func theCosineOfTwoRunsIsThatOfTheirCenteredVectors() {
    let embeddings = TopicEmbeddings(topics: 3)
    let side = SpanVectors(sentences: sentences, maxLength: 3, evidence: embeddings)
    let other = SpanVectors(sentences: others, maxLength: 2, evidence: embeddings)
    let mine = embeddings.vectors(of: sentences)
    let theirs = embeddings.vectors(of: others)
    let towardOther = side.dots(with: other.mean)
    let otherToward = other.dots(with: side.mean)
    let meansDot = zip(side.mean, other.mean).reduce(Float(0)) { $0 + $1.0 * $1.1 }
    for (start, length) in [(0, 1), (1, 2), (2, 3), (4, 1)] {
      for (otherStart, otherLength) in [(0, 1), (1, 2), (2, 2), (3, 1)] {
        var sum: Float = 0
        for k in start..<(start + length) {
          for l in otherStart..<(otherStart + otherLength) { sum += side.dot(k, with: other, l) }
        }
        let cosine = side.cosine(
          start, length, with: other, otherStart, otherLength, sum: sum,
          towardOtherMean: towardOther[start..<(start + length)].reduce(0, +),
          otherTowardMean: otherToward[otherStart..<(otherStart + otherLength)].reduce(0, +),
          meansDot: meansDot)
        let a = centeredRun(mine, start, length)
        let b = centeredRun(theirs, otherStart, otherLength)
        let expected = zip(a, b).reduce(Float(0)) { $0 + $1.0 * $1.1 }
        #expect(
          abs(cosine - expected) < 1e-5, "\(start),\(length) with \(otherStart),\(otherLength)")
      }
    }
  }

  @Test func aSideOfOneSentenceIsNotCentered() {
    let embeddings = TopicEmbeddings(topics: 3)
    let one = SpanVectors(sentences: ["t0 t1"], maxLength: 2, evidence: embeddings)
    #expect(one.mean.allSatisfy { $0 == 0 })
    #expect(abs(one.centeredNorm(0, 1) - 1) < 1e-6)
  }
}
