import BitextTestSupport
import Testing

@testable import BitextAlign

private func isCovering(_ beads: [Bead], source n: Int, target m: Int) -> Bool {
  var i = 0
  var j = 0
  for bead in beads {
    guard bead.source.lowerBound == i, bead.target.lowerBound == j else { return false }
    guard !(bead.source.isEmpty && bead.target.isEmpty) else { return false }
    guard (0...1).contains(bead.score) else { return false }
    i = bead.source.upperBound
    j = bead.target.upperBound
  }
  return i == n && j == m
}

@Test func oneToOneIdenticalTextsAlignOneToOne() {
  let source = (0..<40).map(Synthetic.sentence)
  let beads = SentenceAligner(sourceLanguage: "en", targetLanguage: "en").align(
    source: source, target: source)
  #expect(beads.count == 40)
  #expect(beads.allSatisfy { $0.source == $0.target && $0.source.count == 1 })
}

@Test func mergesSplitsInsertionsAndDeletionsAreRecovered() {
  let source = (0..<60).map(Synthetic.sentence)
  var target: [String] = []
  var expected: [(Range<Int>, Range<Int>)] = []
  var i = 0
  while i < source.count {
    let t = target.count
    switch i {
    case 10:  // two source sentences merged into one target sentence
      target.append(Synthetic.translate(source[10]) + " " + Synthetic.translate(source[11]))
      expected.append((10..<12, t..<(t + 1)))
      i += 2
      continue
    case 25:  // one source sentence split in two
      let words = Synthetic.translate(source[25]).split(separator: " ")
      target.append(words.prefix(words.count / 2).joined(separator: " ") + ".")
      target.append(words.dropFirst(words.count / 2).joined(separator: " "))
      expected.append((25..<26, t..<(t + 2)))
    case 40:  // a source sentence left out of the translation
      expected.append((40..<41, t..<t))
    default:
      target.append(Synthetic.translate(source[i]))
      expected.append((i..<(i + 1), t..<(t + 1)))
    }
    i += 1
    if i == 50 {  // a target sentence with no source
      target.append(
        "zqextra zqwords zqhere zqthat zqmatch zqnothing 999999 zqat zqall, zqnot zqeven zqone"
          + " zqword zqof zqthe zqsource zqtext zqso zqit zqstands zqalone zqin zqthe zqend.")
      expected.append((50..<50, (target.count - 1)..<target.count))
    }
  }
  let aligner = SentenceAligner(sourceLanguage: "en", targetLanguage: "fr")
  let beads = aligner.align(
    source: source, target: target, evidence: DictionaryEvidence(Synthetic.dictionary))
  #expect(isCovering(beads, source: source.count, target: target.count))
  let got = beads.map { "\($0.source)|\($0.target)" }
  let want = expected.map { "\($0.0)|\($0.1)" }
  #expect(got == want)
}

@Test func alignsOnCognatesWithoutALexicon() {
  let source = (0..<30).map(Synthetic.sentence)
  var target = source.map(Synthetic.translate)
  target.remove(at: 12)
  let beads = SentenceAligner(sourceLanguage: "en", targetLanguage: "fr").align(
    source: source, target: target)
  #expect(isCovering(beads, source: 30, target: 29))
  #expect(beads.contains { $0.source == 12..<13 && $0.target.isEmpty })
  #expect(beads.filter { $0.source.count == 1 && $0.target.count == 1 }.count == 29)
}

@Test func everySentenceIsInExactlyOneBeadInOrder() {
  // Unrelated texts of different sizes: whatever the alignment, it must cover both in order.
  for (n, m) in [(1, 1), (1, 7), (7, 1), (23, 41), (90, 30), (5, 80)] {
    let source = (0..<n).map(Synthetic.sentence)
    let target = (0..<m).map { Synthetic.translate(Synthetic.sentence($0 * 3 + 100)) }
    let beads = SentenceAligner(sourceLanguage: "en", targetLanguage: "fr").align(
      source: source, target: target)
    #expect(isCovering(beads, source: n, target: m), "\(n)×\(m)")
    let shapes = Set(AlignerConfiguration.defaultShapes)
    #expect(beads.allSatisfy { shapes.contains($0.shape) })
  }
}

