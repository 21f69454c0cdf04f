import BitextAlign
import BitextCorpus
import BitextDocument
import BitextEmbed
import BitextLexicon
import BitextText
import BitextTranslate
import Foundation

/// Bitext's whole pipeline for one pair of documents: decode, normalize, segment, align — or,
/// without a target text, reconstruct the target side by machine translation — and return
/// the result as an ``AlignedCorpus`` ready for any ``CorpusWriter`` format.
///
/// A pipeline is a value: build it once (it indexes the lexicon) and use it for any number of
/// document pairs, from any number of tasks.
public struct BitextPipeline: Sendable {
  /// What the pipeline does with its inputs.
  public struct Options: Sendable, Hashable {
    /// The source language (BCP 47).
    public var sourceLanguage: String
    /// The target language (BCP 47).
    public var targetLanguage: String
    /// Inputs hold one sentence per line (no segmentation).
    public var presegmented: Bool
    /// Every line break ends a sentence (segmentation of line-oriented text).
    public var lineBreaksAreSentences: Bool
    /// The Unicode normalization form.
    public var normalization: NormalizationForm
    /// The aligner's configuration.
    public var aligner: AlignerConfiguration
    /// Beads scoring below this are left out of the corpus.
    public var minimumScore: Double?
    /// How input files are read: their format, their encoding, HTML boilerplate.
    public var documents: DocumentReadOptions
    /// Whether the documents' blocks (paragraphs, headings, list items, cells) are evidence
    /// for the aligner (``BitextAlign/BlockStructure``).
    public var usesStructure: Bool
    /// The most threads one alignment uses; the output is the same whatever the number.
    public var threads: Int

    /// Creates options for a language pair.
    public init(
      sourceLanguage: String, targetLanguage: String, presegmented: Bool = false,
      lineBreaksAreSentences: Bool = false, normalization: NormalizationForm = .nfc,
      aligner: AlignerConfiguration = AlignerConfiguration(), minimumScore: Double? = nil,
      documents: DocumentReadOptions = DocumentReadOptions(), usesStructure: Bool = true,
      threads: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
      self.threads = max(1, threads)
      self.documents = documents
      self.usesStructure = usesStructure
      self.sourceLanguage = sourceLanguage
      self.targetLanguage = targetLanguage
      self.presegmented = presegmented
      self.lineBreaksAreSentences = lineBreaksAreSentences
      self.normalization = normalization
      self.aligner = aligner
      self.minimumScore = minimumScore
    }
  }

  /// Where the lexicon comes from.
  public enum LexiconChoice: Sendable, Hashable {
    /// The lexicons imported for the pair in the lexicon directory, if there are any.
    case auto(directory: String)
    /// No dictionary evidence: lengths and cognates only.
    case none
    /// These lexicon files (TSV, `source<TAB>target[<TAB>weight]`).
    case files([String])
  }

  /// Where sentence embeddings come from.
  public enum EmbeddingChoice: Sendable, Hashable {
    /// No embeddings: dictionary, lengths, cognates and structure.
    case none
    /// The model `name` installed in `directory` (`bitext model install`).
    case installed(name: String, directory: String)
    /// A weights file.
    case file(String)
  }

  /// The result of aligning one document pair.
  public struct Result: Sendable {
    /// The aligned corpus of the pair.
    public var corpus: AlignedCorpus
    /// Sentences per side.
    public var sourceSentences: Int
    /// Sentences of the target side.
    public var targetSentences: Int
    /// Things the user should know (an empty side, an absurd size ratio…).
    public var warnings: [String]
    /// The reconstructed target text (paragraphs kept), when the target was reconstructed.
    public var reconstructedText: String?
    /// The sentence embeddings the alignment used, remembered (``EmbeddingMemo``): the review's
    /// checks of ``corpus`` (``QualityCheck/report(_:embeddings:)``) find its sentences there.
    public var embeddings: EmbeddingMemo?

    /// ``embeddings`` for the review's omission check, unless they come from static piece
    /// vectors: their closeness margins are not those the check's thresholds were set on (on
    /// LIMSI, 10 % of the sentences it would flag are unaligned in the gold, against 43 % with
    /// the full encoder).
    public var reviewEmbeddings: EmbeddingMemo? {
      embeddings.flatMap { $0.encoder.staticVectors == nil ? $0 : nil }
    }
  }

  /// The options.
  public let options: Options
  /// The lexicon of the pair, if any.
  public let lexicon: Lexicon?
  /// The sentence encoder whose embeddings are evidence, if any.
  public let embeddings: SentenceEncoder?
  private let evidence: LexiconEvidence?

  /// Creates a pipeline; `lexicon` adds dictionary evidence and enables reconstruction,
  /// `embeddings` adds sentence-embedding evidence.
  public init(options: Options, lexicon: Lexicon?, embeddings: SentenceEncoder? = nil) {
    self.options = options
    self.lexicon = lexicon.flatMap { $0.isEmpty ? nil : $0 }
    self.evidence = self.lexicon.map { LexiconEvidence(lexicon: $0) }
    self.embeddings = embeddings
  }

