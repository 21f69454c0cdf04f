import BitextCorpus
import BitextLexicon
import BitextText

/// Induces a bilingual lexicon from an aligned corpus with IBM Model 1, trained in both
/// directions (`bitext dict learn`): the sentence pairs are the beads with text on both sides,
/// their words folded as the aligner folds them.
public struct LexiconLearner: Sendable {
  /// What training keeps.
  public struct Options: Sendable, Hashable {
    /// EM iterations.
    public var iterations: Int
    /// The smallest probability (geometric mean of both directions) kept.
    public var minimumProbability: Double
    /// The fewest sentence pairs each word must occur in.
    public var minimumCount: Int
    /// The most translations kept per source word.
    public var maximumPerWord: Int

    /// Creates options.
    public init(
      iterations: Int = 5, minimumProbability: Double = 0.1, minimumCount: Int = 2,
      maximumPerWord: Int = 5
    ) {
      self.iterations = iterations
      self.minimumProbability = minimumProbability
      self.minimumCount = minimumCount
      self.maximumPerWord = maximumPerWord
    }
  }

  /// The source language (any code ``LanguageTag`` accepts).
  public var sourceLanguage: String
  /// The target language.
  public var targetLanguage: String
  /// The options.
  public var options: Options

  /// Creates a learner for a language pair.
  public init(sourceLanguage: String, targetLanguage: String, options: Options = Options()) {
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
    self.options = options
  }

  /// The sentence pairs of a corpus: the text of each bead with text on both sides.
  public static func sentencePairs(_ corpus: AlignedCorpus) -> [(source: String, target: String)] {
    corpus.beads.filter { !$0.source.isEmpty && !$0.target.isEmpty }
      .map { ($0.sourceText, $0.targetText) }
  }

  /// The folded word tokens of each side of each pair.
  public func tokenize(_ pairs: [(source: String, target: String)]) -> [([String], [String])] {
    let source = LanguageTag.primaryLanguage(sourceLanguage)
    let target = LanguageTag.primaryLanguage(targetLanguage)
    let sourceTokenizer = WordTokenizer(language: source)
    let targetTokenizer = WordTokenizer(language: target)
    let sourceLemmatizer = Lemmatizer(language: source, usesStems: false)
    let targetLemmatizer = Lemmatizer(language: target, usesStems: false)
    return pairs.map { pair in
      (
        sourceTokenizer.tokens(in: pair.source).filter { $0.kind == .word }.map {
          sourceLemmatizer.fold($0.text)
        },
        targetTokenizer.tokens(in: pair.target).filter { $0.kind == .word }.map {
          targetLemmatizer.fold($0.text)
        }
      )
    }
  }

  /// The lexicon learned from the sentence pairs of a corpus, and the number of pairs used.
  public func learn(from corpus: AlignedCorpus) -> (lexicon: Lexicon, pairs: Int) {
    let pairs = Self.sentencePairs(corpus)
    let table = IBMModel1.trainSymmetric(pairs: tokenize(pairs), iterations: options.iterations)
    let lexicon = table.lexicon(
      sourceLanguage: LanguageTag.primaryLanguage(sourceLanguage),
      targetLanguage: LanguageTag.primaryLanguage(targetLanguage),
      minimumProbability: options.minimumProbability, minimumCount: options.minimumCount,
      maximumPerWord: options.maximumPerWord)
    return (lexicon, pairs.count)
  }
}
