import BitextCorpus

/// A self-contained HTML page for reviewing an alignment: the beads side by side, coloured by
/// confidence, with their flags, the document verdicts, an alignment-path plot, filters and
/// search, and corrections (merge, split, move a sentence, mark checked) that the page exports as
/// a ``CorrectionSet`` (`corrections.json`) for `--constraints`.
///
/// The page is one file: its style sheet and scripts are inline, and its data is JSON in
/// `<script type="application/json" id="bitext-data">` (see ``ReviewPageData``). It loads
/// nothing from the network (a content security policy forbids it), so it works from `file://`
/// and offline. The same corpus, report and options always give the same bytes.
///
/// The page's style sheet and scripts are the files of `Sources/BitextReview/Page/`, embedded
/// by `Dictionaries/generate-embedded.sh`; the scripts' header comments list the element ids,
/// classes and the `window.bitextReview` functions that browser tests can use.
public struct ReviewPage: Sendable, Hashable {
  /// How the page is made.
  public struct Options: Sendable, Hashable {
    /// The page's title (shown in its header and the browser's tab).
    public var title: String
    /// Beads scoring below this are low-confidence (red); the colour bands of the page are
    /// computed from it.
    public var lowScore: Double

    /// A note shown at the top of the page, if any: what the reviewer should know about the
    /// corpus (that it came from a format without sentence ids, say).
    public var notice: String?

    /// A review's corrections: the corpus's beads they confirm (the same sentence ids, the same
    /// texts) start checked, so that exporting again keeps them.
    public var confirmed: CorrectionSet?

    /// Creates options.
    public init(
      title: String = "Bitext review", lowScore: Double = 0.5, notice: String? = nil,
      confirmed: CorrectionSet? = nil
    ) {
      self.title = title
      self.lowScore = lowScore
      self.notice = notice
      self.confirmed = confirmed
    }
  }

  /// The corpus reviewed.
  public var corpus: AlignedCorpus
  /// The flags of its beads.
  public var report: QualityReport
  /// How the page is made.
  public var options: Options

  /// Creates the page of a corpus with its quality report (parallel to the corpus's beads).
  public init(corpus: AlignedCorpus, report: QualityReport, options: Options = Options()) {
    self.corpus = corpus
    self.report = report
    self.options = options
  }

  /// Creates the page of a corpus, flagged by ``QualityCheck`` with the options' low score.
  public init(corpus: AlignedCorpus, options: Options = Options()) {
    self.init(
      corpus: corpus, report: QualityCheck(lowScore: options.lowScore).report(corpus),
      options: options)
  }

  /// The page data: the JSON embedded in the page.
  public func data() -> [UInt8] {
    ReviewPageData.encode(corpus, report: report, options: options)
  }

  /// The page: one UTF-8 HTML file.
  public func html() -> [UInt8] {
    let assets = Self.embeddedData
    let parts: [String: [UInt8]] = [
      "title": Array(HTMLText.escaped(options.title).utf8),
      "style": Array((assets["review.css"] ?? "").utf8),
      "data": data(),
      "model": Array((assets["review-model.js"] ?? "").utf8),
      "script": Array((assets["review.js"] ?? "").utf8),
    ]
    return Self.fill(assets["review.html"] ?? "", with: parts)
  }

  /// The template with each `{{name}}` replaced by its part, in one pass: a part's own bytes
  /// are never searched for names. An unknown name stays as it is.
  static func fill(_ template: String, with parts: [String: [UInt8]]) -> [UInt8] {
    let bytes = Array(template.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + parts.values.reduce(0) { $0 + $1.count })
    var index = 0
    let open = UInt8(ascii: "{")
    while index < bytes.count {
      if bytes[index] == open, index + 1 < bytes.count, bytes[index + 1] == open,
        let end = closing(bytes, from: index + 2),
        let part = parts[String(decoding: bytes[(index + 2)..<end], as: UTF8.self)]
      {
        out.append(contentsOf: part)
        index = end + 2
      } else {
        out.append(bytes[index])
        index += 1
      }
    }
    return out
  }

  /// The index of the `}}` that closes a name starting at `start` (a name is lowercase letters
  /// only), or nil.
  private static func closing(_ bytes: [UInt8], from start: Int) -> Int? {
    var index = start
    while index < bytes.count, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[index]) {
      index += 1
    }
    guard index > start, index + 1 < bytes.count, bytes[index] == UInt8(ascii: "}"),
      bytes[index + 1] == UInt8(ascii: "}")
    else { return nil }
    return index
  }
}