@Test func anEmptySideGivesInsertionsOrDeletions() {
  let aligner = SentenceAligner(sourceLanguage: "fr", targetLanguage: "en")
  let deletions = aligner.align(source: ["Un.", "Deux."], target: [])
  #expect(deletions == [Bead(source: 0..<1, target: 0..<0), Bead(source: 1..<2, target: 0..<0)])
  let insertions = aligner.align(source: [], target: ["One."])
  #expect(insertions == [Bead(source: 0..<0, target: 0..<1)])
  #expect(aligner.align(source: [], target: []).isEmpty)
}

@Test func restrictedShapesAreRespected() {
  var configuration = AlignerConfiguration()
  configuration.shapes = [BeadShape(1, 1)]
  let source = (0..<12).map(Synthetic.sentence)
  let target = Array(source.map(Synthetic.translate).dropLast(2))
  let beads = SentenceAligner(
    sourceLanguage: "en", targetLanguage: "fr", configuration: configuration
  ).align(source: source, target: target)
  #expect(isCovering(beads, source: 12, target: 10))
  // 1-0 and 0-1 stay available so that every pair of texts has an alignment
  #expect(
    beads.allSatisfy {
      [BeadShape(1, 1), BeadShape(1, 0), BeadShape(0, 1)].contains(
        $0.shape)
    })
}

@Test func pairMasksGiveTheSameSimilarityAsWordByWordMatching() {
  let source = (0..<20).map(Synthetic.sentence)
  let target = (0..<20).map { Synthetic.translate(Synthetic.sentence($0 < 10 ? $0 : $0 + 1)) }
  let fixture = CostFixture(
    source: source, target: target, evidence: DictionaryEvidence(Synthetic.dictionary))
  var matched = 0
  for (i, j) in [(0, 0), (4, 4), (9, 10), (12, 11), (17, 18)] {
    for (a, b) in [(1, 1), (2, 1), (1, 3), (3, 2)] where i + a <= 20 && j + b <= 20 {
      let direct = fixture.directSimilarity(i..<(i + a), j..<(j + b))
      let masked = fixture.similarity(i..<(i + a), j..<(j + b))
      #expect(abs(direct - masked) < 1e-9)
      if direct > 0 { matched += 1 }
    }
  }
  #expect(matched > 0)
}

@Test func aShortSideStillFindsItsSentence() {
  // One source sentence against many target sentences: far beyond any usual ratio.
  let source = [Synthetic.sentence(7)]
  var target = (20..<45).map { Synthetic.translate(Synthetic.sentence($0)) }
  target.insert(Synthetic.translate(Synthetic.sentence(7)), at: 11)
  let beads = SentenceAligner(sourceLanguage: "en", targetLanguage: "fr").align(
    source: source, target: target, evidence: DictionaryEvidence(Synthetic.dictionary))
  #expect(isCovering(beads, source: 1, target: target.count))
  // The right place: the bead of the source sentence holds its translation (it may take a
  // neighbour along: unmatched sentences are cheaper merged than left alone).
  let bead = beads.first { !$0.source.isEmpty }
  #expect(bead?.target.contains(11) == true)
  #expect((bead?.target.count ?? 0) <= 2)
}

