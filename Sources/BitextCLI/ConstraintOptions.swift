import ArgumentParser
import Bitext
import BitextAlign

/// What the alignment must keep: a review's corrections and the user's anchors.
struct ConstraintOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Keep the beads a review confirmed (corrections.json, exported by a `bitext review` page).",
      discussion:
        "Every confirmed bead is kept exactly; only the sentences between them are re-aligned.",
      valueName: "file"))
  var constraints: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Anchors the alignment must pass through: lines `SOURCE-ID TARGET-ID` (0-based) or `pattern REGEX [TARGET-REGEX]` (e.g. chapter headings).",
      valueName: "file"))
  var anchors: String?

  /// The corrections file `--constraints` names, read, or nil without the option.
  func corrections() throws -> CorrectionSet? {
    try constraints.map(CorrectionSet.read(file:))
  }

  /// The constraints for one document pair, from `corrections` (the file `--constraints`
  /// names, read by ``corrections()``) and the anchors file; an error names the file and the
  /// constraint that the texts contradict.
  func constraints(
    document: String, source: TextDocument, target: TextDocument, corrections: CorrectionSet?
  ) throws -> AlignmentConstraints {
    let sourceTexts = source.sentences.map(\.text)
    let targetTexts = target.sentences.map(\.text)
    var result = AlignmentConstraints()
    if let corrections, let constraints {
      result = try corrections.constraints(
        document: document, source: sourceTexts, target: targetTexts, path: constraints)
    }
    if let anchors {
      result.anchors = try AnchorList.read(file: anchors).anchors(
        source: sourceTexts, target: targetTexts)
    }
    return result
  }

  /// The files the constraints came from, for errors.
  var files: String {
    [constraints.map { "--constraints \($0)" }, anchors.map { "--anchors \($0)" }]
      .compactMap { $0 }.joined(separator: " and ")
  }
}