  /// Loads the sentence encoder a choice names, encoding on `threads` threads.
  public static func loadEmbeddings(_ choice: EmbeddingChoice, threads: Int)
    throws(EmbeddingModelError) -> SentenceEncoder?
  {
    switch choice {
    case .none:
      return nil
    case .installed(let name, let directory):
      let store = EmbeddingModelStore(directory: directory)
      if let base = EmbeddingModelStore.staticBase(of: name) {
        let installed = try store.installedStaticVectors(of: base)
        let vectors = try StaticPieceVectors(path: installed.vectors)
        guard vectors.sourceChecksum == installed.checksum else {
          throw .damaged(
            name: name, folder: store.folder(of: base),
            reason: "its static vectors were distilled from other weights")
        }
        return try SentenceEncoder(
          file: EmbeddingModelFile(path: installed.weights), staticVectors: vectors,
          path: installed.vectors, threads: threads)
      }
      return try SentenceEncoder(path: try store.installedWeights(name), threads: threads)
    case .file(let path):
      return try SentenceEncoder(path: path, threads: threads)
    }
  }

  /// Loads the lexicon a choice names; the warnings say what is missing.
  public static func loadLexicon(
    _ choice: LexiconChoice, sourceLanguage: String, targetLanguage: String
  ) throws -> (lexicon: Lexicon?, warnings: [String]) {
    switch choice {
    case .none:
      return (nil, [])
    case .auto(let directory):
      let store = LexiconStore(directory: directory)
      guard let loaded = try store.load(source: sourceLanguage, target: targetLanguage),
        !loaded.lexicon.isEmpty
      else {
        return (
          nil,
          [
            "no \(sourceLanguage)-\(targetLanguage) lexicon in \(directory): aligning on lengths and cognates only (see `bitext dict import`)"
          ]
        )
      }
      return (loaded.lexicon, loaded.issues.map { "\($0)" })
    case .files(let paths):
      var combined = Lexicon(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
      var warnings: [String] = []
      for path in paths {
        let read = try LexiconStore.read(
          file: path, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
          provenance: path)
        combined.merge(read.lexicon)
        warnings += read.issues.map { "\($0)" }
      }
      return (combined, warnings)
    }
  }

  /// Reads one side: decoding, normalization, segmentation (or one sentence per line).
  public func document<Bytes: Collection>(_ bytes: Bytes, language: String) throws(TextInputError)
    -> TextDocument
  where Bytes.Element == UInt8 {
    let normalizer = Normalizer(form: options.normalization)
    if options.presegmented {
      return try TextDocument.presegmented(bytes: bytes, normalizer: normalizer)
    }
    return try TextDocument(
      bytes: bytes, normalizer: normalizer,
      segmenter: SentenceSegmenter(
        language: language, lineBreaksAreSentences: options.lineBreaksAreSentences))
  }

  /// Aligns two documents. `progress`, if given, hears the share of the alignment done, in
  /// [0, 1], on the calling thread (see ``SentenceAligner/align(source:target:evidence:progress:)``).
  public func align(
    source: TextDocument, target: TextDocument, document: String = "",
    progress: ((Double) -> Void)? = nil
  ) -> Result {
    align(source: source, target: target, document: document) { aligner, structure, memo in
      aligner.alignment(
        source: source.sentences.map(\.text), target: target.sentences.map(\.text),
        evidence: evidence, embeddings: memo, structure: structure, progress: progress)
    }
  }

  /// Aligns two documents keeping every bead `constraints` fixes and passing through its
  /// anchors (``SentenceAligner/alignment(source:target:evidence:structure:constraints:progress:)``);
  /// an error names a constraint the texts or the other constraints contradict.
  public func align(
    source: TextDocument, target: TextDocument, document: String = "",
    constraints: AlignmentConstraints, progress: ((Double) -> Void)? = nil
  ) throws(ConstraintError) -> Result {
    var failure: ConstraintError?
    let result = align(source: source, target: target, document: document) {
      aligner, structure, memo in
      do throws(ConstraintError) {
        return try aligner.alignment(
          source: source.sentences.map(\.text), target: target.sentences.map(\.text),
          evidence: evidence, embeddings: memo, structure: structure,
          constraints: constraints, progress: progress)
      } catch {
        failure = error
        return Alignment(
          beads: [], evidence: [],
          document: DocumentEvidence(combining: [], beads: []))
      }
    }
    if let failure { throw failure }
    return result
  }

  /// Aligns two documents with `run`, which aligns their sentences given an aligner, the
  /// documents' structure and the embeddings of this pair: the warnings, the verdict and the
  /// corpus around it.
  private func align(
    source: TextDocument, target: TextDocument, document: String,
    run: (SentenceAligner, (source: BlockStructure, target: BlockStructure)?, EmbeddingMemo?) ->
      Alignment
  ) -> Result {
    var warnings: [String] = []
    let n = source.sentences.count
    let m = target.sentences.count
    if (n == 0) != (m == 0) {
      warnings.append(
        "the \(n == 0 ? "source" : "target") side has no sentences: every sentence of the other side is left unaligned"
      )
    } else if n > 0 && max(n, m) > 10 * min(n, m) {
      warnings.append(
        "the sides have \(n) and \(m) sentences (more than 10:1): are they translations of each other?"
      )
    }
    let aligner = SentenceAligner(
      sourceLanguage: options.sourceLanguage, targetLanguage: options.targetLanguage,
      configuration: options.aligner, threads: options.threads)
    let memo = embeddings.map { EmbeddingMemo(encoder: $0) }
    let alignment = run(aligner, structure(source, target), memo)
    let verdict = DocumentVerdict(alignment.document)
    if n > 0 && m > 0 && verdict.kind == .misPaired {
      warnings.append(
        "the two sides do not look like translations of each other (verdict: mis-paired, confidence \(String(format: "%.2f", verdict.confidence))): check that the right files were paired"
      )
    }
    let beads = keepScoring(alignment.beads, warnings: &warnings)
    var corpus = AlignedCorpus(
      document: document, sourceLanguage: options.sourceLanguage,
      targetLanguage: options.targetLanguage, sourceSentences: source.sentences,
      targetSentences: target.sentences, beads: beads, sourceBlocks: source.blocks,
      targetBlocks: target.blocks)
    if n > 0 && m > 0 { corpus.verdicts[document] = verdict }
    return Result(
      corpus: corpus, sourceSentences: n, targetSentences: m, warnings: warnings,
      reconstructedText: nil, embeddings: memo)
  }

  /// The block structure of both documents, when ``Options/usesStructure`` and both have at
  /// least two blocks.
  func structure(_ source: TextDocument, _ target: TextDocument) -> (
    source: BlockStructure, target: BlockStructure
  )? {
    guard options.usesStructure, source.blocks.count >= 2, target.blocks.count >= 2 else {
      return nil
    }
    func side(_ document: TextDocument) -> BlockStructure {
      BlockStructure(
        blocks: document.sentences.map(\.paragraph),
        headings: document.sentences.map {
          $0.paragraph < document.blocks.count && document.blocks[$0.paragraph].kind.isHeading
        })
    }
    return (side(source), side(target))
  }

  /// Reconstructs the target side of a source document by machine translation: one target
  /// sentence per source sentence, paragraphs kept, each marked with what translated it
  /// (``BitextCorpus/AlignedSentence/origin``), each bead scored by the share of the source
  /// sentence's words that were translated. The whole document goes to the engine at once.
  public func reconstruct(
    source: TextDocument, document: String = "", translator: MachineTranslator
  ) throws(TranslationError) -> Result {
    let translation = try translator.translate(
      source.sentences.map { String($0.text.map { $0.isNewline ? " " : $0 }) })
    var text: [UInt8] = []
    var targets: [Sentence] = []
    var beads: [Bead] = []
    var previousParagraph: Int?
    for (index, sentence) in source.sentences.enumerated() {
      let translated = translation.lines[index]
      if let previousParagraph {
        text += sentence.paragraph == previousParagraph ? [0x20] : [0x0A, 0x0A]
      }
      previousParagraph = sentence.paragraph
      let start = text.count
      text += Array(translated.utf8)
      targets.append(
        Sentence(text: translated, paragraph: sentence.paragraph, range: start..<text.count))
      let words = translation.sourceWords[index]
      let known = max(0, words - translation.unknownWords[index].count)
      let score = words == 0 ? 1 : Double(known) / Double(words)
      beads.append(Bead(source: index..<(index + 1), target: index..<(index + 1), score: score))
    }
    var warnings = translator.warnings + translation.warnings
    beads = keepScoring(beads, warnings: &warnings)
    var corpus = AlignedCorpus(
      document: document, sourceLanguage: options.sourceLanguage,
      targetLanguage: options.targetLanguage, sourceSentences: source.sentences,
      targetSentences: targets, beads: beads, sourceBlocks: source.blocks)
    for bead in corpus.beads.indices {
      for (offset, id) in corpus.beads[bead].targetIDs.enumerated()
      where !translation.origins[id].isEmpty {
        corpus.beads[bead].target[offset].origin = translation.origins[id]
      }
    }
    if !text.isEmpty { text.append(0x0A) }
    return Result(
      corpus: corpus, sourceSentences: source.sentences.count, targetSentences: targets.count,
      warnings: warnings, reconstructedText: String(decoding: text, as: UTF8.self),
      embeddings: nil)
  }

  /// The beads scoring at least ``Options/minimumScore``; a warning when that leaves none of
  /// them, so that an empty corpus is never a silent one.
  private func keepScoring(_ beads: [Bead], warnings: inout [String]) -> [Bead] {
    guard let minimum = options.minimumScore else { return beads }
    let kept = beads.filter { $0.score >= minimum }
    if kept.isEmpty && !beads.isEmpty {
      warnings.append(
        "none of the \(beads.count) beads scores \(minimum) or more: the corpus is empty")
    }
    return kept
  }
}