@Test func aMergedSentenceWithoutAnyMatchPaysTheUnsupportedMergePenalty() {
  // The middle sentence has matchable words (cognate keys) but no match in the target.
  let source = [Synthetic.sentence(3), "Nobody knows anything whatsoever!", Synthetic.sentence(5)]
  let target = [
    Synthetic.translate(Synthetic.sentence(3)), Synthetic.translate(Synthetic.sentence(5)),
  ]
  func costs(penalty: Double) -> CostFixture {
    var configuration = AlignerConfiguration()
    configuration.unsupportedMergePenalty = penalty
    return CostFixture(
      source: source, target: target, configuration: configuration,
      evidence: DictionaryEvidence(Synthetic.dictionary))
  }
  let plain = costs(penalty: 0)
  let penalized = costs(penalty: 2.5)
  func difference(_ shape: BeadShape, _ i: Int, _ j: Int) -> Double {
    penalized.fullCost(shape, i, j) - plain.fullCost(shape, i, j)
  }
  // The middle sentence has no translation in the target: merging it costs the penalty once.
  #expect(abs(difference(BeadShape(2, 1), 0, 0) - 2.5) < 1e-9)
  #expect(abs(difference(BeadShape(2, 1), 1, 1) - 2.5) < 1e-9)
  // Every sentence of the bead matched, or a bead of two sentences: no penalty.
  #expect(abs(difference(BeadShape(1, 1), 0, 0)) < 1e-9)
  #expect(abs(difference(BeadShape(1, 0), 1, 1)) < 1e-9)
  // Unpenalized, the unmatched sentence is merged into a neighbour; a high enough penalty
  // leaves it alone.
  func beads(penalty: Double) -> [Bead] {
    var configuration = AlignerConfiguration()
    configuration.unsupportedMergePenalty = penalty
    return SentenceAligner(
      sourceLanguage: "en", targetLanguage: "fr", configuration: configuration
    ).align(source: source, target: target, evidence: DictionaryEvidence(Synthetic.dictionary))
  }
  #expect(beads(penalty: 0).count == 2)
  let alone = beads(penalty: 10)
  #expect(alone.map(\.source) == [0..<1, 1..<2, 2..<3])
  #expect(alone.map(\.target) == [0..<1, 1..<1, 1..<2])
}

@Test func questionAndExclamationMarksThatDifferCostThePunctuationWeight() {
  let source = ["Where is the river?", "The river is here!", "Here."]
  let target = ["Où est la rivière ?", "La rivière est ici.", "Ici !"]
  func cost(_ weight: Double, _ shape: BeadShape, _ i: Int, _ j: Int) -> Double {
    var configuration = AlignerConfiguration()
    configuration.punctuationWeight = weight
    return CostFixture(source: source, target: target, configuration: configuration)
      .fullCost(shape, i, j)
  }
  func extra(_ shape: BeadShape, _ i: Int, _ j: Int) -> Double {
    cost(1.5, shape, i, j) - cost(0, shape, i, j)
  }
  #expect(abs(extra(BeadShape(1, 1), 0, 0)) < 1e-9)  // a question on both sides
  #expect(abs(extra(BeadShape(1, 1), 1, 1) - 1.5) < 1e-9)  // "!" against "."
  #expect(abs(extra(BeadShape(1, 1), 0, 1) - 1.5) < 1e-9)  // "?" against "."
  #expect(abs(extra(BeadShape(2, 2), 1, 1)) < 1e-9)  // one "!" on each side
  #expect(abs(extra(BeadShape(1, 0), 0, 0)) < 1e-9)  // deletions say nothing
}

@Test func perSentenceSimilarityMakesAMergedUnmatchedSentenceCostWhatItCostsAlone() {
  let source = [Synthetic.sentence(3), "Nobody knows anything whatsoever."]
  let target = [Synthetic.translate(Synthetic.sentence(3))]
  func similarityTerm(_ lambda: Double, _ shape: BeadShape, _ i: Int) -> Double {
    var configuration = AlignerConfiguration()
    configuration.perSentenceSimilarity = lambda
    configuration.unsupportedMergePenalty = 0
    configuration.punctuationWeight = 0
    let fixture = CostFixture(
      source: source, target: target, configuration: configuration,
      evidence: DictionaryEvidence(Synthetic.dictionary), bandWidth: 2, maximumSourceSize: 2)
    return fixture.fullCost(shape, i, 0) - fixture.costs.lengthCost(shape, i, 0)
  }
  let weight = AlignerConfiguration().similarityWeight
  // Sentence by sentence: the merge adds exactly the unmatched sentence's cost alone.
  let merged = similarityTerm(1, BeadShape(2, 1), 0)
  let separate = similarityTerm(1, BeadShape(1, 1), 0) + similarityTerm(1, BeadShape(1, 0), 1)
  #expect(abs(merged - separate) < 1e-9)
  #expect(abs(similarityTerm(1, BeadShape(1, 0), 1) - weight / 2) < 1e-9)
  // Pooled, the merge is cheaper than leaving the sentence alone.
  let pooledMerged = similarityTerm(0, BeadShape(2, 1), 0)
  let pooledSeparate = similarityTerm(0, BeadShape(1, 1), 0) + similarityTerm(0, BeadShape(1, 0), 1)
  #expect(pooledMerged < pooledSeparate - 1e-6)
}

@Test func progressReachesOneAndDoesNotChangeTheAlignment() {
  let source = (0..<300).map(Synthetic.sentence)
  let target = (0..<300).map { Synthetic.translate(Synthetic.sentence($0)) }
  let aligner = SentenceAligner(sourceLanguage: "en", targetLanguage: "fr")
  var shares: [Double] = []
  let reported = aligner.align(source: source, target: target) { shares.append($0) }
  #expect(reported == aligner.align(source: source, target: target))
  #expect(shares.count > 10 && shares.count < 1000)
  #expect(shares.allSatisfy { (0...1).contains($0) })
  #expect(shares.last == 1)
}

@Test func theBeadsAndScoresDoNotDependOnTheNumberOfThreads() {
  let source = (0..<300).map(Synthetic.sentence)
  var target = (0..<300).filter { $0 % 37 != 5 }.map { Synthetic.translate(Synthetic.sentence($0)) }
  target.insert("Une phrase ajoutée par le traducteur.", at: 150)
  func beads(_ threads: Int) -> [Bead] {
    SentenceAligner(sourceLanguage: "en", targetLanguage: "fr", threads: threads).align(
      source: source, target: target, evidence: DictionaryEvidence(Synthetic.dictionary))
  }
  let one = beads(1)
  #expect(isCovering(one, source: source.count, target: target.count))
  #expect(beads(2) == one)
  #expect(beads(3) == one)
}

@Test func fixedBeadsAreKeptAndAnchorsPassedThrough() throws {
  let source = (0..<30).map(Synthetic.sentence)
  let target = source.map(Synthetic.translate)
  let aligner = SentenceAligner(sourceLanguage: "en", targetLanguage: "en")
  // A bead no aligner would choose: two source sentences with one target sentence, the
  // next source sentence left alone.
  let fixed = [Bead(source: 10..<12, target: 10..<11), Bead(source: 12..<13, target: 11..<11)]
  let alignment = try aligner.alignment(
    source: source, target: target,
    constraints: AlignmentConstraints(
      beads: fixed, anchors: [AlignmentConstraints.Anchor(source: 20, target: 20)]))
  #expect(isCovering(alignment.beads, source: 30, target: 30))
  #expect(alignment.evidence.count == alignment.beads.count)
  for bead in fixed {
    #expect(alignment.beads.contains(Bead(source: bead.source, target: bead.target, score: 1)))
  }
  #expect(alignment.beads.contains { $0.source.lowerBound == 20 && $0.target.lowerBound == 20 })
  // Elsewhere the alignment is the one-to-one it is without constraints.
  for bead in alignment.beads where bead.source.lowerBound < 10 || bead.source.lowerBound >= 13 {
    #expect(bead.shape == BeadShape(1, 1) || bead.source.lowerBound == 13)
  }
}

@Test func conflictingConstraintsAreAnError() {
  let source = (0..<10).map(Synthetic.sentence)
  let aligner = SentenceAligner(sourceLanguage: "en", targetLanguage: "en")
  #expect(throws: ConstraintError.self) {
    try aligner.alignment(
      source: source, target: source,
      constraints: AlignmentConstraints(
        beads: [Bead(source: 2..<3, target: 5..<6)],
        anchors: [AlignmentConstraints.Anchor(source: 4, target: 3)]))
  }
}

@Test func scoresAreProbabilitiesAndATranslationIsTakenForOne() {
  let source = (0..<80).map(Synthetic.sentence)
  let target = source.map(Synthetic.translate)
  let alignment = SentenceAligner(sourceLanguage: "en", targetLanguage: "en").alignment(
    source: source, target: target, evidence: DictionaryEvidence(Synthetic.dictionary))
  #expect(alignment.beads.allSatisfy { (0...1).contains($0.score) })
  #expect(alignment.beads.map(\.score).reduce(0, +) / Double(alignment.beads.count) > 0.95)
  #expect(alignment.evidence.allSatisfy { (0...1).contains($0.posterior) })
  #expect(alignment.document.translationProbability > 0.99)
  #expect(alignment.document.alignedShare > 0.95)
}

@Test func unrelatedTextsAreTakenForMisPairedAndScoreLow() {
  let source = (0..<80).map(Synthetic.sentence)
  let target = (300..<380).map { Synthetic.translate(Synthetic.sentence($0)) }
  let alignment = SentenceAligner(sourceLanguage: "en", targetLanguage: "en").alignment(
    source: source, target: target, evidence: DictionaryEvidence(Synthetic.dictionary))
  #expect(alignment.document.translationProbability < 0.1)
  #expect(alignment.beads.allSatisfy { $0.score < 0.2 })
}

@Test func embeddingsPairSentencesThatLengthsAloneMisalign() {
  // Sentence k is about topic k on both sides and no word is shared (no cognates): only the
  // embeddings say which sentence is which.
  // Source lengths alternate short, long; target lengths long, short: by lengths, each
  // source sentence matches the target one after its own.
  let source = (0..<40).map { "t\($0) " + String(repeating: "a", count: $0 % 2 == 0 ? 45 : 75) }
  let target = (0..<40).map { "t\($0) " + String(repeating: "b", count: $0 % 2 == 0 ? 75 : 45) }
  let gold = (0..<40).map { Bead(source: $0..<($0 + 1), target: $0..<($0 + 1)) }
  let aligner = SentenceAligner(sourceLanguage: "en", targetLanguage: "fr", threads: 1)
  let withoutEmbeddings = aligner.align(source: source, target: target)
  let withEmbeddings = aligner.align(
    source: source, target: target, embeddings: TopicEmbeddings(topics: 40))
  #expect(
    withoutEmbeddings.map(\.source) != gold.map(\.source)
      || withoutEmbeddings.map(\.target) != gold.map(\.target))
  #expect(withEmbeddings.map(\.source) == gold.map(\.source))
  #expect(withEmbeddings.map(\.target) == gold.map(\.target))
}

@Test func embeddingsTellATranslationFromAMisPairedDocument() {
  // No shared word and no cognate: without embeddings the document evidence cannot tell.
  let source = (0..<60).map { "t\($0) " + String(repeating: "a", count: 30 + ($0 % 4) * 10) }
  let translation = (0..<60).map {
    "t\($0) " + String(repeating: "b", count: 30 + ($0 % 4) * 10)
  }
  let unrelated = (0..<60).map {
    "t\(60 + $0) t\(60 + ($0 * 7) % 60) " + String(repeating: "b", count: 30 + ($0 % 4) * 10)
  }
  let aligner = SentenceAligner(sourceLanguage: "en", targetLanguage: "fr", threads: 1)
  let embeddings = TopicEmbeddings(topics: 120)
  let plain = aligner.alignment(source: source, target: translation).document
  let paired = aligner.alignment(source: source, target: translation, embeddings: embeddings)
    .document
  let misPaired = aligner.alignment(source: source, target: unrelated, embeddings: embeddings)
    .document
  #expect(plain.translationProbability < 0.9)
  #expect(paired.translationProbability > 0.99)
  #expect(misPaired.translationProbability < 0.5)
}
